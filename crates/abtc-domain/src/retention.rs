//! Data retention: how long the personal data of finished records is kept, and what is left of a
//! record once it is purged. The purge keeps what the scheme's aggregates and audit need (states,
//! economies, dates, sex and employer size for the inclusivity figures, card numbers and forms)
//! and drops what identifies the person: names, birth details, passport, contact details,
//! employer, photo, free-text questions, reasons and notes.

use serde::{Deserialize, Serialize};

use crate::application::{Application, ApplicationForm};
use crate::card::Card;
use crate::error::DomainError;
use crate::passport::PassportNumber;
use crate::preclearance::PreClearance;

/// The shortest period any record type may be configured with: a typo (`3` for `365`) must not
/// purge records that someone is still working on.
pub const MIN_RETENTION_DAYS: u32 = 30;

/// Days after which each kind of finished record loses its personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RetentionPolicy {
    /// After the home economy's rejection.
    pub rejected_days: u32,
    /// After the applicant withdrew.
    pub withdrawn_days: u32,
    /// Drafts never submitted, after their last change.
    pub draft_days: u32,
    /// After the application's last card expired or was cancelled.
    pub ended_card_days: u32,
    /// Closed tickets, after their last activity: the messages go, the counts stay.
    pub closed_ticket_days: u32,
    /// Delivered inbox messages and sent mail records.
    pub message_days: u32,
}

impl Default for RetentionPolicy {
    fn default() -> Self {
        Self {
            rejected_days: 365,
            withdrawn_days: 365,
            draft_days: 180,
            ended_card_days: 730,
            closed_ticket_days: 730,
            message_days: 365,
        }
    }
}

impl RetentionPolicy {
    pub fn check(&self) -> Result<(), DomainError> {
        let all = [
            self.rejected_days,
            self.withdrawn_days,
            self.draft_days,
            self.ended_card_days,
            self.closed_ticket_days,
            self.message_days,
        ];
        if all.iter().any(|d| *d < MIN_RETENTION_DAYS) {
            return Err(DomainError::InvalidField {
                field: "retention",
                reason: "every retention period is at least 30 days",
            });
        }
        Ok(())
    }
}

/// Why a record was purged, as the audit record and the purge's summary name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PurgeRule {
    Rejected,
    Withdrawn,
    Draft,
    EndedCard,
}

impl PurgeRule {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Rejected => "rejected",
            Self::Withdrawn => "withdrawn",
            Self::Draft => "draft",
            Self::EndedCard => "ended_card",
        }
    }
}

/// What stands in for a purged passport number on a card: the card row stays for the issuance
/// figures, and its type needs a number.
pub fn purged_passport_number() -> Option<PassportNumber> {
    PassportNumber::parse("REMOVED").ok()
}

impl ApplicationForm {
    /// The form without personal data: only what the aggregates read (sex, trip frequency) and the
    /// consent given.
    pub fn purged(&self) -> ApplicationForm {
        ApplicationForm {
            sex: self.sex,
            trips_per_year: self.trips_per_year,
            average_trip_days: self.average_trip_days,
            consent_to_disclosure: self.consent_to_disclosure,
            priority_economies: self.priority_economies.clone(),
            ..ApplicationForm::default()
        }
    }
}

impl Application {
    /// Drops the personal data; the identifiers, states and dates stay.
    pub fn purge(&mut self) {
        self.form = self.form.purged();
        self.photo = None;
        self.open_question = None;
        self.rejection_reason = None;
    }
}

impl PreClearance {
    /// The deciding economy's note may name the person; the decision and its dates stay.
    pub fn purge(&mut self) {
        self.note = None;
    }
}

impl Card {
    pub fn purge(&mut self) {
        if let Some(n) = purged_passport_number() {
            self.passport_number = n;
        }
        self.status_reason = None;
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::application::Sex;
    use crate::name::MrzName;

    #[test]
    fn the_default_policy_is_valid_and_short_periods_are_refused() {
        assert!(RetentionPolicy::default().check().is_ok());
        let p = RetentionPolicy {
            rejected_days: 3,
            ..RetentionPolicy::default()
        };
        assert!(p.check().is_err());
    }

    #[test]
    fn a_purged_form_keeps_only_the_aggregates() {
        let form = ApplicationForm {
            family_name: MrzName::parse("LINDQVIST").ok(),
            sex: Some(Sex::F),
            trips_per_year: Some(12),
            ..ApplicationForm::default()
        };
        let purged = form.purged();
        assert_eq!(purged.family_name, None);
        assert_eq!(purged.sex, Some(Sex::F));
        assert_eq!(purged.trips_per_year, Some(12));
        assert!(purged_passport_number().is_some());
    }
}
