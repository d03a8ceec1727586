//! The virtual card on the server's side: the holder registers a device key and fetches the current
//! credential; verifiers download the trust list, the anchor and each issuer's status list, which
//! are public and cacheable (verification itself never calls the server).

use abtc_api::{CredentialResponse, DeviceKeyRequest};
use abtc_credential::claims::{CardClaims, Claims};
use abtc_credential::status::StatusList;
use abtc_credential::verify as credential;
use abtc_domain::role::ApplicantScope;
use abtc_domain::{Card, CardNumber, EconomyCode};
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine;
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};

use crate::error::{ApiError, ApiResult};
use crate::extract::{case_access, ApiJson, Caller, Scoped};
use crate::keyring::Keyring;
use crate::state::AppState;

/// Credentials are short-lived: the wallet refreshes them when online.
pub const CREDENTIAL_TTL: Duration = Duration::hours(72);
/// A stored credential with less than this left is re-signed on the next fetch.
const REFRESH_BEFORE: Duration = Duration::hours(24);
/// Verifiers should refetch status lists this often.
const STATUS_MAX_AGE_SECONDS: u32 = 300;

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn parse_number(s: &str) -> ApiResult<CardNumber> {
    CardNumber::parse(s).map_err(|e| ApiError::unprocessable(e.code(), e.to_string()))
}

fn no_keys() -> ApiError {
    ApiError::new(StatusCode::CONFLICT, "no_signing_key", "the issuing economy has no document signer yet")
}

/// Registers the wallet's device key; credentials issued from now on are bound to it and earlier
/// ones are revoked.
#[utoipa::path(put, path = "/api/v1/cards/{number}/device-key", tag = "virtual card", params(("number" = String, Path)),
    request_body = DeviceKeyRequest,
    responses((status = 204), (status = 404, body = abtc_api::ErrorBody), (status = 422, body = abtc_api::ErrorBody)))]
pub async fn register_device_key(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<ApplicantScope>,
    Path(number): Path<String>,
    ApiJson(req): ApiJson<DeviceKeyRequest>,
) -> ApiResult<StatusCode> {
    let number = parse_number(&number)?;
    let key = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(req.public_key.trim().trim_end_matches('='))
        .ok()
        .filter(|k| p256::PublicKey::from_sec1_bytes(k).is_ok())
        .ok_or_else(|| ApiError::unprocessable("invalid_device_key", "public_key must be a P-256 key, SEC1, base64url"))?;
    state
        .store
        .register_device_key(&scope, &number, key, state.clock.now())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

fn claims_for(card: &Card, case: &abtc_domain::Case, device_key: Option<Vec<u8>>, status_index: u64, now: OffsetDateTime) -> ApiResult<Claims> {
    let form = &case.application.form;
    let family = form.family_name.as_ref().ok_or_else(ApiError::internal)?;
    let passport = form.passport.as_ref().ok_or_else(ApiError::internal)?;
    let end_of_card = (card.expires_on + Duration::days(1)).midnight().assume_utc();
    Ok(Claims {
        issuer: card.home,
        issued_at: now,
        expires_at: (now + CREDENTIAL_TTL).min(end_of_card),
        card: CardClaims {
            card_number: card.number.to_string(),
            family_name: family.as_str().to_owned(),
            given_names: form.given_names.as_ref().map(|g| g.as_str().to_owned()),
            native_name: form.native_name.as_ref().map(|n| n.as_str().to_owned()),
            sex: match form.sex {
                Some(abtc_domain::Sex::F) => "F",
                Some(abtc_domain::Sex::M) => "M",
                _ => "X",
            }
            .to_owned(),
            date_of_birth: form.date_of_birth.ok_or_else(ApiError::internal)?,
            nationality: passport.issuing_state,
            passport_number: card.passport_number.to_string(),
            passport_expires_on: card.passport_expires_on,
            card_expires_on: card.expires_on,
            economies: card.economies.iter().copied().collect(),
            status_index,
            device_key,
        },
    })
}

/// The card's current credential, signed by its economy's document signer (re-signed when close to
/// expiry; a new one, with the old revoked, whenever the card, its approvals or the device key change).
#[utoipa::path(get, path = "/api/v1/cards/{number}/credential", tag = "virtual card", params(("number" = String, Path)),
    responses((status = 200, body = CredentialResponse), (status = 404, body = abtc_api::ErrorBody), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn credential(State(state): State<AppState>, Caller(p): Caller, Path(number): Path<String>) -> ApiResult<Json<CredentialResponse>> {
    let access = case_access(&p)?;
    let number = parse_number(&number)?;
    let now = state.clock.now();
    let card = state.store.card(access, &number).await?;
    if !card.is_active() || card.is_due_to_expire(now.date()) {
        return Err(ApiError::new(StatusCode::CONFLICT, "card_not_active", "only an active card has a credential"));
    }
    let device_key = state.store.device_key(access, &number).await?;
    let hash = device_key.as_ref().map(|k| hex::encode(Sha256::digest(k))).unwrap_or_default();
    let slot = state.store.credential_slot(access, &number, card.revision, &hash).await?;
    let (cose, expires_at) = match slot.issued {
        Some((cose, exp)) if exp - now > REFRESH_BEFORE => (cose, exp),
        _ => {
            let case = state.store.case(access, card.application).await?;
            let claims = claims_for(&card, &case, device_key, slot.status_index, now)?;
            let ring = Keyring::load(state.store.as_ref()).await.map_err(|e| {
                tracing::error!(error = %e, "keyring unreadable");
                ApiError::internal()
            })?;
            let signer = ring.signers.get(&card.home).ok_or_else(no_keys)?;
            let cose = credential::issue(&claims, signer).map_err(|e| {
                tracing::error!(error = %e, "credential signing failed");
                ApiError::internal()
            })?;
            state
                .store
                .put_credential(&number, card.revision, &hash, cose.clone(), claims.expires_at)
                .await?;
            (cose, claims.expires_at)
        }
    };
    Ok(Json(CredentialResponse {
        qr: credential::qr_text(&cose),
        credential: b64(&cose),
        expires_at,
        status_index: slot.status_index,
        revision: card.revision,
    }))
}

fn cacheable(headers: &HeaderMap, etag: String, max_age: u32, content_type: &'static str, body: Vec<u8>) -> Response {
    let matches = headers
        .get(IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
    let mut res = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(CONTENT_TYPE, content_type)], body).into_response()
    };
    if let Ok(v) = HeaderValue::from_str(&etag) {
        res.headers_mut().insert(ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("public, max-age={max_age}")) {
        res.headers_mut().insert(CACHE_CONTROL, v);
    }
    res
}

/// The scheme's trust list (COSE_Sign1 over CBOR), signed by the trust anchor.
#[utoipa::path(get, path = "/api/v1/trust-list", tag = "virtual card",
    responses((status = 200, content_type = "application/cose", body = Vec<u8>), (status = 304), (status = 404, body = abtc_api::ErrorBody)))]
