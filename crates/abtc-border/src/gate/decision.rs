//! What the gate decided, as one record a kiosk acts on, logs, counts, and a server route returns.
//! It holds codes and the card's verdict, never the traveller's data.

use abtc_credential::verify::Verdict;
use abtc_domain::EconomyCode;
use serde::Serialize;

use super::face::FaceResult;
use super::reasons::GateReason;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GateOutcome {
    /// Every check passed: the gate opens for pre-cleared entry.
    Open,
    /// At least one check failed: the traveller goes to an officer, with the reasons.
    ReferToOfficer,
}

impl GateOutcome {
    /// Stable identifier; never reworded.
    pub fn code(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::ReferToOfficer => "refer_to_officer",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GateDecision {
    pub outcome: GateOutcome,
    /// Every failed check, in a fixed order (see [`GateReason`]); empty exactly when open.
    pub reasons: Vec<GateReason>,
    /// The stay granted, when open (the economy's pre-cleared stay).
    pub stay_days: Option<u16>,
    /// The economy deciding.
    pub economy: EconomyCode,
    /// The virtual card's verdict for this economy, as `abtc_credential::verify` gave it.
    pub card_verdict: Verdict,
    /// Whether the issuer's status list was consulted (revocation checked).
    pub status_checked: bool,
    /// The device proof's status code (`fresh`, `static`, `stale`, `wrong_key`), when the card got
    /// that far.
    pub proof: Option<&'static str>,
    pub face: FaceResult,
}

impl GateDecision {
    pub fn is_open(&self) -> bool {
        self.outcome == GateOutcome::Open
    }

    /// The reasons' codes, in order.
    pub fn reason_codes(&self) -> Vec<&'static str> {
        self.reasons.iter().map(GateReason::code).collect()
    }
}
