//! The credential crate for the browser: the wallet (device proofs, QR) and the border's offline
//! verifier run the very code the server and `abtc verify` run, so a verdict reached in a browser
//! with no network is the one the CLI would print.
//!
//! The logic is plain Rust returning `Result<_, String>`, unit-tested natively; the
//! `#[wasm_bindgen]` items in [`bindings`] only convert JavaScript values (numbers of seconds, byte
//! arrays) and turn errors into `JsError`, which exists only inside a JavaScript engine.
//!
//! Time is always the caller's: the page passes `Date.now() / 1000`.

use abtc_credential::claims::Claims;
use abtc_credential::status::StatusList;
use abtc_credential::trust::Trust;
use abtc_credential::verify::{self, Policy, Report, PREFIX};
use abtc_credential::{cose, device, qr};
use abtc_domain::{Economies, EconomyCode};
use serde::Serialize;
use time::{Duration, OffsetDateTime};

pub mod bindings;

/// Status lists older than this are refused as stale (as `abtc verify` does): a verifier that has
/// been offline for longer checks revocation no more, and says so (`status_checked: false`).
pub const STATUS_MAX_AGE: Duration = Duration::days(7);

/// The instant `unix_seconds` (fractions dropped), as JavaScript's `Date.now() / 1000` gives it.
pub fn time_at(unix_seconds: f64) -> Result<OffsetDateTime, String> {
    // Beyond the range of `OffsetDateTime` (years -9999..=9999) by far, and within i64's.
    const LIMIT: f64 = 1e12;
    if !unix_seconds.is_finite() || unix_seconds.abs() > LIMIT {
        return Err(format!("not a time: {unix_seconds}"));
    }
    OffsetDateTime::from_unix_timestamp(unix_seconds.floor() as i64)
        .map_err(|_| format!("time out of range: {unix_seconds}"))
}

/// The verifying economy's rules as the APEC default scheme sets them (as `abtc verify` does).
pub fn policy_for(economy: &str, require_proof: bool) -> Result<Policy, String> {
    let unknown = || format!("unknown economy code {economy:?}");
    let code = EconomyCode::parse(economy).map_err(|_| unknown())?;
    let economies = Economies::apec_default();
    let record = economies.get(code).map_err(|_| unknown())?;
    let mut policy = Policy::for_economy(record);
    policy.require_device_proof = require_proof;
    Ok(policy)
}

/// The border's state between checks: the verified trust list and the issuers' status lists.
#[derive(Debug)]
pub struct OfflineVerifier {
    trust: Trust,
    status: Vec<StatusList>,
}

impl OfflineVerifier {
    /// `trust_list` is the signed list as downloaded; `anchor_der` the pinned anchor certificate.
    pub fn new(trust_list: &[u8], anchor_der: &[u8], now: OffsetDateTime) -> Result<Self, String> {
        let trust = Trust::verify(trust_list, anchor_der, now)
            .map_err(|e| format!("the trust list does not verify against the anchor: {e}"))?;
        Ok(Self {
            trust,
            status: Vec::new(),
        })
    }

    pub fn trust_version(&self) -> u64 {
        self.trust.version()
    }

    /// Adds an issuer's signed status list; returns the issuer's code. Of two lists from one
    /// issuer the newer is kept, so pages may add them in any order.
    pub fn add_status_list(&mut self, bytes: &[u8], now: OffsetDateTime) -> Result<String, String> {
        let list = StatusList::verify(bytes, &self.trust, now, STATUS_MAX_AGE)
            .map_err(|e| format!("the status list does not verify: {e}"))?;
        let issuer = list.issuer.as_str().to_owned();
        match self.status.iter_mut().find(|l| l.issuer == list.issuer) {
            Some(held) if held.issued_at >= list.issued_at => {}
            Some(held) => *held = list,
            None => self.status.push(list),
        }
        Ok(issuer)
    }

    /// The verdict for the QR text at the border of `economy`. An unknown economy is an error;
    /// anything wrong with the QR text is a `refer` verdict with its reason.
    pub fn verify(
        &self,
        qr_text: &str,
        economy: &str,
        now: OffsetDateTime,
        require_proof: bool,
    ) -> Result<Report, String> {
        let policy = policy_for(economy, require_proof)?;
        let outcome = verify::verify(qr_text.trim(), &self.trust, &self.status, &policy, now);
        Ok(Report::new(&outcome, policy.economy))
    }

    /// [`OfflineVerifier::verify`] as the JSON object `abtc verify --json` prints.
    pub fn verify_json(
        &self,
        qr_text: &str,
        economy: &str,
        now: OffsetDateTime,
        require_proof: bool,
    ) -> Result<String, String> {
        let report = self.verify(qr_text, economy, now, require_proof)?;
        to_json(&report)
    }
}

/// Through `serde_json::Value`, so the keys come out in the same order as the CLI's.
fn to_json<T: Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_value(value)
        .and_then(|v| serde_json::to_string(&v))
        .map_err(|e| format!("cannot encode the result: {e}"))
}

