//! The border's question, answered offline: given the QR text, the last trust list and status lists,
//! and the verifying economy, is the card good here? Any input, of any bytes, gets a verdict.

use abtc_domain::{Economy, EconomyCode, Membership};
use serde::Serialize;
use time::{Duration, OffsetDateTime};

use crate::claims::{CardClaims, Claims};
use crate::device::{check_proof, ProofStatus, DEFAULT_WINDOW};
use crate::error::CredentialError;
use crate::pki::CertifiedKey;
use crate::status::StatusList;
use crate::trust::Trust;
use crate::{cose, device, transport};

/// The QR text's prefix for the virtual ABTC (HCERT uses `HC1:`).
pub const PREFIX: &str = "ABTC1:";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Valid and pre-cleared for this economy: visa-free business entry for the stay days shown.
    Admit,
    /// Valid, but not pre-cleared here (or this economy is transitional): the APEC lane only.
    LaneOnly,
    /// Send to an officer, for the reason given.
    Refer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Malformed,
    UnknownIssuer,
    BadSignature,
    Expired,
    Revoked,
    StaleProof,
    MissingProof,
    /// This economy does not accept the virtual card.
    NotAccepted,
    /// No current status list for the issuer and this verifier requires one.
    StatusUnavailable,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Malformed => "malformed",
            Self::UnknownIssuer => "unknown_issuer",
            Self::BadSignature => "bad_signature",
            Self::Expired => "expired",
            Self::Revoked => "revoked",
            Self::StaleProof => "stale_proof",
            Self::MissingProof => "missing_proof",
            Self::NotAccepted => "not_accepted",
            Self::StatusUnavailable => "status_unavailable",
        }
    }
}

/// What the verifying economy's rules are, from its scheme record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub economy: EconomyCode,
    pub full_member: bool,
    pub stay_days: Option<u16>,
    pub accepts_virtual_card: bool,
    /// Refuse "static" credentials (no device proof).
    pub require_device_proof: bool,
    pub proof_window: Duration,
    /// Refuse when there is no status list for the issuer.
    pub require_status: bool,
}

