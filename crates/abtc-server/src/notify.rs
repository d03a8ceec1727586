//! Mail for outbox messages: a localized email on every status change of an application or card, and
//! the notices administrators send to cardholders. The outbox worker (`workers.rs`) calls
//! [`deliver`] for each message it claims.
//!
//! Delivery order and "exactly once": the message goes to the inbox first (so a mail outage never
//! hides news from the portal), then the mail is sent, then the mail's outcome is recorded in the
//! same transaction that marks the message delivered. A delivered message is never claimed again, so
//! it is never mailed again. The one gap no SMTP client can close is a crash (or a lost database)
//! after the server accepted the mail and before that transaction commits: the message is then
//! claimed again when its lease ends and mailed a second time. That is at-least-once by necessity
//! (SMTP has no two-phase commit; the alternative, recording before sending, would lose mail
//! instead), and it is made harmless: the Message-ID is derived from the outbox message, so the
//! repeat carries the same Message-ID (mail stores and clients drop it as a duplicate) and, in the
//! mail folder, overwrites the same file. The SMTP timeout stays below the lease so a slow server
//! cannot let a second worker claim a message this one is still sending.

use abtc_domain::{Economies, EconomyCode, Email, EventKind};
use abtc_store::{MailOutcome, OutboxItem, OutboxMail, StoreError};

use crate::mail::{Mail, MailError, Mailer};
use crate::state::AppState;
use crate::web::i18n::{self, ArgValue};

/// After this many attempts a message's mail is given up (the inbox has it already). With the
/// worker's backoff (doubling, capped at an hour) this rides out a mail outage of about a day.
pub const MAX_MAIL_ATTEMPTS: u32 = 30;

