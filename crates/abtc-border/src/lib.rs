//! The border side of the APEC Business Travel Card: what an officer's desk or an unattended
//! kiosk needs to decide, offline, whether the traveller in front of it holds the passport a card
//! was issued against.
//!
//! Border points lose their network, so every decision here is a pure function: no I/O, no clock,
//! no randomness. Today's date, the card and the scanned zone are all parameters, which also makes
//! each rule testable on its own.

/// The e-gate's decision: the passport's zone, the virtual card's QR and (optionally) a face
/// comparison, combined into "open" or "refer to an officer" with every reason why. It lives here,
/// beside the zone parser, because a kiosk must decide with no network: the gate holds the rules
/// it was given at start-up (trust list, status lists, its economy's policy) and each decision is
/// a pure function of the scans and the time the kiosk passes in.
pub mod gate;
pub mod mrz;
pub mod names;

pub use gate::{
    FaceError, FaceImage, FaceMatch, FaceMatcher, FaceResult, Gate, GateDecision, GateInput,
    GateOutcome, GateReason, GateStats,
};
pub use mrz::{parse, Mrz, MrzDate, MrzError, MrzField, MrzFormat, Sex};