/// Of the codes found in one picture, the credential if there is one (a phone screen may show
/// other codes beside it).
fn pick(found: Vec<String>) -> Option<String> {
    let credential = found.iter().position(|t| t.starts_with(PREFIX));
    match credential {
        Some(i) => found.into_iter().nth(i),
        None => found.into_iter().next(),
    }
}

/// The QR text in an RGBA picture (a camera frame or an image drawn on a canvas), if any.
pub fn decode_rgba(width: u32, height: u32, rgba: &[u8]) -> Result<Option<String>, String> {
    let w = usize::try_from(width).map_err(|_| "image too large".to_owned())?;
    let h = usize::try_from(height).map_err(|_| "image too large".to_owned())?;
    let expected = w
        .checked_mul(h)
        .and_then(|n| n.checked_mul(4))
        .ok_or_else(|| "image too large".to_owned())?;
    if rgba.len() != expected {
        return Err(format!(
            "{} bytes is not a {width} x {height} RGBA image",
            rgba.len()
        ));
    }
    let found = qr::decode_luma(w, h, &qr::rgba_to_luma(rgba)).map_err(|e| e.to_string())?;
    Ok(pick(found))
}

/// The QR text in a PNG file, if any.
pub fn decode_png(bytes: &[u8]) -> Result<Option<String>, String> {
    qr::decode_png(bytes).map(pick).map_err(|e| e.to_string())
}

/// What the wallet's device key signs to prove presence at `now`: the credential's digest and the
/// current 30-second step. The wallet signs it with WebCrypto (ECDSA P-256, SHA-256) and passes
/// the signature to [`present`] with the same `now`.
pub fn proof_message(credential: &[u8], now: OffsetDateTime) -> Result<Vec<u8>, String> {
    let sign1 = cose::decode(credential).map_err(|e| e.to_string())?;
    Ok(device::proof_message(
        &cose::issuer_signed_digest(&sign1),
        device::time_step(now),
    ))
}

/// The QR text the wallet shows: the credential with the device's signature of
/// [`proof_message`] for `now`. The proof is checked against the credential's device key before
/// it is shown, so a wallet whose key no longer matches its credential (the card was bound to
/// another device since) hears so at once instead of showing a code every border refers.
pub fn present(credential: &[u8], now: OffsetDateTime, signature: &[u8]) -> Result<String, String> {
    let signature: [u8; 64] = signature.try_into().map_err(|_| {
        format!(
            "the device signature must be 64 bytes (r || s), not {}",
            signature.len()
        )
    })?;
    let step = device::time_step(now);
    let proved =
        device::attach_signature(credential, step, signature).map_err(|e| e.to_string())?;
    let sign1 = cose::decode(&proved).map_err(|e| e.to_string())?;
    let claims = claims_of(sign1.payload.as_deref())?;
    match device::check_proof(
        &sign1,
        claims.card.device_key.as_deref(),
        now,
        device::DEFAULT_WINDOW,
    ) {
        device::ProofStatus::Fresh => Ok(verify::qr_text(&proved)),
        _ => Err("the device key does not match the credential".into()),
    }
}

/// The credential's QR text without a device proof ("static"; each economy decides whether to
/// accept it).
pub fn static_qr(credential: &[u8]) -> Result<String, String> {
    cose::decode(credential).map_err(|e| e.to_string())?;
    Ok(verify::qr_text(credential))
}

/// The QR code of `text` as an SVG document.
pub fn qr_svg(text: &str) -> Result<String, String> {
    qr::to_svg(text).map_err(|e| e.to_string())
}

/// The claims of a decoded credential (its payload).
fn claims_of(payload: Option<&[u8]>) -> Result<Claims, String> {
    let payload = payload.ok_or_else(|| "the credential has no payload".to_owned())?;
    Claims::from_cbor(payload).map_err(|e| e.to_string())
}

/// What the wallet shows of its card while offline. The issuer's signature is not checked: this
/// is the holder's own credential, fetched from the issuer; borders check it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CardView {
    pub card_number: String,
    pub family_name: String,
    pub given_names: Option<String>,
    pub native_name: Option<String>,
    pub nationality: String,
    pub card_expires_on: String,
    pub economies: Vec<String>,
    pub iss: String,
    /// When this credential (not the card) expires, in Unix seconds: the wallet must be online
    /// again before then.
    pub exp: i64,
}

pub fn card_view(credential: &[u8]) -> Result<CardView, String> {
    let sign1 = cose::decode(credential).map_err(|e| e.to_string())?;
    let claims = claims_of(sign1.payload.as_deref())?;
    let card = claims.card;
    Ok(CardView {
        card_number: card.card_number,
        family_name: card.family_name,
        given_names: card.given_names,
        native_name: card.native_name,
        nationality: card.nationality.as_str().to_owned(),
        card_expires_on: card.card_expires_on.to_string(),
        economies: card
            .economies
            .iter()
            .map(|e| e.as_str().to_owned())
            .collect(),
        iss: claims.issuer.as_str().to_owned(),
        exp: claims.expires_at.unix_timestamp(),
    })
}

/// [`card_view`] as JSON.
pub fn card_claims(credential: &[u8]) -> Result<String, String> {
    to_json(&card_view(credential)?)
}

#[cfg(test)]
mod tests;