impl Policy {
    pub fn for_economy(e: &Economy) -> Self {
        Self {
            economy: e.code,
            full_member: e.membership == Membership::Full,
            stay_days: e.stay_days,
            accepts_virtual_card: e.accepts_virtual_card,
            require_device_proof: false,
            proof_window: DEFAULT_WINDOW,
            require_status: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub verdict: Verdict,
    pub reason: Option<Reason>,
    pub issuer: Option<EconomyCode>,
    pub card: Option<CardClaims>,
    pub stay_days: Option<u16>,
    pub proof: Option<ProofStatus>,
    pub status_checked: bool,
}

impl Outcome {
    fn refer(reason: Reason) -> Self {
        Self {
            verdict: Verdict::Refer,
            reason: Some(reason),
            issuer: None,
            card: None,
            stay_days: None,
            proof: None,
            status_checked: false,
        }
    }
}

/// The outcome as one flat record, for machines and for the border officer's screen: the CLI's
/// `abtc verify --json` and the browser's offline verifier both print exactly this, so a result read
/// offline and one read by the tool agree field for field. Dates are `YYYY-MM-DD`; codes are the
/// stable strings of [`Verdict`], [`Reason::as_str`] and [`ProofStatus::as_str`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub verdict: Verdict,
    pub reason: Option<Reason>,
    pub verifying_economy: String,
    pub issuer: Option<String>,
    pub card_number: Option<String>,
    /// As in the passport's machine-readable zone (`<` between parts).
    pub family_name: Option<String>,
    pub given_names: Option<String>,
    pub native_name: Option<String>,
    pub sex: Option<String>,
    pub date_of_birth: Option<String>,
    pub nationality: Option<String>,
    pub passport_number: Option<String>,
    pub passport_expires_on: Option<String>,
    pub card_expires_on: Option<String>,
    pub economies: Option<Vec<String>>,
    pub stay_days: Option<u16>,
    pub proof: Option<&'static str>,
    pub status_checked: bool,
}

impl Report {
    pub fn new(outcome: &Outcome, verifying_economy: EconomyCode) -> Self {
        let card = outcome.card.as_ref();
        Self {
            verdict: outcome.verdict,
            reason: outcome.reason,
            verifying_economy: verifying_economy.as_str().to_owned(),
            issuer: outcome.issuer.map(|e| e.as_str().to_owned()),
            card_number: card.map(|c| c.card_number.clone()),
            family_name: card.map(|c| c.family_name.clone()),
            given_names: card.and_then(|c| c.given_names.clone()),
            native_name: card.and_then(|c| c.native_name.clone()),
            sex: card.map(|c| c.sex.clone()),
            date_of_birth: card.map(|c| c.date_of_birth.to_string()),
            nationality: card.map(|c| c.nationality.as_str().to_owned()),
            passport_number: card.map(|c| c.passport_number.clone()),
            passport_expires_on: card.map(|c| c.passport_expires_on.to_string()),
            card_expires_on: card.map(|c| c.card_expires_on.to_string()),
            economies: card.map(|c| c.economies.iter().map(|e| e.as_str().to_owned()).collect()),
            stay_days: outcome.stay_days,
            proof: outcome.proof.map(ProofStatus::as_str),
            status_checked: outcome.status_checked,
        }
    }
}

/// Signs a credential with an economy's document signer.
pub fn issue(claims: &Claims, dsc: &CertifiedKey) -> Result<Vec<u8>, CredentialError> {
    let kid = cose::kid_for_certificate(&dsc.cert_der);
    cose::sign_es256(&dsc.key, &kid, claims.to_cbor()?)
}

/// The QR text of a credential (without a device proof: "static").
pub fn qr_text(credential: &[u8]) -> String {
    transport::encode(PREFIX, credential)
}

/// The QR text the wallet shows: the credential with a fresh device proof.
pub fn present(
    credential: &[u8],
    now: OffsetDateTime,
    sign: device::DeviceSigner<'_>,
) -> Result<String, CredentialError> {
    Ok(qr_text(&device::attach_proof(credential, now, sign)?))
}

pub fn verify(
    qr: &str,
    trust: &Trust,
    status: &[StatusList],
    policy: &Policy,
    now: OffsetDateTime,
) -> Outcome {
    let Ok(bytes) = transport::decode(PREFIX, qr) else {
        return Outcome::refer(Reason::Malformed);
    };
    let Ok(sign1) = cose::decode(&bytes) else {
        return Outcome::refer(Reason::Malformed);
    };
    let Some(kid) = cose::kid(&sign1) else {
        return Outcome::refer(Reason::UnknownIssuer);
    };
    let signers = trust.signers(&kid);
    if signers.is_empty() {
        return Outcome::refer(Reason::UnknownIssuer);
    }
    let Some(signer) = signers
        .iter()
        .find(|s| cose::verify_with_certificate(&sign1, &s.cert.der).is_ok())
    else {
        return Outcome::refer(Reason::BadSignature);
    };
    let Some(claims) = sign1
        .payload
        .as_deref()
        .and_then(|p| Claims::from_cbor(p).ok())
    else {
        return Outcome::refer(Reason::Malformed);
    };
    // The signer must belong to the economy the credential says issued it, and must have been valid
    // when it signed (a retired signer's credentials stay good until they expire).
    if claims.issuer != signer.economy {
        return Outcome::refer(Reason::BadSignature);
    }
    if claims.issued_at < signer.cert.not_before || claims.issued_at > signer.cert.not_after {
        return Outcome::refer(Reason::BadSignature);
    }
    let mut out = Outcome {
        verdict: Verdict::Refer,
        reason: None,
        issuer: Some(claims.issuer),
        card: Some(claims.card.clone()),
        stay_days: None,
        proof: None,
        status_checked: false,
    };
    let refer = |mut o: Outcome, r: Reason| {
        o.reason = Some(r);
        o
    };
    if now > claims.expires_at
        || now.date() > claims.card.card_expires_on
        || claims.issued_at > now + Duration::minutes(5)
    {
        return refer(out, Reason::Expired);
    }
    match status.iter().find(|s| s.issuer == claims.issuer) {
        Some(list) => {
            out.status_checked = true;
            if list.is_revoked(usize::try_from(claims.card.status_index).unwrap_or(usize::MAX)) {
                return refer(out, Reason::Revoked);
            }
        }
        None if policy.require_status => return refer(out, Reason::StatusUnavailable),
        None => {}
    }
    let proof = check_proof(
        &sign1,
        claims.card.device_key.as_deref(),
        now,
        policy.proof_window,
    );
    out.proof = Some(proof);
    match proof {
        ProofStatus::Fresh => {}
        ProofStatus::Missing if !policy.require_device_proof => {}
        ProofStatus::Missing => return refer(out, Reason::MissingProof),
        ProofStatus::Stale | ProofStatus::WrongKey => return refer(out, Reason::StaleProof),
    }
    if !policy.accepts_virtual_card {
        return refer(out, Reason::NotAccepted);
    }
    if policy.full_member && claims.card.economies.contains(&policy.economy) {
        out.verdict = Verdict::Admit;
        out.stay_days = policy.stay_days;
    } else {
        out.verdict = Verdict::LaneOnly;
    }
    out
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;
    use crate::testkit::sample_claims;
    use time::macros::datetime;

    const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
    const JPN: EconomyCode = EconomyCode::from_static(b"JPN");

    #[test]
    fn report_fields_and_codes() {
        let now = datetime!(2026-03-01 12:00 UTC);
        let claims = sample_claims(TWN, &[JPN], None, now).unwrap();
        let outcome = Outcome {
            verdict: Verdict::LaneOnly,
            reason: None,
            issuer: Some(TWN),
            card: Some(claims.card),
            stay_days: None,
            proof: Some(ProofStatus::Missing),
            status_checked: true,
        };
        let v = serde_json::to_value(Report::new(&outcome, JPN)).unwrap();
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        let mut expected = vec![
            "verdict",
            "reason",
            "verifying_economy",
            "issuer",
            "card_number",
            "family_name",
            "given_names",
            "native_name",
            "sex",
            "date_of_birth",
            "nationality",
            "passport_number",
            "passport_expires_on",
            "card_expires_on",
            "economies",
            "stay_days",
            "proof",
            "status_checked",
        ];
        expected.sort_unstable();
        assert_eq!(keys, expected);
        assert_eq!(v["verdict"], "lane_only");
        assert_eq!(v["proof"], "static");
        assert_eq!(v["date_of_birth"], "1980-05-17");
        assert_eq!(v["economies"], serde_json::json!(["JPN"]));
        assert_eq!(v["native_name"], "陳大文");

        // A referral with nothing decoded: every card field is null; reasons print as `as_str`.
        for reason in [
            Reason::Malformed,
            Reason::UnknownIssuer,
            Reason::BadSignature,
            Reason::Expired,
            Reason::Revoked,
            Reason::StaleProof,
            Reason::MissingProof,
            Reason::NotAccepted,
            Reason::StatusUnavailable,
        ] {
            let v = serde_json::to_value(Report::new(&Outcome::refer(reason), JPN)).unwrap();
            assert_eq!(v["reason"], reason.as_str());
            assert_eq!(v["verdict"], "refer");
            assert!(v["card_number"].is_null() && v["economies"].is_null());
            assert_eq!(v["status_checked"], false);
        }
    }
}
