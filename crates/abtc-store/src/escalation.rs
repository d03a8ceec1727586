//! What escalations and digests say: the figures the store gathers and the server renders, in the
//! contact's language, into mail. Nothing here names a person; an economy's own escalation lists
//! application references (its officers decide those requests), and everything addressed to the
//! scheme's efficiency channel is counts.

use abtc_domain::escalation::Channel;
use abtc_domain::EconomyCode;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::report::{median, percentile, round1, share};

/// One message to a staff channel, stored as the mail's payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StaffMessage {
    /// To an economy's contacts: its requests that have just become overdue.
    Escalation(EconomyEscalation),
    /// To the efficiency channel: which economies have just had requests escalated.
    Efficiency { economies: Vec<EscalationCounts> },
    /// To an economy's contacts: last week's figures.
    Digest(DigestFigures),
    /// To the efficiency channel: last week's figures of every economy.
    SchemeDigest {
        week_start: Date,
        week_end: Date,
        economies: Vec<DigestFigures>,
    },
}

impl StaffMessage {
    /// The stored kind: `escalation` or `digest`.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Escalation(_) | Self::Efficiency { .. } => "escalation",
            Self::Digest(_) | Self::SchemeDigest { .. } => "digest",
        }
    }
}

/// The requests of one economy escalated in one run of the job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EconomyEscalation {
    pub economy: EconomyCode,
    /// Escalated in this run.
    pub raised: u64,
    /// Escalated and still undecided, this run's included.
    pub open: u64,
    pub oldest_due_on: Option<Date>,
    /// The first [`abtc_domain::escalation::MAX_LISTED_REFERENCES`] application references of this
    /// run's requests, oldest due first.
    pub references: Vec<String>,
}

/// An economy's escalations as counts: for the efficiency channel and the scheme's overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EscalationCounts {
    pub economy: EconomyCode,
    /// Escalated in this run (mail) or in the last seven days (overview).
    pub raised: u64,
    pub open: u64,
    pub oldest_due_on: Option<Date>,
}

/// One escalated request, as its own economy's staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EscalationItem {
    pub reference: String,
    pub economy: EconomyCode,
    pub due_on: Date,
    #[serde(with = "time::serde::rfc3339")]
    pub raised_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub resolved_at: Option<OffsetDateTime>,
}

/// What the escalation overview shows a caller: counts per economy (one economy for its staff,
/// every economy for the scheme), and the open requests by reference for an economy's staff only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EscalationOverview {
    pub economies: Vec<EscalationCounts>,
    pub open: Vec<EscalationItem>,
}

/// One economy's week, as its digest reports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DigestFigures {
    pub economy: EconomyCode,
    pub week_start: Date,
    pub week_end: Date,
    /// Requests addressed to the economy in the week.
    pub received: u64,
    pub approved: u64,
    pub declined: u64,
    pub median_days: Option<f64>,
    pub p90_days: Option<f64>,
    /// Share (0 to 1) of the week's decisions taken within the economy's target.
    pub within_target: Option<f64>,
    pub target_days: u16,
    /// At the end of the week's job run: undecided, and of those past their due date.
    pub pending: u64,
    pub overdue: u64,
    pub escalations_raised: u64,
    pub escalations_open: u64,
}

/// The inputs of a digest that are not decision times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DigestCounts {
    pub received: u64,
    pub approved: u64,
    pub declined: u64,
    pub pending: u64,
    pub overdue: u64,
    pub escalations_raised: u64,
    pub escalations_open: u64,
}

impl DigestFigures {
    /// The figures of a week from the days each of its decisions took.
    pub fn compute(
        economy: EconomyCode,
        week: (Date, Date),
        target_days: u16,
        mut decision_days: Vec<f64>,
        counts: DigestCounts,
    ) -> Self {
        decision_days.sort_by(f64::total_cmp);
        let within = decision_days
            .iter()
            .filter(|d| **d <= f64::from(target_days))
            .count();
        Self {
            economy,
            week_start: week.0,
            week_end: week.1,
            received: counts.received,
            approved: counts.approved,
            declined: counts.declined,
            median_days: median(&decision_days).map(round1),
            p90_days: percentile(&decision_days, 90).map(round1),
            within_target: share(within as u64, decision_days.len() as u64),
            target_days,
            pending: counts.pending,
            overdue: counts.overdue,
            escalations_raised: counts.escalations_raised,
            escalations_open: counts.escalations_open,
        }
    }
}

/// A staff mail claimed for sending.
#[derive(Clone, PartialEq)]
pub struct StaffMail {
    pub id: i64,
    pub channel: Channel,
    pub address: String,
    pub language: Option<String>,
    pub message: StaffMessage,
    pub attempts: u32,
}

impl std::fmt::Debug for StaffMail {
    // The address stays out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffMail")
            .field("id", &self.id)
            .field("channel", &self.channel)
            .field("kind", &self.message.kind())
            .field("attempts", &self.attempts)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_week_of_decisions_gives_median_percentile_and_share() {
        let jpn = EconomyCode::parse("JPN").unwrap();
        let counts = DigestCounts {
            received: 5,
            approved: 3,
            declined: 1,
            pending: 7,
            overdue: 2,
            escalations_raised: 2,
            escalations_open: 3,
        };
        let f = DigestFigures::compute(
            jpn,
            (date!(2026 - 11 - 16), date!(2026 - 11 - 23)),
            14,
            vec![20.0, 3.0, 10.0, 5.0],
            counts,
        );
        assert_eq!(f.median_days, Some(7.5));
        assert_eq!(f.within_target, Some(0.75));
        assert_eq!(f.p90_days, Some(20.0));
        assert_eq!((f.pending, f.overdue), (7, 2));
        let empty = DigestFigures::compute(jpn, (f.week_start, f.week_end), 14, vec![], counts);
        assert_eq!((empty.median_days, empty.within_target), (None, None));
    }

    #[test]
    fn messages_keep_their_shape_in_storage() {
        let m = StaffMessage::Efficiency {
            economies: vec![EscalationCounts {
                economy: EconomyCode::parse("KOR").unwrap(),
                raised: 2,
                open: 5,
                oldest_due_on: Some(date!(2026 - 10 - 01)),
            }],
        };
        let json = serde_json::to_string(&m).unwrap();
        assert!(json.contains("\"kind\":\"efficiency\""), "{json}");
        assert_eq!(serde_json::from_str::<StaffMessage>(&json).unwrap(), m);
        assert_eq!(m.kind(), "escalation");
    }
}
