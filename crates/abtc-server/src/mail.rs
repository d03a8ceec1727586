//! Outgoing mail through one [`Mailer`] with two transports: SMTP (lettre), when an `smtp_url` is
//! configured, or a mail folder of RFC 5322 files (`*.eml`) for the demo and the tests. Both carry
//! the same bytes: headers in UTF-8 as SMTPUTF8 (RFC 6531) allows, so internationalized addresses
//! such as 葉士豪@臺網中心.tw travel as typed, never rewritten or rejected. lettre announces SMTPUTF8
//! on `MAIL FROM` whenever the envelope holds a non-ASCII address (and refuses to send it to a
//! server that does not offer the extension, rather than mangling it).
//!
//! Errors describe the failure by kind and SMTP code only: server replies can quote the address,
//! which is personal data and must stay out of logs.

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use abtc_domain::{Email, Entropy};
use lettre::address::Envelope;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use time::format_description::well_known::Rfc2822;
use time::OffsetDateTime;

/// How long one SMTP conversation may take. Kept well under the outbox lease (60 s) so that a slow
/// server cannot let another worker claim, and mail, the same message while this one still waits.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

#[derive(Debug, Clone)]
pub struct Mail {
    pub to: Email,
    pub subject: String,
    pub body: String,
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("no mail transport is configured")]
    NotConfigured,
    #[error("the mail settings are invalid: {0}")]
    Config(String),
    #[error("the mail folder cannot be written: {0}")]
    Folder(String),
    /// The server refused for good (a 5xx reply): trying again would not help.
    #[error("the SMTP server refused the message ({0})")]
    Rejected(String),
    /// Connection refused, timeout, a 4xx reply: worth another try later.
    #[error("the SMTP server is unavailable ({0})")]
    Unavailable(String),
}

impl MailError {
    /// Whether retrying cannot help.
    pub fn is_permanent(&self) -> bool {
        matches!(self, Self::Rejected(_) | Self::Config(_))
    }

    fn smtp(e: &lettre::transport::smtp::Error) -> Self {
        let code = e
            .status()
            .map(|c| format!("code {c}"))
            .unwrap_or_else(|| "no reply code".into());
        if e.is_permanent() {
            Self::Rejected(code)
        } else if e.is_timeout() {
            Self::Unavailable("timeout".into())
        } else if e.is_transient() {
            Self::Unavailable(code)
        } else if e.is_tls() {
            Self::Unavailable("TLS failure".into())
        } else if e.is_client() {
            // lettre's own refusals, e.g. a non-ASCII address to a server without SMTPUTF8.
            Self::Rejected("refused by the client: the server lacks a needed extension".into())
        } else {
            Self::Unavailable("connection failed".into())
        }
    }
}

enum Transport {
    Folder(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

/// Sends mail by SMTP or writes it to a folder; which one is chosen once, from the configuration.
pub struct Mailer {
    /// The `From:` header as configured, e.g. `APEC Business Travel Card <no-reply@abtc.example>`.
    from: String,
    /// The envelope sender (`MAIL FROM`), the address inside `from`.
    sender: lettre::Address,
    transport: Transport,
}

impl std::fmt::Debug for Mailer {
    /// The SMTP URL can hold credentials: only the transport's kind is shown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("from", &self.from)
            .field("transport", &self.transport_name())
            .finish()
    }
}

/// The address inside `Name <address>`, or the whole text.
fn envelope_sender(from: &str) -> Result<lettre::Address, MailError> {
    let addr = match (from.rfind('<'), from.rfind('>')) {
        (Some(open), Some(close)) if open < close => from.get(open + 1..close).unwrap_or(from),
        _ => from,
    };
    lettre::Address::from_str(addr.trim())
        .map_err(|_| MailError::Config("mail_from holds no valid address".into()))
}

impl Mailer {
    /// Messages become files in `dir`.
    pub fn folder(dir: PathBuf, from: &str) -> Result<Self, MailError> {
        Ok(Self {
            sender: envelope_sender(from)?,
            from: from.to_owned(),
            transport: Transport::Folder(dir),
        })
    }

