//! The e-gate's decision engine: a kiosk scans the passport's machine-readable zone and the
//! virtual card's QR code (and, optionally, takes a live photo to compare with the passport chip's),
//! and the gate either opens for pre-cleared entry or refers the traveller to an officer, saying
//! why.
//!
//! Why a [`Gate`] value and a pure [`Gate::decide`]: the kiosk has no network at the moment of
//! decision. It loads its rules once — the verified trust list, the verified status lists, its
//! economy's [`Policy`](abtc_credential::verify::Policy) and optionally a [`FaceMatcher`] — and
//! then each decision is a function of the scans and the time the kiosk passes in: no I/O, no
//! clock, no randomness, no panics on any input. The same engine can therefore run in a kiosk, behind a server route, or in a test.
//!
//! The checks, all run and all reported in a fixed order (see [`GateReason`]):
//! 1. the zone must read (every check digit) — `mrz_invalid`, naming the field;
//! 2. the card must verify for this economy ([`abtc_credential::verify::verify`]): `admit` can
//!    open, `lane_only` refers with `lane_only`, `refer` refers with the credential's reason;
//! 3. zone and card must describe the same person and passport (only for a card whose signature
//!    verified): passport number, nationality, date of birth, names (ICAO transliteration);
//! 4. the passport and the card must be in date;
//! 5. when both images are given and the gate has a matcher: the faces must match.

mod decision;
mod face;
mod reasons;
mod stats;

use std::fmt;

use abtc_credential::claims::CardClaims;
use abtc_credential::status::StatusList;
use abtc_credential::trust::Trust;
use abtc_credential::verify::{self, Policy, Reason, Verdict};
use abtc_domain::{Economy, EconomyCode};
use time::{Date, OffsetDateTime};

pub use decision::{GateDecision, GateOutcome};
pub use face::{FaceError, FaceImage, FaceMatch, FaceMatcher, FaceResult};
pub use reasons::GateReason;
pub use stats::{GateStats, GateStatsSnapshot, LatencyStats, LATENCY_BOUNDS_US};

use crate::mrz::{Mrz, MrzDate};

/// What the kiosk scanned for one traveller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GateInput<'a> {
    /// The passport's zone, as the reader hands it over (see [`crate::parse`]).
    pub mrz: &'a str,
    /// The virtual card's QR text, as scanned (`ABTC1:...`).
    pub qr: &'a str,
    /// The gate camera's image of the traveller (encoded, e.g. JPEG).
    pub live_face: Option<&'a [u8]>,
    /// The photo read from the passport's chip (encoded, e.g. JPEG).
    pub chip_photo: Option<&'a [u8]>,
}

impl<'a> GateInput<'a> {
    /// The two documents, without images (the face step is then not checked).
    pub fn new(mrz: &'a str, qr: &'a str) -> Self {
        Self {
            mrz,
            qr,
            live_face: None,
            chip_photo: None,
        }
    }

    /// Adds the live image and the chip photo for the face step.
    pub fn with_faces(self, live_face: &'a [u8], chip_photo: &'a [u8]) -> Self {
        Self {
            live_face: Some(live_face),
            chip_photo: Some(chip_photo),
            ..self
        }
    }
}

/// One economy's e-gate: the rules loaded at start-up (or on refresh), used for every decision.
pub struct Gate {
    policy: Policy,
    trust: Trust,
    status: Vec<StatusList>,
    face: Option<Box<dyn FaceMatcher + Send + Sync>>,
}

impl fmt::Debug for Gate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gate")
            .field("policy", &self.policy)
            .field("trust_version", &self.trust.version())
            .field("status_lists", &self.status.len())
            .field("face_matcher", &self.face.is_some())
            .finish()
    }
}

impl Gate {
    /// A gate deciding under `policy`, with a trust list and status lists already verified (as
    /// `abtc verify` loads them: [`Trust::verify`] against the pinned anchor, each list with
    /// [`StatusList::verify`]). No face matcher: add one with [`Gate::with_face_matcher`].
    pub fn new(policy: Policy, trust: Trust, status: Vec<StatusList>) -> Self {
        Self {
            policy,
            trust,
            status,
            face: None,
        }
    }

    /// A gate with the default policy of `economy`'s scheme record ([`Policy::for_economy`]).
    pub fn for_economy(economy: &Economy, trust: Trust, status: Vec<StatusList>) -> Self {
        Self::new(Policy::for_economy(economy), trust, status)
    }

    /// Compares faces when both images are given.
    pub fn with_face_matcher(mut self, matcher: Box<dyn FaceMatcher + Send + Sync>) -> Self {
        self.face = Some(matcher);
        self
    }

