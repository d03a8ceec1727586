//! Device proofs against screenshots and copies. The wallet holds a non-extractable key whose public
//! half is in the credential; each QR it shows carries a fresh signature over the credential's digest
//! and the current 30-second time step, in an unprotected COSE header (so the issuer's signature is
//! untouched). A copy stops verifying once its time step falls out of the verifier's window.

use ciborium::Value;
use coset::CoseSign1;
use time::{Duration, OffsetDateTime};

use crate::cose;
use crate::error::CredResult;
use crate::keys::verify_es256;

/// Private-use unprotected header carrying `[time step, signature]`.
pub const HEADER_DEVICE_PROOF: i64 = -65_538;
pub const TIME_STEP_SECONDS: i64 = 30;
/// Verifiers accept proofs this old by default (two time steps).
pub const DEFAULT_WINDOW: Duration = Duration::seconds(60);
const DOMAIN: &[u8] = b"ABTC-DEVICE-PROOF-1";

/// The device: gets the proof message, returns a raw r||s ES256 signature (WebCrypto's format).
pub type DeviceSigner<'a> = &'a dyn Fn(&[u8]) -> CredResult<[u8; 64]>;

pub fn time_step(at: OffsetDateTime) -> i64 {
    at.unix_timestamp().div_euclid(TIME_STEP_SECONDS)
}

/// What the device signs: a domain tag, the credential digest and the time step.
pub fn proof_message(digest: &[u8; 32], step: i64) -> Vec<u8> {
    let mut m = Vec::with_capacity(DOMAIN.len() + 32 + 8);
    m.extend_from_slice(DOMAIN);
    m.extend_from_slice(digest);
    m.extend_from_slice(&step.to_be_bytes());
    m
}

/// Adds a fresh proof to a credential (COSE_Sign1 bytes). `sign` is the device: it gets the message
/// and returns a raw r||s ES256 signature (WebCrypto's format).
pub fn attach_proof(
    credential: &[u8],
    now: OffsetDateTime,
    sign: DeviceSigner<'_>,
) -> CredResult<Vec<u8>> {
    let sign1 = cose::decode(credential)?;
    let step = time_step(now);
    let sig = sign(&proof_message(&cose::issuer_signed_digest(&sign1), step))?;
    attach_signature(credential, step, sig)
}

/// Adds a proof whose signature was made elsewhere: the browser's wallet signs [`proof_message`]
/// with its non-extractable WebCrypto key, asynchronously, so it cannot be a [`DeviceSigner`].
/// `step` must be the time step the signed message was built with. The signature is not checked
/// here ([`check_proof`] does that).
pub fn attach_signature(credential: &[u8], step: i64, signature: [u8; 64]) -> CredResult<Vec<u8>> {
    let value = Value::Array(vec![
        Value::Integer(step.into()),
        Value::Bytes(signature.to_vec()),
    ]);
    cose::with_unprotected(credential, HEADER_DEVICE_PROOF, value)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProofStatus {
    /// Signed by the credential's device key within the window.
    Fresh,
    /// No proof: a "static" credential (each verifying economy decides whether to accept it).
    Missing,
    /// A proof from another time: a screenshot or a replay.
    Stale,
    /// A proof that does not verify with the credential's device key (a copied credential).
    WrongKey,
}

/// Checks the proof on a decoded credential against its device key.
pub fn check_proof(
    sign1: &CoseSign1,
    device_key: Option<&[u8]>,
    now: OffsetDateTime,
    window: Duration,
) -> ProofStatus {
    let Some(value) = cose::unprotected_private(sign1, HEADER_DEVICE_PROOF) else {
        return ProofStatus::Missing;
    };
    let Some(key) = device_key else {
        return ProofStatus::WrongKey;
    };
    let parsed = match value {
        Value::Array(items) => match items.as_slice() {
            [Value::Integer(step), Value::Bytes(sig)] => {
                i64::try_from(i128::from(*step)).ok().map(|s| (s, sig))
            }
            _ => None,
        },
        _ => None,
    };
    let Some((step, sig)) = parsed else {
        return ProofStatus::WrongKey;
    };
    let message = proof_message(&cose::issuer_signed_digest(sign1), step);
    if verify_es256(key, &message, sig).is_err() {
        return ProofStatus::WrongKey;
    }
    let now_step = time_step(now);
    let max_age_steps = window.whole_seconds().div_euclid(TIME_STEP_SECONDS).max(0);
    // One step of clock skew into the future is tolerated; the past is bounded by the window.
    if step > now_step + 1 || now_step - step > max_age_steps {
        return ProofStatus::Stale;
    }
    ProofStatus::Fresh
}

impl ProofStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Fresh => "fresh",
            Self::Missing => "static",
            Self::Stale => "stale",
            Self::WrongKey => "wrong_key",
        }
    }
}

/// For callers that hold the device key as a [`crate::keys::SigningKey`] (tests, the CLI's demo wallet).
pub fn signer(key: &crate::keys::SigningKey) -> impl Fn(&[u8]) -> CredResult<[u8; 64]> + '_ {
    move |m| Ok(key.sign(m))
}
