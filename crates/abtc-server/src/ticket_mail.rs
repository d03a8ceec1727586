//! Mail to a cardholder when the economy acts on their ticket: a reply, a refund decision, or
//! closing it. The store queues it in the step's own transaction (`act_on_ticket`); the worker
//! sends it through `mail_queue` ([`TicketQueue`]). The mail says what happened and links to the
//! ticket's page; the reply itself stays on the portal, where the cardholder signs in to read it.

use abtc_domain::ticket::EntryKind;
use abtc_domain::{Economies, Email};
use abtc_store::{MailQueueKind, StoreResult, TicketMail};

use crate::mail::Mail;
use crate::mail_queue::MailQueue;
use crate::state::AppState;
use crate::web::i18n::{self, ArgValue};

/// The cardholders' ticket mail, drained by the worker through `mail_queue`.
pub struct TicketQueue;

impl MailQueue for TicketQueue {
    type Item = TicketMail;
    const KIND: MailQueueKind = MailQueueKind::Tickets;
    const NAME: &'static str = "ticket_mail";

    async fn claim(
        &self,
        state: &AppState,
        worker: &str,
        now: time::OffsetDateTime,
        lease_until: time::OffsetDateTime,
        batch: u32,
    ) -> StoreResult<Vec<TicketMail>> {
        state
            .store
            .claim_ticket_mail(worker, now, lease_until, batch)
            .await
    }

    fn id(item: &TicketMail) -> i64 {
        item.id
    }

    fn attempts(item: &TicketMail) -> u32 {
        item.attempts
    }

    fn message_local_part(item: &TicketMail) -> String {
        crate::mail::derived_local_part(
            "abtc-ticket",
            &format!("ticket/{}/{}/{}", item.id, item.ticket, item.entry.as_str()),
        )
    }

    fn compose(item: &TicketMail, economies: Option<&Economies>, public_url: &str) -> Option<Mail> {
        compose(item, economies, public_url)
    }
}

/// The mail in the cardholder's language (English when unknown).
pub fn compose(item: &TicketMail, economies: Option<&Economies>, public_url: &str) -> Option<Mail> {
    let to = Email::parse(&item.address).ok()?;
    let lang = item
        .language
        .as_deref()
        .and_then(i18n::supported)
        .unwrap_or(i18n::DEFAULT);
    let cat = i18n::catalog();
    let t = |id: &str, args: &[(&str, ArgValue)]| cat.message_or_english(lang, id, args);
    let economy = economies
        .and_then(|e| e.get(item.economy).ok())
        .map(|e| e.name.clone())
        .unwrap_or_else(|| item.economy.to_string());
    let subject = ArgValue::Text(item.subject.as_str().to_owned());
    let what = match item.entry {
        EntryKind::Reply => "mail-ticket-reply",
        EntryKind::RefundApproved => "mail-ticket-refund-approved",
        EntryKind::RefundDeclined => "mail-ticket-refund-declined",
        EntryKind::Closed => "mail-ticket-closed",
        // The store queues only the economy's steps; the cardholder's own are never mailed.
        EntryKind::Raised | EntryKind::Reopened => return None,
    };
    let kind = t(&format!("tickets-kind-{}", item.kind.as_str()), &[]);
    let body = [
        t(
            "mail-greeting",
            &[("name", ArgValue::Text(item.display_name.clone()))],
        ),
        String::new(),
        t(
            what,
            &[
                ("economy", ArgValue::Text(economy)),
                ("kind", ArgValue::Text(kind)),
                ("subject", subject.clone()),
            ],
        ),
        String::new(),
        t("mail-ticket-link", &[]),
        format!(
            "{}/portal/tickets/{}",
            public_url.trim_end_matches('/'),
            item.ticket
        ),
        String::new(),
        "-- ".into(),
        t("mail-footer", &[]),
    ]
    .join("\n");
    Some(Mail {
        to,
        subject: t("mail-ticket-subject", &[("subject", subject)]),
        body,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use abtc_domain::ticket::{Subject, TicketKind};
    use abtc_domain::{EconomyCode, TicketId};

    fn mail(entry: EntryKind, language: Option<&str>) -> TicketMail {
        TicketMail {
            id: 7,
            ticket: TicketId::from_bytes([3; 16]),
            kind: TicketKind::Refund,
            economy: EconomyCode::parse("KOR").unwrap(),
            entry,
            subject: Subject::parse("Border closed in March").unwrap(),
            address: "山田@例え.jp".into(),
            display_name: "山田 花子".into(),
            language: language.map(str::to_owned),
            attempts: 1,
        }
    }

    #[test]
    fn each_step_of_the_economy_is_said_in_the_cardholders_language() {
        let economies = Economies::apec_default();
        let reply = compose(
            &mail(EntryKind::Reply, None),
            Some(&economies),
            "https://x/",
        )
        .unwrap();
        assert_eq!(reply.to.as_str(), "山田@例え.jp");
        assert!(
            reply.subject.contains("Border closed in March"),
            "{}",
            reply.subject
        );
        assert!(reply.body.contains("Korea"), "{}", reply.body);
        assert!(reply.body.contains("Refund request"), "{}", reply.body);
        let link = format!("https://x/portal/tickets/{}", TicketId::from_bytes([3; 16]));
        assert!(reply.body.contains(&link), "{}", reply.body);
        let approved = compose(&mail(EntryKind::RefundApproved, None), None, "https://x");
        let declined = compose(&mail(EntryKind::RefundDeclined, None), None, "https://x");
        let closed = compose(&mail(EntryKind::Closed, None), None, "https://x");
        let bodies: Vec<String> = [approved, declined, closed]
            .into_iter()
            .map(|m| m.unwrap().body)
            .collect();
        assert!(bodies.iter().all(|b| b.contains("KOR")), "{bodies:?}");
        assert!(bodies[0] != bodies[1] && bodies[1] != bodies[2]);
        let ja = compose(&mail(EntryKind::Reply, Some("ja")), None, "https://x").unwrap();
        assert!(
            ja.body != reply.body && !ja.body.contains("replied"),
            "{}",
            ja.body
        );
        assert!(compose(&mail(EntryKind::Raised, None), None, "https://x").is_none());
    }
}
