//! Outgoing mail. Until the SMTP transport arrives, messages go to a mail folder as RFC 5322 files
//! (`*.eml`, UTF-8 headers as SMTPUTF8 allows, so internationalized addresses stay as typed), which
//! is what the demo and the tests read. A server without a mail folder sends nothing and says so
//! once per message in the log (without the address or the content).

use std::path::PathBuf;

use abtc_domain::{Email, Entropy};
use time::format_description::well_known::Rfc2822;
use time::OffsetDateTime;

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
    #[error("the mail folder cannot be written: {0}")]
    Folder(String),
}

/// Writes each message as one file in `dir`.
#[derive(Debug, Clone)]
pub struct MailFolder {
    pub dir: PathBuf,
    pub from: String,
}

impl MailFolder {
    /// The message as RFC 5322 text (headers in UTF-8, as with SMTPUTF8).
    pub fn render(&self, mail: &Mail, at: OffsetDateTime, message_id: &str) -> String {
        let date = at.format(&Rfc2822).unwrap_or_default();
        let subject: String = mail.subject.chars().filter(|c| !c.is_control()).collect();
        format!(
            "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\nMessage-ID: <{message_id}@abtc>\r\n\
MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n",
            from = self.from,
            to = mail.to.as_str(),
            body = mail.body.replace("\r\n", "\n").replace('\n', "\r\n"),
        )
    }

    pub async fn send(
        &self,
        mail: &Mail,
        at: OffsetDateTime,
        entropy: &dyn Entropy,
    ) -> Result<(), MailError> {
        let mut id = [0u8; 12];
        entropy.fill(&mut id);
        let message_id = format!("{}-{}", at.unix_timestamp(), hex::encode(id));
        let text = self.render(mail, at, &message_id);
        tokio::fs::create_dir_all(&self.dir)
            .await
            .map_err(|e| MailError::Folder(e.to_string()))?;
        // Written under a temporary name and renamed, so a reader never sees half a message.
        let tmp = self.dir.join(format!(".{message_id}.tmp"));
        let done = self.dir.join(format!("{message_id}.eml"));
        tokio::fs::write(&tmp, text.as_bytes())
            .await
            .map_err(|e| MailError::Folder(e.to_string()))?;
        tokio::fs::rename(&tmp, &done)
            .await
            .map_err(|e| MailError::Folder(e.to_string()))?;
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn messages_keep_internationalized_addresses_and_crlf() {
        let folder = MailFolder {
            dir: PathBuf::from("unused"),
            from: "ABTC <no-reply@abtc.example>".into(),
        };
        let mail = Mail {
            to: Email::parse("葉士豪@臺網中心.tw").unwrap(),
            subject: "Confirm\nyour address".into(),
            body: "line one\nline two".into(),
        };
        let text = folder.render(&mail, datetime!(2025-06-02 09:00 UTC), "1-ab");
        assert!(text.contains("To: 葉士豪@臺網中心.tw\r\n"));
        assert!(
            text.contains("Subject: Confirmyour address\r\n"),
            "no header injection"
        );
        assert!(text.ends_with("line one\r\nline two\r\n"));
        assert!(text.contains("Date: Mon, 02 Jun 2025 09:00:00 +0000"));
    }
}