    /// Messages go to the SMTP server of `url`: `smtp://host:port` (plain, for a local relay),
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS) or `smtps://user:pass@host:465` (TLS).
    pub fn smtp(url: &str, from: &str) -> Result<Self, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            // lettre's message names the URL's part at fault, never the credentials.
            .map_err(|_| MailError::Config("smtp_url is not a valid SMTP URL".into()))?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        Ok(Self {
            sender: envelope_sender(from)?,
            from: from.to_owned(),
            transport: Transport::Smtp(transport),
        })
    }

    /// SMTP when `smtp_url` is set, else the mail folder when `mail_dir` is set, else nothing.
    pub fn from_config(config: &crate::ServerConfig) -> Result<Option<Self>, MailError> {
        match (&config.smtp_url, &config.mail_dir) {
            (Some(url), _) => Self::smtp(url.expose(), &config.mail_from).map(Some),
            (None, Some(dir)) => Self::folder(dir.clone(), &config.mail_from).map(Some),
            (None, None) => Ok(None),
        }
    }

    pub fn transport_name(&self) -> &'static str {
        match self.transport {
            Transport::Folder(_) => "folder",
            Transport::Smtp(_) => "smtp",
        }
    }

    /// The message as RFC 5322 text (headers in UTF-8, as with SMTPUTF8).
    pub fn render(&self, mail: &Mail, at: OffsetDateTime, message_id: &str) -> String {
        let date = at.format(&Rfc2822).unwrap_or_default();
        let subject: String = mail.subject.chars().filter(|c| !c.is_control()).collect();
        let body = mail.body.replace("\r\n", "\n").replace('\n', "\r\n");
        format!(
            "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\nMessage-ID: <{message_id}>\r\n\
MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n",
            from = self.from,
            to = mail.to.as_str(),
        )
    }

    /// A fresh Message-ID in the sender's domain.
    pub fn random_message_id(&self, at: OffsetDateTime, entropy: &dyn Entropy) -> String {
        let mut id = [0u8; 12];
        entropy.fill(&mut id);
        self.message_id(&format!("{}-{}", at.unix_timestamp(), hex::encode(id)))
    }

    /// The Message-ID `<local>@<sender's domain>`. Mail for an outbox message uses a local part
    /// derived from that message, so a repeated send (after a crash between sending and recording
    /// it) carries the same Message-ID, which mail clients and stores use to drop the duplicate.
    pub fn message_id(&self, local: &str) -> String {
        format!("{local}@{}", self.sender.domain())
    }

    /// Sends `mail` with a new Message-ID (for mail that is not retried, like confirmation links).
    pub async fn send(
        &self,
        mail: &Mail,
        at: OffsetDateTime,
        entropy: &dyn Entropy,
    ) -> Result<(), MailError> {
        let id = self.random_message_id(at, entropy);
        self.send_with_id(mail, at, &id).await
    }

    /// Sends `mail` under `message_id`. In the folder, the file is named after the Message-ID, so
    /// the same message sent twice is one file.
    pub async fn send_with_id(
        &self,
        mail: &Mail,
        at: OffsetDateTime,
        message_id: &str,
    ) -> Result<(), MailError> {
        let text = self.render(mail, at, message_id);
        match &self.transport {
            Transport::Folder(dir) => write_file(dir, message_id, &text).await,
            Transport::Smtp(smtp) => {
                let to = lettre::Address::from_str(mail.to.as_str())
                    .map_err(|_| MailError::Rejected("the recipient's address".into()))?;
                let envelope = Envelope::new(Some(self.sender.clone()), vec![to])
                    .map_err(|_| MailError::Rejected("the envelope".into()))?;
                smtp.send_raw(&envelope, text.as_bytes())
                    .await
                    .map(|_| ())
                    .map_err(|e| MailError::smtp(&e))
            }
        }
    }
}

