//! Escalation of slow processing. An economy that lets pre-clearance requests pass their due date
//! hears about it, and so does the scheme administrator's efficiency channel, which follows every
//! economy's speed; each economy also gets a weekly digest of its figures. This module holds who
//! is told (contact channels), who may see or change what, and the calendar of the digest.

use std::fmt;

use serde::{Deserialize, Serialize};
use time::{Date, Duration, OffsetDateTime};

use crate::economy::EconomyCode;
use crate::email::Email;
use crate::error::DomainError;
use crate::role::{Actor, Principal, Role};

/// The most contacts one channel has: enough for a team's addresses, few enough that a wrong
/// configuration cannot turn an escalation into a mass mailing.
pub const MAX_CONTACTS: usize = 10;

/// The most references one escalation mail lists; the rest are counted.
pub const MAX_LISTED_REFERENCES: usize = 20;

/// Where escalations and digests go: one economy's contacts, or the scheme administrator's
/// efficiency channel (every economy's escalations, as figures).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Channel {
    Economy(EconomyCode),
    Efficiency,
}

impl Channel {
    /// `efficiency`, or an economy's code.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        match s.trim() {
            "efficiency" => Ok(Self::Efficiency),
            other => EconomyCode::parse(other).map(Self::Economy),
        }
    }

    /// The stored and URL form (`efficiency`, `JPN`).
    pub fn key(&self) -> String {
        match self {
            Self::Economy(code) => code.to_string(),
            Self::Efficiency => "efficiency".into(),
        }
    }

    pub fn economy(&self) -> Option<EconomyCode> {
        match self {
            Self::Economy(code) => Some(*code),
            Self::Efficiency => None,
        }
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key())
    }
}

impl TryFrom<String> for Channel {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<Channel> for String {
    fn from(c: Channel) -> String {
        c.key()
    }
}

/// One address that escalations and digests are mailed to, with the language they are written in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub address: Email,
    /// A language tag such as `ja` or `zh-Hant`; none means English.
    #[serde(default)]
    pub language: Option<String>,
}

/// Checks a channel's new list of contacts: at most [`MAX_CONTACTS`], no address twice, and
/// language tags that look like tags (the server maps them to its catalog, English otherwise).
pub fn check_contacts(contacts: &[Contact]) -> Result<(), DomainError> {
    if contacts.len() > MAX_CONTACTS {
        return Err(DomainError::InvalidField {
            field: "contacts",
            reason: "at most 10 contacts per channel",
        });
    }
    let mut seen = std::collections::HashSet::new();
    for c in contacts {
        if !seen.insert(c.address.as_str().to_lowercase()) {
            return Err(DomainError::InvalidField {
                field: "contacts",
                reason: "an address is listed twice",
            });
        }
        if let Some(lang) = &c.language {
            let ok = (2..=16).contains(&lang.len())
                && lang
                    .chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || ch == '-');
            if !ok {
                return Err(DomainError::InvalidField {
                    field: "language",
                    reason: "a language tag such as en, ja or zh-Hant",
                });
            }
        }
    }
    Ok(())
}

/// Proof that the caller may change a channel's contacts: an economy's administrator their own
/// economy's, the scheme administrator any channel (the efficiency channel is theirs alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContactsScope {
    channel: Channel,
    actor: Actor,
}

impl ContactsScope {
    pub fn channel(&self) -> Channel {
        self.channel
    }
    pub fn actor(&self) -> Actor {
        self.actor
    }
}

/// Proof of which escalations the caller may see: an economy's staff see their own economy's, by
/// application reference (they decide those requests); the scheme administrator and auditors see
/// every economy's as counts only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EscalationScope {
    Economy(EconomyCode),
    Scheme,
}

impl Principal {
    pub fn contacts(&self, channel: Channel) -> Result<ContactsScope, DomainError> {
        let allowed = match (self.role(), self.economy(), channel) {
            (Role::SchemeAdmin, _, _) => true,
            (Role::EconomyAdmin, Some(own), Channel::Economy(code)) => own == code,
            _ => false,
        };
        if allowed {
            Ok(ContactsScope {
                channel,
                actor: self.actor(),
            })
        } else {
            Err(DomainError::Forbidden)
        }
    }

    pub fn escalations(&self) -> Result<EscalationScope, DomainError> {
        match (self.role(), self.economy()) {
            (
                Role::CaseOfficer
                | Role::PreClearanceOfficer
                | Role::NationalSystem
                | Role::EconomyAdmin,
                Some(economy),
            ) => Ok(EscalationScope::Economy(economy)),
            (Role::SchemeAdmin | Role::Auditor, _) => Ok(EscalationScope::Scheme),
            _ => Err(DomainError::Forbidden),
        }
    }
}

