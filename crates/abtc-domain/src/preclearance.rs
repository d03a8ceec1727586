//! One economy's answer to one application: the unit the scheme's 21 economies work through.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::economy::EconomyCode;
use crate::error::DomainError;
use crate::ids::{ApplicationId, PreClearanceId};
use crate::text::LongText;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PreClearanceStatus {
    Pending,
    Approved,
    Declined,
    /// An approval the economy later took back.
    Withdrawn,
    /// Closed undecided because the card ended (cancelled, replaced away, expired) first.
    Closed,
}

impl PreClearanceStatus {
    pub const ALL: [PreClearanceStatus; 5] = [
        Self::Pending,
        Self::Approved,
        Self::Declined,
        Self::Withdrawn,
        Self::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Declined => "declined",
            Self::Withdrawn => "withdrawn",
            Self::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or(DomainError::InvalidField {
                field: "status",
                reason: "unknown pre-clearance status",
            })
    }

    /// The economy has given its answer (a withdrawal follows an answer).
    pub fn responded(self) -> bool {
        matches!(self, Self::Approved | Self::Declined | Self::Withdrawn)
    }

    pub fn may_become(self, next: PreClearanceStatus) -> bool {
        use PreClearanceStatus::*;
        self == next
            || matches!(
                (self, next),
                (Pending, Approved)
                    | (Pending, Declined)
                    | (Pending, Closed)
                    | (Approved, Withdrawn)
            )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Approve,
    Decline,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreClearance {
    pub id: PreClearanceId,
    pub application: ApplicationId,
    /// The economy asked.
    pub economy: EconomyCode,
    /// The applicant's home economy (which asked).
    pub home: EconomyCode,
    pub status: PreClearanceStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub requested_at: OffsetDateTime,
    /// Requested date plus the asked economy's target days: past it, the request is overdue.
    pub due_on: Date,
    #[serde(with = "time::serde::rfc3339::option")]
    pub decided_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub withdrawn_at: Option<OffsetDateTime>,
    /// The deciding economy's internal note; never shown to other economies.
    pub note: Option<LongText>,
}

impl PreClearance {
    pub fn decide(
        &mut self,
        decision: Decision,
        note: Option<LongText>,
        now: OffsetDateTime,
    ) -> Result<(), DomainError> {
        match self.status {
            PreClearanceStatus::Pending => {
                self.status = match decision {
                    Decision::Approve => PreClearanceStatus::Approved,
                    Decision::Decline => PreClearanceStatus::Declined,
                };
                self.decided_at = Some(now);
                self.note = note;
                Ok(())
            }
            PreClearanceStatus::Closed => Err(DomainError::RequestClosed),
            _ => Err(DomainError::AlreadyDecided),
        }
    }

    pub fn withdraw(
        &mut self,
        note: Option<LongText>,
        now: OffsetDateTime,
    ) -> Result<(), DomainError> {
        match self.status {
            PreClearanceStatus::Approved => {
                self.status = PreClearanceStatus::Withdrawn;
                self.withdrawn_at = Some(now);
                if note.is_some() {
                    self.note = note;
                }
                Ok(())
            }
            _ => Err(DomainError::NotApproved),
        }
    }

    pub fn is_overdue(&self, today: Date) -> bool {
        self.status == PreClearanceStatus::Pending && today > self.due_on
    }
}
