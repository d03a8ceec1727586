//! The command's settings: defaults < TOML file < `ABTC_` environment variables < flags, in one typed
//! struct whose `Debug` hides secrets.

use std::fmt;
use std::path::{Path, PathBuf};

use abtc_server::PasswordCost;
use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

#[derive(Clone, Serialize, Deserialize)]
pub struct Config {
    /// Address to listen on.
    pub listen: String,
    /// Where the SQLite database (and the demo's logins) live.
    pub data_dir: PathBuf,
    /// `postgres://...` for PostgreSQL; unset means SQLite in `data_dir`.
    pub database: Option<String>,
    /// `tracing` filter, e.g. `info` or `abtc_server=debug`.
    pub log: String,
    pub password_cost: PasswordCost,
    pub secure_cookies: bool,
    /// Run the outbox and timer workers in this process.
    pub workers: bool,
    /// The address people reach the pages at, for links in mail (default: the listening address).
    pub public_url: Option<String>,
    /// Where outgoing mail is written, one file per message (default: `DATA_DIR/mail`).
    pub mail_dir: Option<PathBuf>,
    /// Send mail through this SMTP server instead (`ABTC_SMTP_URL`), e.g. `smtp://127.0.0.1:25`
    /// or `smtps://user:password@smtp.example:465`; its password is hidden in `Debug`.
    pub smtp_url: Option<String>,
    /// Applicants confirm their email address before they may submit.
    pub require_email_confirmation: bool,
    /// Days each kind of finished record keeps its personal data (`[retention]` in the settings
    /// file: rejected_days, withdrawn_days, draft_days, ended_card_days, closed_ticket_days,
    /// message_days; at least 30 each).
    pub retention: abtc_domain::retention::RetentionPolicy,
    /// dlib's face models (scripts/fetch-face-data puts them in ~/.cache/abtc-face/models): turns
    /// on the e-gate's face step in a server built with the `face` feature.
    pub face_models: Option<PathBuf>,
    /// The largest face-embedding distance that counts as the same person (default 0.6).
    pub face_threshold: f32,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:8080".into(),
            data_dir: PathBuf::from("data"),
            database: None,
            log: "info".into(),
            password_cost: PasswordCost::default(),
            secure_cookies: false,
            workers: true,
            public_url: None,
            mail_dir: None,
            smtp_url: None,
            require_email_confirmation: true,
            retention: abtc_domain::retention::RetentionPolicy::default(),
            face_models: None,
            face_threshold: 0.6,
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("listen", &self.listen)
            .field("data_dir", &self.data_dir)
            .field("database", &self.database.as_deref().map(redact_url))
            .field("log", &self.log)
            .field("password_cost", &self.password_cost)
            .field("secure_cookies", &self.secure_cookies)
            .field("workers", &self.workers)
            .field("public_url", &self.public_url)
            .field("mail_dir", &self.mail_dir)
            .field("smtp_url", &self.smtp_url.as_deref().map(redact_url))
            .field(
                "require_email_confirmation",
                &self.require_email_confirmation,
            )
            .field("retention", &self.retention)
            .field("face_models", &self.face_models)
            .field("face_threshold", &self.face_threshold)
            .finish()
    }
}

/// Hides the password of a database or SMTP URL (one rule for every secret-bearing URL).
pub use abtc_server::mail::redact_url;

/// Flags given on the command line; only those present override.
#[derive(Debug, Default, Serialize)]
pub struct Overrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listen: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_dir: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
}

pub fn load(
    file: Option<&Path>,
    overrides: &Overrides,
    base: Config,
) -> Result<Config, Box<figment::Error>> {
    let mut fig = Figment::from(Serialized::defaults(base));
    if let Some(f) = file {
        fig = fig.merge(Toml::file_exact(f));
    }
    fig.merge(Env::prefixed("ABTC_").split("__"))
        .merge(Serialized::defaults(overrides))
        .extract()
        .map_err(Box::new)
}

impl Config {
    pub fn database_url(&self) -> String {
        match &self.database {
            Some(url) => url.clone(),
            None => format!("sqlite://{}", self.data_dir.join("abtc.db").display()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hidden() {
        assert_eq!(
            redact_url("postgres://abtc:s3cret@db/abtc"),
            "postgres://abtc:***@db/abtc"
        );
        let c = Config {
            database: Some("postgres://u:pw@h/d".into()),
            ..Config::default()
        };
        assert!(!format!("{c:?}").contains("pw@"));
        let c = Config {
            smtp_url: Some("smtps://mailer:s3cret@smtp.example:465".into()),
            ..Config::default()
        };
        assert!(!format!("{c:?}").contains("s3cret"));
    }

    #[test]
    fn layers_apply_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("abtc.toml");
        std::fs::write(&file, "listen = \"127.0.0.1:9000\"\nlog = \"debug\"\n").unwrap();
        let c = load(Some(&file), &Overrides::default(), Config::default()).unwrap();
        assert_eq!(c.listen, "127.0.0.1:9000");
        assert_eq!(c.log, "debug");
        let o = Overrides {
            listen: Some("127.0.0.1:9999".into()),
            ..Overrides::default()
        };
        let c = load(Some(&file), &o, Config::default()).unwrap();
        assert_eq!(c.listen, "127.0.0.1:9999");
        assert!(load(
            Some(&dir.path().join("missing.toml")),
            &o,
            Config::default()
        )
        .is_err());
    }
}
