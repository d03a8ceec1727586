//! The e-gate on the server, for kiosks that prefer not to embed `abtc-border` and for the kiosk
//! page: the same engine and the same rules as a kiosk's, fed with the server's published trust
//! list and the issuer's current status list. The server keeps no personal data from a decision;
//! it counts outcomes, reasons and compute time per economy (`GateStats`, Prometheus).

use std::sync::Arc;
use std::time::Instant;

use abtc_border::gate::{FaceMatcher, Gate, GateDecision, GateInput, GateStats};
use abtc_credential::status::StatusList;
use abtc_credential::trust::Trust;
use abtc_credential::verify::{self, Policy};
use abtc_domain::{Economy, EconomyCode};

use crate::issuance;
use crate::keyring::Keyring;
use crate::state::AppState;
use crate::{ServerConfig, StartError};

/// How long a status list stays acceptable after it was signed (the server signs a fresh one).
const STATUS_MAX_AGE: time::Duration = time::Duration::days(7);

/// Why the server cannot verify at all: its own configuration, never the traveller's input.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("no trust list has been published")]
    NoTrustList,
    #[error("the scheme's trust anchor is missing")]
    NoAnchor,
    #[error("the published trust list does not verify")]
    TrustList,
    #[error("storage: {0}")]
    Store(#[from] abtc_store::StoreError),
    #[error("the decision's task failed")]
    Task,
}

/// How long a verified trust list is reused before it is verified again (its certificates' validity
/// is checked at verification, so this bounds how late an expiry is noticed).
const TRUST_RECHECK: time::Duration = time::Duration::minutes(10);

/// The published trust list as last verified, kept between requests: verifying it needs the
/// anchor certificate, which means loading the keyring (every economy's keys), too much work to
/// repeat for each traveller. A newly published version is verified at its first use.
#[derive(Default)]
pub struct TrustCache(std::sync::Mutex<Option<VerifiedTrust>>);

struct VerifiedTrust {
    version: u64,
    verified_at: time::OffsetDateTime,
    trust: Trust,
}

impl TrustCache {
    fn get(&self, version: u64, now: time::OffsetDateTime) -> Option<Trust> {
        let cached = self.0.lock().ok()?;
        cached
            .as_ref()
            .filter(|c| c.version == version && now - c.verified_at < TRUST_RECHECK)
            .map(|c| c.trust.clone())
    }

    fn put(&self, version: u64, now: time::OffsetDateTime, trust: &Trust) {
        if let Ok(mut cached) = self.0.lock() {
            *cached = Some(VerifiedTrust {
                version,
                verified_at: now,
                trust: trust.clone(),
            });
        }
    }
}

/// The published trust list, verified against the anchor (or as verified within the last
/// minutes, see [`TrustCache`]).
async fn published_trust(state: &AppState) -> Result<Trust, RulesError> {
    let now = state.clock.now();
    let (version, signed) = state
        .store
        .latest_trust_list()
        .await?
        .ok_or(RulesError::NoTrustList)?;
    if let Some(trust) = state.trust.get(version, now) {
        return Ok(trust);
    }
    let ring = Keyring::load(state.store.as_ref())
        .await
        .map_err(|_| RulesError::NoAnchor)?;
    let anchor = ring.anchor.ok_or(RulesError::NoAnchor)?;
    let trust = Trust::verify(&signed, &anchor.cert_der, now).map_err(|e| {
        tracing::error!(error = %e, "the published trust list does not verify");
        RulesError::TrustList
    })?;
    state.trust.put(version, now, &trust);
    Ok(trust)
}

/// The published trust list (verified against the anchor) and the status list of the issuer the
/// QR text claims, as an offline verifier would hold them. The status list is signed afresh for
/// each call, so a revocation counts at once.
pub async fn verifier_rules(
    state: &AppState,
    qr_text: &str,
) -> Result<(Trust, Vec<StatusList>), RulesError> {
    let now = state.clock.now();
    let trust = published_trust(state).await?;
    // Only the issuer's list matters; an unreadable text is refused by `verify` anyway.
    let mut lists = Vec::new();
    if let Some(issuer) = claimed_issuer(qr_text) {
        if let Ok((_, bytes)) =
            issuance::signed_status_list(state.store.as_ref(), issuer, now).await
        {
            if let Ok(list) = StatusList::verify(&bytes, &trust, now, STATUS_MAX_AGE) {
                lists.push(list);
            }
        }
    }
    Ok((trust, lists))
}

/// The issuer a QR text claims (unverified: it only picks the status list to load).
fn claimed_issuer(text: &str) -> Option<EconomyCode> {
    let cose = abtc_credential::transport::decode(verify::PREFIX, text.trim()).ok()?;
    let sign1 = abtc_credential::cose::decode(&cose).ok()?;
    let payload = sign1.payload?;
    Some(
        abtc_credential::claims::Claims::from_cbor(&payload)
            .ok()?
            .issuer,
    )
}

