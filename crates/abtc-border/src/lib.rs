//! The border side of the APEC Business Travel Card: what an officer's desk or an unattended
//! kiosk needs to decide, offline, whether the traveller in front of it holds the passport a card
//! was issued against.
//!
//! Border points lose their network, so every decision here is a pure function: no I/O, no clock,
//! no randomness. Today's date, the card and the scanned zone are all parameters, which also makes
//! each rule testable on its own.

pub mod mrz;
pub mod names;

pub use mrz::{parse, Mrz, MrzDate, MrzError, MrzField, MrzFormat, Sex};
