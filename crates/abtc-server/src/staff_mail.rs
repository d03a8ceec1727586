//! Mail to staff channels: escalations of overdue pre-clearances and the weekly digests, written
//! in each contact's language from the figures the store queued (`abtc_store::escalation`). The
//! worker sends it through `mail_queue` ([`StaffQueue`]).

use abtc_domain::escalation::Channel;
use abtc_domain::{Economies, EconomyCode, Email};
use abtc_store::escalation::{DigestFigures, EconomyEscalation, StaffMail, StaffMessage};
use abtc_store::{MailQueueKind, StoreResult};

use crate::mail::Mail;
use crate::mail_queue::MailQueue;
use crate::state::AppState;
use crate::web::i18n::{self, ArgValue};

/// The staff channels' queue, drained by the worker through `mail_queue`.
pub struct StaffQueue;

impl MailQueue for StaffQueue {
    type Item = StaffMail;
    const KIND: MailQueueKind = MailQueueKind::Staff;
    const NAME: &'static str = "staff_mail";

    async fn claim(
        &self,
        state: &AppState,
        worker: &str,
        now: time::OffsetDateTime,
        lease_until: time::OffsetDateTime,
        batch: u32,
    ) -> StoreResult<Vec<StaffMail>> {
        state
            .store
            .claim_staff_mail(worker, now, lease_until, batch)
            .await
    }

    fn id(item: &StaffMail) -> i64 {
        item.id
    }

    fn attempts(item: &StaffMail) -> u32 {
        item.attempts
    }

    fn message_local_part(item: &StaffMail) -> String {
        message_local_part(item)
    }

    fn compose(item: &StaffMail, economies: Option<&Economies>, public_url: &str) -> Option<Mail> {
        compose(item, economies, public_url)
    }
}

/// The Message-ID's local part: the same on every try of one queued mail.
pub fn message_local_part(mail: &StaffMail) -> String {
    crate::mail::derived_local_part(
        "abtc-staff",
        &format!("staff/{}/{}/{}", mail.id, mail.channel, mail.message.kind()),
    )
}

/// Writes a staff message in the contact's language (English when unknown).
pub fn compose(mail: &StaffMail, economies: Option<&Economies>, public_url: &str) -> Option<Mail> {
    let to = Email::parse(&mail.address).ok()?;
    let lang = mail
        .language
        .as_deref()
        .and_then(i18n::supported)
        .unwrap_or(i18n::DEFAULT);
    let w = Writer {
        lang,
        economies,
        base: public_url.trim_end_matches('/'),
    };
    let (subject, lines) = match &mail.message {
        StaffMessage::Escalation(e) => w.escalation(e),
        StaffMessage::Efficiency { economies: rows } => {
            let raised: u64 = rows.iter().map(|r| r.raised).sum();
            let mut lines = vec![w.t("mail-efficiency-intro", &[])];
            lines.extend(rows.iter().map(|r| {
                w.t(
                    "mail-efficiency-row",
                    &[
                        ("economy", w.economy(r.economy)),
                        ("raised", num(r.raised)),
                        ("open", num(r.open)),
                        ("oldest", date(r.oldest_due_on)),
                    ],
                )
            }));
            lines.push(String::new());
            lines.push(w.t("mail-escalation-link", &[]));
            lines.push(format!("{}/escalations", w.base));
            (
                w.t("mail-efficiency-subject", &[("count", num(raised))]),
                lines,
            )
        }
        StaffMessage::Digest(f) => {
            let subject = w.t(
                "mail-digest-subject",
                &[
                    ("economy", w.economy(f.economy)),
                    ("from", date(Some(f.week_start))),
                    ("to", date(Some(f.week_end))),
                ],
            );
            (subject, w.digest(f))
        }
        StaffMessage::SchemeDigest {
            week_start,
            week_end,
            economies: rows,
        } => {
            let period = [
                ("from", date(Some(*week_start))),
                ("to", date(Some(*week_end))),
            ];
            let mut lines = vec![w.t("mail-scheme-digest-intro", &period)];
            lines.extend(rows.iter().map(|f| {
                w.t(
                    "mail-scheme-digest-row",
                    &[
                        ("economy", w.economy(f.economy)),
                        ("decided", num(f.approved + f.declined)),
                        ("median", days(f.median_days)),
                        ("pending", num(f.pending)),
                        ("overdue", num(f.overdue)),
                        ("open", num(f.escalations_open)),
                    ],
                )
            }));
            lines.push(String::new());
            lines.push(w.t("mail-digest-link", &[]));
            lines.push(format!("{}/reports", w.base));
            (w.t("mail-scheme-digest-subject", &period), lines)
        }
    };
    let channel = match mail.channel {
        Channel::Economy(code) => w.economy(code),
        Channel::Efficiency => ArgValue::Text(w.t("mail-channel-efficiency", &[])),
    };
    let mut body = vec![w.t("mail-staff-greeting", &[]), String::new()];
    body.extend(lines);
    body.extend([
        String::new(),
        "-- ".into(),
        w.t("mail-staff-footer", &[("channel", channel)]),
        w.t("mail-footer", &[]),
    ]);
    Some(Mail {
        to,
        subject,
        body: body.join("\n"),
    })
}