/// Shares the server's one face matcher among the gates built per request.
struct SharedMatcher(Arc<dyn FaceMatcher + Send + Sync>);

impl FaceMatcher for SharedMatcher {
    fn compare(
        &self,
        live: &[u8],
        reference: &[u8],
    ) -> Result<abtc_border::gate::FaceMatch, abtc_border::gate::FaceError> {
        self.0.compare(live, reference)
    }
}

/// Decides at `economy`'s gate and counts the outcome. The server always has the issuer's status
/// list, so unlike an offline kiosk it requires one: revocation is always checked here.
pub async fn decide(
    state: &AppState,
    economy: &Economy,
    input: &GateInput<'_>,
) -> Result<GateDecision, RulesError> {
    let (trust, lists) = verifier_rules(state, input.qr).await?;
    let policy = Policy {
        require_status: true,
        ..Policy::for_economy(economy)
    };
    let mut gate = Gate::new(policy, trust, lists);
    if let Some(face) = &state.face {
        gate = gate.with_face_matcher(Box::new(SharedMatcher(face.clone())));
    }
    let now = state.clock.now();
    // The face step is CPU-bound for tens of milliseconds: off the async workers.
    let started = Instant::now();
    let decision = if input.live_face.is_some() && state.face.is_some() {
        let owned = OwnedInput::of(input);
        tokio::task::spawn_blocking(move || gate.decide(&owned.input(), now))
            .await
            .map_err(|_| RulesError::Task)?
    } else {
        gate.decide(input, now)
    };
    let elapsed = started.elapsed();
    record(state, economy.code, &decision, elapsed);
    Ok(decision)
}

/// The input moved into a blocking task.
struct OwnedInput {
    mrz: String,
    qr: String,
    live_face: Option<Vec<u8>>,
    chip_photo: Option<Vec<u8>>,
}

impl OwnedInput {
    fn of(input: &GateInput<'_>) -> Self {
        Self {
            mrz: input.mrz.to_owned(),
            qr: input.qr.to_owned(),
            live_face: input.live_face.map(<[u8]>::to_vec),
            chip_photo: input.chip_photo.map(<[u8]>::to_vec),
        }
    }

    fn input(&self) -> GateInput<'_> {
        GateInput {
            mrz: &self.mrz,
            qr: &self.qr,
            live_face: self.live_face.as_deref(),
            chip_photo: self.chip_photo.as_deref(),
        }
    }
}

fn record(
    state: &AppState,
    economy: EconomyCode,
    decision: &GateDecision,
    elapsed: std::time::Duration,
) {
    state
        .metrics
        .gate
        .with_label_values(&[economy.as_str(), decision.outcome.code()])
        .inc();
    state
        .metrics
        .gate_seconds
        .with_label_values(&[economy.as_str()])
        .observe(elapsed.as_secs_f64());
    if let Ok(mut stats) = state.gate_stats.lock() {
        stats.entry(economy).or_default().record(decision, elapsed);
    }
}

/// The economy's gate figures since the server started.
pub fn stats(state: &AppState, economy: EconomyCode) -> GateStats {
    state
        .gate_stats
        .lock()
        .ok()
        .and_then(|s| s.get(&economy).cloned())
        .unwrap_or_default()
}

/// The face matcher the configuration asks for: none without `face_models`; with it, the dlib
/// matcher when the server was built with the `face` feature, and a start-up error otherwise (a
/// gate that silently skipped the face step would be worse than one that does not start).
pub fn face_matcher(
    config: &ServerConfig,
) -> Result<Option<Arc<dyn FaceMatcher + Send + Sync>>, StartError> {
    let Some(dir) = &config.face_models else {
        return Ok(None);
    };
    load_matcher(dir, config.face_threshold)
}

#[cfg(feature = "face")]
fn load_matcher(
    dir: &std::path::Path,
    threshold: f32,
) -> Result<Option<Arc<dyn FaceMatcher + Send + Sync>>, StartError> {
    let matcher = abtc_face::DlibMatcher::load(dir, threshold)
        .map_err(|e| StartError::Face(e.to_string()))?;
    Ok(Some(Arc::new(matcher)))
}

#[cfg(not(feature = "face"))]
fn load_matcher(
    _dir: &std::path::Path,
    _threshold: f32,
) -> Result<Option<Arc<dyn FaceMatcher + Send + Sync>>, StartError> {
    Err(StartError::Face(
        "face_models is set but this server was built without the `face` feature".into(),
    ))
}