async fn write_file(dir: &std::path::Path, message_id: &str, text: &str) -> Result<(), MailError> {
    // The file name is the Message-ID's local part, kept to characters safe in any file system.
    let name: String = message_id
        .split('@')
        .next()
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    tokio::fs::create_dir_all(dir)
        .await
        .map_err(|e| MailError::Folder(e.kind().to_string()))?;
    // Written under a temporary name and renamed, so a reader never sees half a message.
    let tmp = dir.join(format!(".{name}.tmp"));
    let done = dir.join(format!("{name}.eml"));
    tokio::fs::write(&tmp, text.as_bytes())
        .await
        .map_err(|e| MailError::Folder(e.kind().to_string()))?;
    tokio::fs::rename(&tmp, &done)
        .await
        .map_err(|e| MailError::Folder(e.kind().to_string()))?;
    Ok(())
}

/// An SMTP URL, which may hold a user name and password: `Debug` shows it without them.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpUrl(String);

impl SmtpUrl {
    pub fn new(url: impl Into<String>) -> Self {
        Self(url.into())
    }

    /// The URL with its credentials, for the transport only.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The URL with the password replaced by `***`.
    pub fn redacted(&self) -> String {
        redact_url(&self.0)
    }
}

impl std::fmt::Debug for SmtpUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// A Message-ID local part derived from a queued mail's identity (`key`): the same on every try of
/// that mail, different for every mail; `prefix` keeps the queues apart.
pub fn derived_local_part(prefix: &str, key: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(key.as_bytes());
    let short: Vec<u8> = digest.iter().take(16).copied().collect();
    format!("{prefix}-{}", hex::encode(short))
}

/// `scheme://user:***@host...` for `scheme://user:password@host...`.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s + 3 => {
            let creds = url.get(s + 3..at).unwrap_or("");
            let user = creds.split(':').next().unwrap_or("");
            format!(
                "{}{}:***{}",
                url.get(..s + 3).unwrap_or(""),
                user,
                url.get(at..).unwrap_or("")
            )
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn messages_keep_internationalized_addresses_and_crlf() {
        let mailer =
            Mailer::folder(PathBuf::from("unused"), "ABTC <no-reply@abtc.example>").unwrap();
        let mail = Mail {
            to: Email::parse("葉士豪@臺網中心.tw").unwrap(),
            subject: "Confirm\nyour address".into(),
            body: "line one\nline two".into(),
        };
        let id = mailer.message_id("1-ab");
        let text = mailer.render(&mail, datetime!(2025-06-02 09:00 UTC), &id);
        assert!(text.contains("To: 葉士豪@臺網中心.tw\r\n"));
        assert!(text.contains("Message-ID: <1-ab@abtc.example>\r\n"));
        assert!(
            text.contains("Subject: Confirmyour address\r\n"),
            "no header injection"
        );
        assert!(text.ends_with("line one\r\nline two\r\n"));
        assert!(text.contains("Date: Mon, 02 Jun 2025 09:00:00 +0000"));
    }

    /// lettre's connection pool starts a task: a runtime is needed.
    #[tokio::test]
    async fn smtp_credentials_stay_out_of_debug() {
        let url = SmtpUrl::new("smtps://mailer:s3cret@smtp.example:465");
        assert_eq!(format!("{url:?}"), "smtps://mailer:***@smtp.example:465");
        let mailer = Mailer::smtp(url.expose(), "ABTC <no-reply@abtc.example>").unwrap();
        let shown = format!("{mailer:?}");
        assert!(
            !shown.contains("s3cret") && shown.contains("smtp"),
            "{shown}"
        );
        assert!(Mailer::smtp("http://x", "a@b.example").is_err());
        assert!(Mailer::folder(PathBuf::new(), "no address here").is_err());
    }
}