struct Writer<'a> {
    lang: &'a str,
    economies: Option<&'a Economies>,
    base: &'a str,
}

impl Writer<'_> {
    fn t(&self, id: &str, args: &[(&str, ArgValue)]) -> String {
        i18n::catalog().message_or_english(self.lang, id, args)
    }

    fn economy(&self, code: EconomyCode) -> ArgValue {
        ArgValue::Text(
            self.economies
                .and_then(|e| e.get(code).ok())
                .map(|e| e.name.clone())
                .unwrap_or_else(|| code.to_string()),
        )
    }

    fn escalation(&self, e: &EconomyEscalation) -> (String, Vec<String>) {
        let economy = self.economy(e.economy);
        let mut lines = vec![
            self.t(
                "mail-escalation-intro",
                &[("count", num(e.raised)), ("economy", economy.clone())],
            ),
            self.t(
                "mail-escalation-open",
                &[("open", num(e.open)), ("oldest", date(e.oldest_due_on))],
            ),
            String::new(),
            self.t("mail-escalation-references", &[]),
        ];
        lines.extend(e.references.iter().map(|r| format!("  {r}")));
        let unlisted = e.raised.saturating_sub(e.references.len() as u64);
        if unlisted > 0 {
            lines.push(self.t("mail-escalation-more", &[("count", num(unlisted))]));
        }
        lines.push(String::new());
        lines.push(self.t("mail-escalation-link", &[]));
        lines.push(format!("{}/work/pre-clearances", self.base));
        let subject = self.t(
            "mail-escalation-subject",
            &[("count", num(e.raised)), ("economy", economy)],
        );
        (subject, lines)
    }

    fn digest(&self, f: &DigestFigures) -> Vec<String> {
        let mut lines = vec![
            self.t(
                "mail-digest-intro",
                &[
                    ("economy", self.economy(f.economy)),
                    ("from", date(Some(f.week_start))),
                    ("to", date(Some(f.week_end))),
                ],
            ),
            String::new(),
            self.t("mail-digest-received", &[("count", num(f.received))]),
            self.t(
                "mail-digest-decided",
                &[("approved", num(f.approved)), ("declined", num(f.declined))],
            ),
        ];
        lines.push(match f.median_days {
            Some(_) => self.t(
                "mail-digest-times",
                &[
                    ("median", days(f.median_days)),
                    ("p90", days(f.p90_days)),
                    ("share", percent(f.within_target)),
                    ("target", num(u64::from(f.target_days))),
                ],
            ),
            None => self.t("mail-digest-no-decisions", &[]),
        });
        lines.extend([
            self.t(
                "mail-digest-backlog",
                &[("pending", num(f.pending)), ("overdue", num(f.overdue))],
            ),
            self.t(
                "mail-digest-escalations",
                &[
                    ("raised", num(f.escalations_raised)),
                    ("open", num(f.escalations_open)),
                ],
            ),
            String::new(),
            self.t("mail-digest-link", &[]),
            format!("{}/reports?economy={}", self.base, f.economy),
        ]);
        lines
    }
}

fn num(n: u64) -> ArgValue {
    // Counts stay far below 2^53.
    #[allow(clippy::cast_precision_loss)]
    ArgValue::Number(n as f64)
}

