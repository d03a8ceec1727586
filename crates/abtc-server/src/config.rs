//! The server's settings (the CLI builds them from defaults, a TOML file, `ABTC_` variables and flags).

use std::time::Duration;

use abtc_domain::PhotoLimits;
use serde::{Deserialize, Serialize};

/// Argon2id cost. The defaults follow OWASP's recommendation; tests lower them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordCost {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl Default for PasswordCost {
    fn default() -> Self {
        Self {
            memory_kib: 19_456,
            iterations: 2,
            parallelism: 1,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub session_ttl: Duration,
    pub password_cost: PasswordCost,
    /// Mark the session cookie `Secure` (behind TLS).
    pub secure_cookies: bool,
    /// Run the outbox and timer workers in this process.
    pub workers: bool,
    pub worker_interval: Duration,
    pub photo_limits: PhotoLimits,
    pub max_body_bytes: usize,
    /// Requests per minute per client address on login, registration and the public tracker.
    pub public_rate_per_minute: u32,
    pub worker_name: String,
    /// Where outgoing mail is written (one RFC 5322 file per message); `None` sends nothing.
    pub mail_dir: Option<std::path::PathBuf>,
    /// When set, outgoing mail goes to this SMTP server (`smtp://host:port`,
    /// `smtps://user:pass@host:465`, ...) instead of the mail folder; its password never shows in
    /// `Debug`.
    pub smtp_url: Option<crate::mail::SmtpUrl>,
    /// The sender of outgoing mail.
    pub mail_from: String,
    /// The address people reach the pages at, for links in mail (never taken from the request's
    /// Host header, which a client chooses).
    pub public_url: String,
    /// Applicants confirm their email address before they may submit an application.
    pub require_email_confirmation: bool,
    /// How long finished records keep their personal data; the worker purges them hourly.
    pub retention: abtc_domain::retention::RetentionPolicy,
    /// The folder with dlib's face models (see scripts/fetch-face-data): turns on the e-gate's face
    /// step (needs the `face` build feature).
    pub face_models: Option<std::path::PathBuf>,
    /// The largest embedding distance that still counts as the same person.
    pub face_threshold: f32,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            session_ttl: Duration::from_secs(8 * 3600),
            password_cost: PasswordCost::default(),
            secure_cookies: false,
            workers: true,
            worker_interval: Duration::from_secs(2),
            photo_limits: PhotoLimits::default(),
            max_body_bytes: 4 * 1024 * 1024,
            public_rate_per_minute: 120,
            worker_name: "worker".into(),
            mail_dir: None,
            smtp_url: None,
            mail_from: "APEC Business Travel Card <no-reply@abtc.invalid>".into(),
            public_url: "http://127.0.0.1:8080".into(),
            retention: abtc_domain::retention::RetentionPolicy::default(),
            face_models: None,
            face_threshold: 0.6,
            require_email_confirmation: true,
        }
    }
}