/// Why a message must be tried again later.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error("storage: {0}")]
    Store(#[from] StoreError),
    #[error("mail: {0}")]
    Mail(#[from] MailError),
}

/// Delivers one claimed message: inbox, mail, and the record of both. `Ok(false)` when this worker
/// no longer holds the message; an error means "retry later".
pub async fn deliver(
    state: &AppState,
    mailer: &Mailer,
    worker: &str,
    item: &OutboxItem,
    economies: Option<&Economies>,
) -> Result<bool, DeliveryError> {
    let store = &state.store;
    let Some(contact) = store.outbox_mail(worker, item).await? else {
        // Not an applicant's message, or no longer ours: the inbox alone (which checks the lease).
        return Ok(store
            .complete_outbox(worker, item, MailOutcome::None, state.clock.now())
            .await?);
    };
    if !store.post_to_inbox(worker, item, state.clock.now()).await? {
        return Ok(false);
    }
    let Some(mail) = compose(item, &contact, economies, &state.config.public_url) else {
        tracing::warn!(
            outbox = item.id,
            kind = %item.kind,
            "the message cannot be mailed (unreadable address or payload)"
        );
        state.metrics.mail.with_label_values(&["failed"]).inc();
        return Ok(store
            .complete_outbox(worker, item, MailOutcome::Failed, state.clock.now())
            .await?);
    };
    let id = mailer.message_id(&message_local_part(item));
    match mailer.send_with_id(&mail, state.clock.now(), &id).await {
        Ok(()) => {
            state.metrics.mail.with_label_values(&["sent"]).inc();
            Ok(store
                .complete_outbox(worker, item, MailOutcome::Sent, state.clock.now())
                .await?)
        }
        Err(e) if e.is_permanent() || item.attempts >= MAX_MAIL_ATTEMPTS => {
            tracing::warn!(error = %e, outbox = item.id, attempts = item.attempts, "mail given up; the inbox has the message");
            state.metrics.mail.with_label_values(&["failed"]).inc();
            Ok(store
                .complete_outbox(worker, item, MailOutcome::Failed, state.clock.now())
                .await?)
        }
        Err(e) => {
            state.metrics.mail.with_label_values(&["retry"]).inc();
            Err(e.into())
        }
    }
}

/// The Message-ID's local part for an outbox message: the same on every try, different for every
/// message (the application's random id is part of it, so two installations do not collide).
pub fn message_local_part(item: &OutboxItem) -> String {
    crate::mail::derived_local_part(
        "abtc",
        &format!("{}/{}/{}", item.id, item.application, item.kind),
    )
}

/// The mail for a message, in the recipient's language (English when none is known).
pub fn compose(
    item: &OutboxItem,
    contact: &OutboxMail,
    economies: Option<&Economies>,
    public_url: &str,
) -> Option<Mail> {
    let to = Email::parse(&contact.address).ok()?;
    let lang = contact
        .language
        .as_deref()
        .and_then(i18n::supported)
        .unwrap_or(i18n::DEFAULT);
    let cat = i18n::catalog();
    let t = |id: &str, args: &[(&str, ArgValue)]| cat.message_or_english(lang, id, args);
    let base = public_url.trim_end_matches('/');
    let greeting = t(
        "mail-greeting",
        &[("name", ArgValue::Text(contact.display_name.clone()))],
    );
    let footer = t("mail-footer", &[]);
    if let Some(notice) = &contact.notice {
        let sender = match notice.author_economy {
            Some(code) => economy_name(economies, code),
            None => t("mail-sender-scheme", &[]),
        };
        let body = [
            greeting,
            String::new(),
            t("mail-notice-intro", &[("sender", ArgValue::Text(sender))]),
            String::new(),
            notice.subject.clone(),
            String::new(),
            notice.body.clone(),
            String::new(),
            t("mail-notice-link", &[]),
            format!("{base}/"),
            String::new(),
            "-- ".into(),
            footer,
        ]
        .join("\n");
        return Some(Mail {
            to,
            subject: t(
                "mail-notice-subject",
                &[("subject", ArgValue::Text(notice.subject.clone()))],
            ),
            body,
        });
    }
    let kind: EventKind = serde_json::from_str(&item.payload).ok()?;
    let subject_id = if kind.name().starts_with("card_") {
        "mail-card-subject"
    } else {
        "mail-status-subject"
    };
    let reference = contact.reference.clone().unwrap_or_default();
    let body = [
        greeting,
        String::new(),
        t(
            "mail-status-intro",
            &[("reference", ArgValue::Text(reference))],
        ),
        event_text(lang, economies, &kind),
        String::new(),
        t("mail-status-link", &[]),
        format!("{base}/applications/{}", item.application),
        String::new(),
        "-- ".into(),
        footer,
    ]
    .join("\n");
    Some(Mail {
        to,
        subject: t(subject_id, &[]),
        body,
    })
}

fn economy_name(economies: Option<&Economies>, code: EconomyCode) -> String {
    economies
        .and_then(|e| e.get(code).ok())
        .map(|e| e.name.clone())
        .unwrap_or_else(|| code.as_str().to_owned())
}

/// The event in one sentence: the portal's own wording (`applicant-event-*`), so mail and history
/// say the same thing.
fn event_text(lang: &str, economies: Option<&Economies>, kind: &EventKind) -> String {
    let cat = i18n::catalog();
    let text = |s: &str| ArgValue::Text(s.to_owned());
    let economy = |e: &EconomyCode| ("economy", ArgValue::Text(economy_name(economies, *e)));
    let own = format!("applicant-event-{}", kind.name());
    match kind {
        EventKind::HomeApproved { requests } => cat.message_or_english(
            lang,
            &own,
            &[("requests", ArgValue::Number(f64::from(*requests)))],
        ),
        EventKind::PreClearanceRequested { economy: e }
        | EventKind::PreClearanceWithdrawn { economy: e }
        | EventKind::PreClearanceClosed { economy: e } => {
            cat.message_or_english(lang, &own, &[economy(e)])
        }
        EventKind::PreClearanceDecided {
            economy: e,
            decision,
        } => {
            let id = match decision {
                abtc_domain::Decision::Approve => "applicant-event-pre_clearance_approved",
                abtc_domain::Decision::Decline => "applicant-event-pre_clearance_declined",
            };
            cat.message_or_english(lang, id, &[economy(e)])
        }
        EventKind::CardIssued { card, .. }
        | EventKind::CardEconomiesChanged { card, .. }
        | EventKind::CardCancelled { card, .. }
        | EventKind::CardExpired { card } => {
            cat.message_or_english(lang, &own, &[("card", text(card.as_str()))])
        }
        EventKind::CardReplaced { old, new, .. } => cat.message_or_english(
            lang,
            &own,
            &[("old", text(old.as_str())), ("new", text(new.as_str()))],
        ),
        _ => cat.message_or_english(lang, &own, &[]),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use abtc_domain::{AccountId, ApplicationId, CardNumber};
    use abtc_store::NoticeText;

    fn item(kind: &EventKind) -> OutboxItem {
        OutboxItem {
            id: 7,
            recipient: AccountId::from_bytes([1; 16]),
            application: ApplicationId::from_bytes([2; 16]),
            kind: kind.name().into(),
            payload: serde_json::to_string(kind).unwrap(),
            attempts: 1,
        }
    }

    fn contact(language: Option<&str>) -> OutboxMail {
        OutboxMail {
            address: "葉士豪@臺網中心.tw".into(),
            display_name: "葉士豪".into(),
            language: language.map(str::to_owned),
            reference: Some("TWN-2025-000001".into()),
            notice: None,
        }
    }

    #[test]
    fn status_mail_is_localized_and_links_to_the_application() {
        let card = CardNumber::parse("TWN-0000001-7").ok();
        let kind = EventKind::Rejected;
        let economies = Economies::apec_default();
        let en = compose(
            &item(&kind),
            &contact(None),
            Some(&economies),
            "https://abtc.example/",
        )
        .unwrap();
        assert_eq!(en.to.as_str(), "葉士豪@臺網中心.tw");
        assert!(en.body.contains("Hello 葉士豪,"), "{}", en.body);
        assert!(en.body.contains("TWN-2025-000001"));
        assert!(en
            .body
            .contains("The home economy rejected the application."));
        assert!(en.body.contains(&format!(
            "https://abtc.example/applications/{}",
            ApplicationId::from_bytes([2; 16])
        )));
        let ja = compose(&item(&kind), &contact(Some("ja")), Some(&economies), "x").unwrap();
        assert_ne!(ja.subject, en.subject, "Japanese subject");
        assert!(!ja.body.contains('⟦') && !en.body.contains('⟦'));
        // Unknown languages fall back to English.
        let xx = compose(&item(&kind), &contact(Some("xx")), None, "x").unwrap();
        assert_eq!(xx.subject, en.subject);
        if let Some(card) = card {
            let issued = EventKind::CardIssued {
                card: card.clone(),
                economies: vec![],
                renews: None,
            };
            let m = compose(&item(&issued), &contact(None), None, "x").unwrap();
            assert!(m.body.contains(card.as_str()));
        }
        let decided = EventKind::PreClearanceDecided {
            economy: EconomyCode::parse("JPN").unwrap(),
            decision: abtc_domain::Decision::Approve,
        };
        let m = compose(&item(&decided), &contact(None), Some(&economies), "x").unwrap();
        assert!(m.body.contains("Japan"), "{}", m.body);
    }

    #[test]
    fn notices_carry_their_text_and_sender() {
        let mut c = contact(Some("zh-Hant"));
        c.notice = Some(NoticeText {
            subject: "Land borders".into(),
            body: "Virtual cards are not yet accepted at land borders.".into(),
            author_economy: EconomyCode::parse("RUS").ok(),
        });
        let m = compose(
            &item(&EventKind::Submitted),
            &c,
            Some(&Economies::apec_default()),
            "x",
        )
        .unwrap();
        assert!(m.subject.contains("Land borders"));
        assert!(m.body.contains("Virtual cards are not yet accepted"));
        assert!(m.body.contains("Russia"), "{}", m.body);
    }

    #[test]
    fn message_ids_are_stable_per_message() {
        let a = item(&EventKind::Submitted);
        let mut b = a.clone();
        b.attempts = 5;
        assert_eq!(message_local_part(&a), message_local_part(&b));
        b.id = 8;
        assert_ne!(message_local_part(&a), message_local_part(&b));
    }
}