fn days(d: Option<f64>) -> ArgValue {
    ArgValue::Text(d.map_or_else(|| "–".into(), |d| format!("{d:.1}")))
}

fn percent(share: Option<f64>) -> ArgValue {
    ArgValue::Text(share.map_or_else(|| "–".into(), |s| format!("{:.0} %", s * 100.0)))
}

fn date(d: Option<time::Date>) -> ArgValue {
    ArgValue::Text(d.map_or_else(|| "–".into(), |d| d.to_string()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use abtc_store::escalation::{DigestCounts, EscalationCounts};
    use time::macros::date;

    fn jpn() -> EconomyCode {
        EconomyCode::parse("JPN").unwrap()
    }

    fn staff_mail(message: StaffMessage, language: Option<&str>) -> StaffMail {
        StaffMail {
            id: 4,
            channel: Channel::Economy(jpn()),
            address: "審査@例え.jp".into(),
            language: language.map(str::to_owned),
            message,
            attempts: 1,
        }
    }

    #[test]
    fn an_escalation_lists_references_and_counts_the_rest() {
        let message = StaffMessage::Escalation(EconomyEscalation {
            economy: jpn(),
            raised: 23,
            open: 30,
            oldest_due_on: Some(date!(2026 - 10 - 01)),
            references: (0..20).map(|i| format!("ABTC-0000-{i:04}")).collect(),
        });
        let economies = Economies::apec_default();
        let m = compose(
            &staff_mail(message.clone(), None),
            Some(&economies),
            "https://abtc.example/",
        )
        .unwrap();
        assert_eq!(m.to.as_str(), "審査@例え.jp");
        assert!(m.subject.contains("Japan"), "{}", m.subject);
        assert!(m.body.contains("ABTC-0000-0019"));
        assert!(m.body.contains("2026-10-01"));
        assert!(m.body.contains("https://abtc.example/work/pre-clearances"));
        assert!(!m.body.contains('⟦'), "{}", m.body);
        let ja = compose(&staff_mail(message, Some("ja")), Some(&economies), "x").unwrap();
        assert_ne!(ja.subject, m.subject, "written in Japanese");
        assert!(!ja.body.contains('⟦'), "{}", ja.body);
    }

    #[test]
    fn digests_and_efficiency_mail_render_in_every_language() {
        let f = DigestFigures::compute(
            jpn(),
            (date!(2026 - 11 - 16), date!(2026 - 11 - 23)),
            14,
            vec![3.0, 9.0, 20.0],
            DigestCounts {
                received: 4,
                approved: 2,
                declined: 1,
                pending: 6,
                overdue: 2,
                escalations_raised: 1,
                escalations_open: 2,
            },
        );
        let messages = [
            StaffMessage::Digest(f.clone()),
            StaffMessage::SchemeDigest {
                week_start: f.week_start,
                week_end: f.week_end,
                economies: vec![f.clone()],
            },
            StaffMessage::Efficiency {
                economies: vec![EscalationCounts {
                    economy: jpn(),
                    raised: 2,
                    open: 3,
                    oldest_due_on: None,
                }],
            },
        ];
        for lang in i18n::LANGUAGES.iter().map(|l| l.tag) {
            for message in &messages {
                let m = compose(&staff_mail(message.clone(), Some(lang)), None, "x").unwrap();
                assert!(
                    !m.body.contains('⟦') && !m.subject.contains('⟦'),
                    "{lang}: {}",
                    m.body
                );
                assert!(m.body.contains("JPN"), "{lang}: {}", m.body);
            }
        }
        let en = compose(&staff_mail(messages[0].clone(), None), None, "x").unwrap();
        assert!(en.body.contains("9.0"), "median: {}", en.body);
        assert!(
            en.body.contains("67 %"),
            "two of three within 14 days: {}",
            en.body
        );
    }

    #[test]
    fn message_ids_are_stable_per_mail() {
        let a = staff_mail(StaffMessage::Efficiency { economies: vec![] }, None);
        let mut b = a.clone();
        b.attempts = 9;
        assert_eq!(message_local_part(&a), message_local_part(&b));
        b.id = 5;
        assert_ne!(message_local_part(&a), message_local_part(&b));
    }
}