    pub fn economy(&self) -> EconomyCode {
        self.policy.economy
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    pub fn trust(&self) -> &Trust {
        &self.trust
    }

    pub fn status_lists(&self) -> &[StatusList] {
        &self.status
    }

    pub fn has_face_matcher(&self) -> bool {
        self.face.is_some()
    }

    /// A newer verified trust list, when the kiosk gets one.
    pub fn replace_trust(&mut self, trust: Trust) {
        self.trust = trust;
    }

    /// Newer verified status lists, when the kiosk gets them.
    pub fn replace_status(&mut self, status: Vec<StatusList>) {
        self.status = status;
    }

    /// Decides for one traveller at `now` (the kiosk's trusted time; "today" is `now.date()` in
    /// `now`'s offset, so pass the border's local time). Never fails and never panics: any input
    /// gets a decision.
    pub fn decide(&self, input: &GateInput<'_>, now: OffsetDateTime) -> GateDecision {
        let today = now.date();
        let mut reasons = Vec::new();

        let mrz = match crate::mrz::parse(input.mrz) {
            Ok(mrz) => Some(mrz),
            Err(error) => {
                reasons.push(GateReason::from_mrz_error(&error));
                None
            }
        };

        let card_outcome = verify::verify(input.qr, &self.trust, &self.status, &self.policy, now);
        // Only a card whose signature verified is ever decoded here, so the comparisons below never
        // trust an unsigned claim.
        let card = card_outcome.card.as_ref();
        let card_expired = card.is_some_and(|c| c.card_expires_on < today);
        match card_outcome.verdict {
            Verdict::Admit => {}
            Verdict::LaneOnly => reasons.push(GateReason::LaneOnly),
            Verdict::Refer => reasons.push(GateReason::from_card_reason(
                card_outcome.reason.unwrap_or(Reason::Malformed),
                card_expired,
            )),
        }

        if let (Some(mrz), Some(card)) = (mrz.as_ref(), card) {
            compare(mrz, card, today, &mut reasons);
        }
        if let Some(mrz) = mrz.as_ref() {
            if !in_date(mrz.date_of_expiry, today) {
                reasons.push(GateReason::PassportExpired);
            }
        }
        if card_expired {
            reasons.push(GateReason::CardExpired);
        }

        let face = self.face_step(input, &mut reasons);

        // One fixed order whatever the order of the checks above, each reason once.
        reasons.sort_by_key(rank);
        reasons.dedup();

        let open = reasons.is_empty() && card_outcome.verdict == Verdict::Admit;
        GateDecision {
            outcome: if open {
                GateOutcome::Open
            } else {
                GateOutcome::ReferToOfficer
            },
            stay_days: if open { card_outcome.stay_days } else { None },
            reasons,
            economy: self.policy.economy,
            card_verdict: card_outcome.verdict,
            status_checked: card_outcome.status_checked,
            proof: card_outcome.proof.map(|p| p.as_str()),
            face,
        }
    }

    fn face_step(&self, input: &GateInput<'_>, reasons: &mut Vec<GateReason>) -> FaceResult {
        let (Some(matcher), Some(live), Some(reference)) =
            (self.face.as_deref(), input.live_face, input.chip_photo)
        else {
            return FaceResult::NotChecked;
        };
        match matcher.compare(live, reference) {
            Ok(m) if m.is_match => FaceResult::Matched {
                distance: m.distance,
            },
            Ok(m) => {
                reasons.push(GateReason::FaceMismatch);
                FaceResult::NotMatched {
                    distance: m.distance,
                }
            }
            Err(error) => {
                reasons.push(GateReason::from_face_error(error));
                FaceResult::Error { error }
            }
        }
    }
}

/// The reason's place in the report order: its code's place in [`GateReason::CODES`].
fn rank(reason: &GateReason) -> usize {
    let code = reason.code();
    GateReason::CODES
        .iter()
        .position(|c| *c == code)
        .unwrap_or(GateReason::CODES.len())
}

/// Zone against card: the same passport, nationality, birth date and names.
fn compare(mrz: &Mrz, card: &CardClaims, today: Date, reasons: &mut Vec<GateReason>) {
    if document_number(&mrz.document_number) != document_number(&card.passport_number) {
        reasons.push(GateReason::PassportMismatch);
    }
    if !same_nationality(&mrz.nationality, card.nationality.as_str()) {
        reasons.push(GateReason::NationalityMismatch);
    }
    if !same_birth_date(mrz.date_of_birth, card.date_of_birth, today) {
        reasons.push(GateReason::BirthDateMismatch);
    }
    // The card keeps names in zone form (`<` between parts); the transliteration reads Latin text
    // with spaces, so the fillers become spaces first.
    let family = card.family_name.replace('<', " ");
    let given = card
        .given_names
        .as_deref()
        .unwrap_or_default()
        .replace('<', " ");
    if !mrz.names_match_card(&family, &given) {
        reasons.push(GateReason::NameMismatch);
    }
}

/// Whether the zone's nationality is the card's. The codes are ICAO's, with one exception the
/// scheme needs: Hong Kong, China's passports (HKSAR passports) carry `CHN` as issuing state and
/// nationality, while the scheme files their holders under the economy `HKG`, so a card saying
/// `HKG` also matches a zone saying `CHN`. Not the reverse: a card saying `CHN` was issued against
/// a mainland passport. The passport number, compared on its own, still ties the card to the one
/// passport it was issued against.
fn same_nationality(zone: &str, card: &str) -> bool {
    let zone = zone.trim();
    zone.eq_ignore_ascii_case(card)
        || (card.eq_ignore_ascii_case("HKG") && zone.eq_ignore_ascii_case("CHN"))
}

/// A document number without fillers or spaces, in upper case.
fn document_number(text: &str) -> String {
    text.chars()
        .filter(|c| *c != '<' && !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The zone's two-digit birth date read as the latest century not in the future
/// ([`MrzDate::birth_date`]); a holder over a hundred also matches when the zone's digits name the
/// card's own date in the card's century.
fn same_birth_date(zone: MrzDate, card: Date, today: Date) -> bool {
    if zone.birth_date(today) == Some(card) {
        return true;
    }
    let century = card.year() - card.year().rem_euclid(100);
    card <= today && zone.in_century(century) == Some(card)
}

/// A document is valid through its expiry date. A date the zone cannot place (29 February of a
/// year that is not a leap year) does not count as in date.
fn in_date(expiry: MrzDate, today: Date) -> bool {
    expiry.expiry_date(today).is_some_and(|date| date >= today)
}