pub async fn trust_list(State(state): State<AppState>, headers: HeaderMap) -> ApiResult<Response> {
    let (version, signed) = state.store.latest_trust_list().await?.ok_or_else(ApiError::not_found)?;
    Ok(cacheable(&headers, format!("\"v{version}\""), 3600, "application/cose", signed))
}

/// The trust anchor's certificate (DER), which verifiers pin.
#[utoipa::path(get, path = "/api/v1/trust-anchor", tag = "virtual card",
    responses((status = 200, content_type = "application/pkix-cert", body = Vec<u8>), (status = 404, body = abtc_api::ErrorBody)))]
pub async fn trust_anchor(State(state): State<AppState>, headers: HeaderMap) -> ApiResult<Response> {
    let ring = Keyring::load(state.store.as_ref()).await.map_err(|_| ApiError::internal())?;
    let anchor = ring.anchor.ok_or_else(ApiError::not_found)?;
    let etag = format!("\"{}\"", hex::encode(anchor.kid()));
    Ok(cacheable(&headers, etag, 86_400, "application/pkix-cert", anchor.cert_der))
}

/// An issuing economy's status list: one bit per credential, set when revoked; signed by its document
/// signer. Verifiers download whole lists, so nobody learns which card was checked.
#[utoipa::path(get, path = "/api/v1/status-lists/{economy}", tag = "virtual card", params(("economy" = String, Path)),
    responses((status = 200, content_type = "application/cose", body = Vec<u8>), (status = 304), (status = 404, body = abtc_api::ErrorBody), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn status_list(State(state): State<AppState>, headers: HeaderMap, Path(economy): Path<String>) -> ApiResult<Response> {
    let economy = EconomyCode::parse(&economy).map_err(|_| ApiError::not_found())?;
    state.store.economies().await?.get(economy).map_err(|_| ApiError::not_found())?;
    let revoked = state.store.revoked_indices(economy).await?;
    let mut digest = Sha256::new();
    for i in &revoked {
        digest.update(i.to_be_bytes());
    }
    let etag = format!("\"{}\"", hex::encode(digest.finalize().get(..12).unwrap_or_default()));
    let ring = Keyring::load(state.store.as_ref()).await.map_err(|_| ApiError::internal())?;
    let signer = ring.signers.get(&economy).ok_or_else(no_keys)?;
    let mut list = StatusList::new(economy, 1024, state.clock.now());
    for i in revoked {
        let i = usize::try_from(i).map_err(|_| ApiError::internal())?;
        list.set(i, true).map_err(|_| ApiError::internal())?;
    }
    let signed = list.sign(signer).map_err(|_| ApiError::internal())?;
    Ok(cacheable(&headers, etag, STATUS_MAX_AGE_SECONDS, "application/cose", signed))
}
