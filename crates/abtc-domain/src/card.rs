//! Cards: what the holder carries and the border reads. A card lists only economies that approved.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use time::macros::date;
use time::{Date, OffsetDateTime};

use crate::application::add_years;
use crate::card_number::CardNumber;
use crate::economy::EconomyCode;
use crate::error::DomainError;
use crate::ids::{AccountId, ApplicationId};
use crate::passport::PassportNumber;
use crate::text::ShortText;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardStatus {
    Active,
    Replaced,
    Cancelled,
    Lost,
    Expired,
}

impl CardStatus {
    pub const ALL: [CardStatus; 5] = [
        Self::Active,
        Self::Replaced,
        Self::Cancelled,
        Self::Lost,
        Self::Expired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Replaced => "replaced",
            Self::Cancelled => "cancelled",
            Self::Lost => "lost",
            Self::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or(DomainError::InvalidField {
                field: "status",
                reason: "unknown card status",
            })
    }
}

/// Why a card was replaced by a new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ReplacementReason {
    NewPassport {
        number: PassportNumber,
        issued_on: Date,
        expires_on: Date,
    },
    /// A lost or stolen card is replaced on a police report.
    Lost { police_report: ShortText },
    /// Approvals changed since the card was printed (the free replacement of the priority policy).
    ChangeOfApprovals,
}

impl ReplacementReason {
    pub fn code(&self) -> &'static str {
        match self {
            Self::NewPassport { .. } => "new_passport",
            Self::Lost { .. } => "lost",
            Self::ChangeOfApprovals => "change_of_approvals",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CancellationReason {
    /// The holder left the employer the card was issued for.
    LeftEmployer,
    HolderRequest,
    /// A renewal's new card was issued.
    Renewal,
    /// The home economy found the holder no longer eligible.
    NoLongerEligible,
}

impl CancellationReason {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LeftEmployer => "left_employer",
            Self::HolderRequest => "holder_request",
            Self::Renewal => "renewal",
            Self::NoLongerEligible => "no_longer_eligible",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    pub number: CardNumber,
    pub application: ApplicationId,
    pub holder: AccountId,
    pub home: EconomyCode,
    pub passport_number: PassportNumber,
    pub passport_expires_on: Date,
    pub issued_on: Date,
    pub expires_on: Date,
    /// The economies that pre-cleared the holder, as printed (or shown, for the virtual card).
    pub economies: BTreeSet<EconomyCode>,
    pub status: CardStatus,
    pub is_virtual: bool,
    pub replaces: Option<CardNumber>,
    pub replaced_by: Option<CardNumber>,
    /// Bumped each time the live card's economies change in place (virtual-immediate issuance,
    /// withdrawals), so that holders and verifiers can tell versions apart.
    pub revision: u32,
    pub status_reason: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// Cards issued before September 2015 were valid for three years; since then, five.
pub fn validity_years(issued_on: Date) -> i32 {
    if issued_on < date!(2015 - 09 - 01) {
        3
    } else {
        5
    }
}

/// The card's expiry: the scheme's validity from issue, never beyond the passport's expiry.
pub fn card_expiry(issued_on: Date, passport_expires_on: Date) -> Date {
    add_years(issued_on, validity_years(issued_on)).min(passport_expires_on)
}

impl Card {
    pub fn is_active(&self) -> bool {
        self.status == CardStatus::Active
    }

    fn end(
        &mut self,
        status: CardStatus,
        reason: String,
        now: OffsetDateTime,
    ) -> Result<(), DomainError> {
        if !self.is_active() {
            return Err(DomainError::CardNotActive);
        }
        self.status = status;
        self.status_reason = Some(reason);
        self.updated_at = now;
        Ok(())
    }

    pub fn cancel(
        &mut self,
        reason: CancellationReason,
        now: OffsetDateTime,
    ) -> Result<(), DomainError> {
        self.end(CardStatus::Cancelled, reason.as_str().to_owned(), now)
    }

    pub fn expire(&mut self, now: OffsetDateTime) -> Result<(), DomainError> {
        self.end(CardStatus::Expired, "expired".to_owned(), now)
    }

    pub fn mark_replaced(
        &mut self,
        by: CardNumber,
        reason: &ReplacementReason,
        now: OffsetDateTime,
    ) -> Result<(), DomainError> {
        let status = match reason {
            ReplacementReason::Lost { .. } => CardStatus::Lost,
            _ => CardStatus::Replaced,
        };
        self.end(status, reason.code().to_owned(), now)?;
        self.replaced_by = Some(by);
        Ok(())
    }

    pub fn is_due_to_expire(&self, today: Date) -> bool {
        self.is_active() && today >= self.expires_on
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_rules() {
        assert_eq!(validity_years(date!(2015 - 08 - 31)), 3);
        assert_eq!(validity_years(date!(2015 - 09 - 01)), 5);
        assert_eq!(
            card_expiry(date!(2024 - 01 - 10), date!(2040 - 01 - 01)),
            date!(2029 - 01 - 10)
        );
        assert_eq!(
            card_expiry(date!(2024 - 01 - 10), date!(2026 - 05 - 01)),
            date!(2026 - 05 - 01)
        );
        assert_eq!(
            card_expiry(date!(2014 - 01 - 10), date!(2040 - 01 - 01)),
            date!(2017 - 01 - 10)
        );
    }
}
