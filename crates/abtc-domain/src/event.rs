//! Domain events: what happened to a case. They carry identifiers and codes, never personal data, so
//! they can feed the audit log, notifications and national systems' webhooks as they are.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::card_number::CardNumber;
use crate::economy::EconomyCode;
use crate::ids::ApplicationId;
use crate::preclearance::Decision;
use crate::role::Actor;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    ApplicationCreated,
    DraftUpdated,
    PhotoAttached,
    Submitted,
    ReviewStarted,
    InfoRequested,
    InfoProvided,
    Rejected,
    Withdrawn,
    HomeApproved {
        requests: u32,
    },
    PreClearanceRequested {
        economy: EconomyCode,
    },
    PreClearanceDecided {
        economy: EconomyCode,
        decision: Decision,
    },
    PreClearanceWithdrawn {
        economy: EconomyCode,
    },
    PreClearanceClosed {
        economy: EconomyCode,
    },
    IssueRequested,
    CardIssued {
        card: CardNumber,
        economies: Vec<EconomyCode>,
        renews: Option<CardNumber>,
    },
    CardEconomiesChanged {
        card: CardNumber,
        added: Vec<EconomyCode>,
        removed: Vec<EconomyCode>,
    },
    CardReplaced {
        old: CardNumber,
        new: CardNumber,
        reason: String,
    },
    CardCancelled {
        card: CardNumber,
        reason: String,
    },
    CardExpired {
        card: CardNumber,
    },
}

impl EventKind {
    /// A stable name for audit records, metrics and webhook subscriptions.
    pub fn name(&self) -> &'static str {
        match self {
            Self::ApplicationCreated => "application_created",
            Self::DraftUpdated => "draft_updated",
            Self::PhotoAttached => "photo_attached",
            Self::Submitted => "submitted",
            Self::ReviewStarted => "review_started",
            Self::InfoRequested => "info_requested",
            Self::InfoProvided => "info_provided",
            Self::Rejected => "rejected",
            Self::Withdrawn => "withdrawn",
            Self::HomeApproved { .. } => "home_approved",
            Self::PreClearanceRequested { .. } => "pre_clearance_requested",
            Self::PreClearanceDecided { .. } => "pre_clearance_decided",
            Self::PreClearanceWithdrawn { .. } => "pre_clearance_withdrawn",
            Self::PreClearanceClosed { .. } => "pre_clearance_closed",
            Self::IssueRequested => "issue_requested",
            Self::CardIssued { .. } => "card_issued",
            Self::CardEconomiesChanged { .. } => "card_economies_changed",
            Self::CardReplaced { .. } => "card_replaced",
            Self::CardCancelled { .. } => "card_cancelled",
            Self::CardExpired { .. } => "card_expired",
        }
    }

    /// The asked economy, for events that concern one pre-clearance request: that economy may see them.
    pub fn pre_clearance_economy(&self) -> Option<EconomyCode> {
        match self {
            Self::PreClearanceRequested { economy }
            | Self::PreClearanceDecided { economy, .. }
            | Self::PreClearanceWithdrawn { economy }
            | Self::PreClearanceClosed { economy } => Some(*economy),
            _ => None,
        }
    }

    /// Whether the applicant should be told (the notification outbox takes these).
    pub fn notifies_applicant(&self) -> bool {
        !matches!(
            self,
            Self::ApplicationCreated
                | Self::DraftUpdated
                | Self::PhotoAttached
                | Self::PreClearanceRequested { .. }
                | Self::PreClearanceClosed { .. }
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub application: ApplicationId,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub actor: Actor,
    pub kind: EventKind,
}