/// The week a digest sent at `now` covers: the last whole week, Monday 00:00 UTC to the next
/// Monday 00:00 UTC, ending on or before `now`. A digest is due once per such week.
pub fn digest_week(now: OffsetDateTime) -> (Date, Date) {
    let today = now.date();
    let back = i64::from(today.weekday().number_days_from_monday());
    let end = today.saturating_sub(Duration::days(back));
    (end.saturating_sub(Duration::days(7)), end)
}

/// Whether a pending request due on `due_on` is overdue on `today` (the due day itself is not).
pub fn is_overdue(due_on: Date, today: Date) -> bool {
    due_on < today
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ids::AccountId;
    use time::macros::datetime;

    fn principal(role: Role, economy: Option<&str>) -> Principal {
        Principal::new(
            AccountId::from_bytes([3; 16]),
            role,
            economy.map(|e| EconomyCode::parse(e).unwrap()),
        )
        .unwrap()
    }

    #[test]
    fn channels_round_trip() {
        assert_eq!(Channel::parse("efficiency").unwrap(), Channel::Efficiency);
        let jpn = Channel::parse("jpn").unwrap();
        assert_eq!(jpn.key(), "JPN");
        assert_eq!(jpn.economy().map(|c| c.to_string()).as_deref(), Some("JPN"));
        assert!(Channel::parse("efficient").is_err());
    }

    #[test]
    fn only_the_economys_admin_or_the_scheme_admin_set_contacts() {
        let jpn = Channel::parse("JPN").unwrap();
        let kor = Channel::parse("KOR").unwrap();
        let admin = principal(Role::EconomyAdmin, Some("JPN"));
        assert!(admin.contacts(jpn).is_ok());
        assert!(admin.contacts(kor).is_err());
        assert!(admin.contacts(Channel::Efficiency).is_err());
        let scheme = principal(Role::SchemeAdmin, None);
        assert!(scheme.contacts(Channel::Efficiency).is_ok());
        assert!(scheme.contacts(kor).is_ok());
        let officer = principal(Role::PreClearanceOfficer, Some("JPN"));
        assert!(officer.contacts(jpn).is_err());
    }

    #[test]
    fn escalations_are_per_economy_for_staff_and_figures_for_the_scheme() {
        assert_eq!(
            principal(Role::PreClearanceOfficer, Some("JPN"))
                .escalations()
                .unwrap(),
            EscalationScope::Economy(EconomyCode::parse("JPN").unwrap())
        );
        assert_eq!(
            principal(Role::Auditor, None).escalations().unwrap(),
            EscalationScope::Scheme
        );
        assert!(principal(Role::Applicant, None).escalations().is_err());
        assert!(principal(Role::BorderOfficer, Some("JPN"))
            .escalations()
            .is_err());
    }

    #[test]
    fn contacts_are_checked() {
        let c = |a: &str, l: Option<&str>| Contact {
            address: Email::parse(a).unwrap(),
            language: l.map(str::to_owned),
        };
        assert!(check_contacts(&[c("a@x.jp", Some("ja")), c("b@x.jp", None)]).is_ok());
        assert!(check_contacts(&[c("a@x.jp", None), c("A@x.jp", None)]).is_err());
        assert!(check_contacts(&[c("a@x.jp", Some("j a"))]).is_err());
        let many: Vec<Contact> = (0..11).map(|i| c(&format!("u{i}@x.jp"), None)).collect();
        assert!(check_contacts(&many).is_err());
    }

    #[test]
    fn the_digest_covers_the_last_whole_week() {
        // Wednesday 2026-11-25: the week of Monday 16 to Monday 23 November.
        let (start, end) = digest_week(datetime!(2026-11-25 10:00 UTC));
        assert_eq!(start.to_string(), "2026-11-16");
        assert_eq!(end.to_string(), "2026-11-23");
        // On the Monday itself the week just ended is due.
        let (start, end) = digest_week(datetime!(2026-11-23 00:00 UTC));
        assert_eq!(
            (start.to_string(), end.to_string()),
            ("2026-11-16".into(), "2026-11-23".into())
        );
        let (start, _) = digest_week(datetime!(2026-11-22 23:59 UTC));
        assert_eq!(start.to_string(), "2026-11-09");
        assert_eq!(end.weekday(), time::Weekday::Monday);
    }

    #[test]
    fn the_due_day_is_not_overdue() {
        let d = time::macros::date!(2026 - 11 - 24);
        assert!(!is_overdue(d, d));
        assert!(is_overdue(d, d.next_day().unwrap()));
    }
}
