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
    /// The e-gate's face step, when built with the `face` feature and its models are configured.
    pub face: Option<Arc<dyn abtc_border::gate::FaceMatcher + Send + Sync>>,
    /// The published trust list as last verified, for the gate and the server-side verifier.
    pub trust: Arc<crate::gate::TrustCache>,
    /// E-gate outcomes and latency per economy since the server started (no personal data).
    pub gate_stats: Arc<
        std::sync::Mutex<
            std::collections::BTreeMap<abtc_domain::EconomyCode, abtc_border::gate::GateStats>,
        >,
    >,
}

/// The services a server is built from; tests pass their own clock and entropy.
#[derive(Clone)]
pub struct Services {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub entropy: Arc<dyn Entropy>,
}
