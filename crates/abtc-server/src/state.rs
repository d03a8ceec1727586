//! What every handler shares.

use std::sync::Arc;

use abtc_domain::{Clock, Entropy};
use abtc_store::Store;

use crate::auth::Passwords;
use crate::config::ServerConfig;
use crate::metrics::Metrics;
use crate::ratelimit::RateLimiter;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub entropy: Arc<dyn Entropy>,
    pub config: Arc<ServerConfig>,
    pub passwords: Arc<Passwords>,
    pub metrics: Arc<Metrics>,
    pub limiter: Arc<RateLimiter>,
    /// Outgoing mail (SMTP or the mail folder), when either is configured.
    pub mail: Option<Arc<crate::mail::Mailer>>,
}

/// The services a server is built from; tests pass their own clock and entropy.
#[derive(Clone)]
pub struct Services {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub entropy: Arc<dyn Entropy>,
}
