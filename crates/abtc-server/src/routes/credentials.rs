//! The virtual card on the server's side: the holder registers a device key and fetches the current
//! credential; verifiers download the trust list, the anchor and each issuer's status list, which
//! are public and cacheable (verification itself never calls the server).

use abtc_api::{CredentialResponse, DeviceKeyRequest};
use abtc_credential::verify as credential;
use abtc_domain::role::ApplicantScope;
use abtc_domain::{CardNumber, EconomyCode};
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine;

use crate::error::{ApiError, ApiResult};
use crate::extract::{case_access, ApiJson, Caller, Scoped};
use crate::issuance::{self, IssueError};
use crate::keyring::Keyring;
use crate::state::AppState;

/// Verifiers should refetch status lists this often.
const STATUS_MAX_AGE_SECONDS: u32 = 300;

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn parse_number(s: &str) -> ApiResult<CardNumber> {
    CardNumber::parse(s).map_err(|e| ApiError::unprocessable(e.code(), e.to_string()))
}

fn no_keys() -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        "no_signing_key",
        "the issuing economy has no document signer yet",
    )
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
        .ok_or_else(|| {
            ApiError::unprocessable(
                "invalid_device_key",
                "public_key must be a P-256 key, SEC1, base64url",
            )
        })?;
    state
        .store
        .register_device_key(&scope, &number, key, state.clock.now())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The card's current credential, signed by its economy's document signer (re-signed when close to
/// expiry; a new one, with the old revoked, whenever the card, its approvals or the device key change).
#[utoipa::path(get, path = "/api/v1/cards/{number}/credential", tag = "virtual card", params(("number" = String, Path)),
    responses((status = 200, body = CredentialResponse), (status = 404, body = abtc_api::ErrorBody), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn credential(
    State(state): State<AppState>,
    Caller(p): Caller,
    Path(number): Path<String>,
) -> ApiResult<Json<CredentialResponse>> {
    let access = case_access(&p)?;
    let number = parse_number(&number)?;
    let issued =
        issuance::current_credential(state.store.as_ref(), access, &number, state.clock.now())
            .await
            .map_err(issue_error)?;
    Ok(Json(CredentialResponse {
        qr: credential::qr_text(&issued.cose),
        credential: b64(&issued.cose),
        expires_at: issued.expires_at,
        status_index: issued.status_index,
        revision: issued.revision,
    }))
}

fn issue_error(e: IssueError) -> ApiError {
    match e {
        IssueError::Store(s) => s.into(),
        IssueError::CardNotActive => ApiError::new(
            StatusCode::CONFLICT,
            "card_not_active",
            "only an active card has a credential",
        ),
        IssueError::NoSigner => no_keys(),
        other => {
            tracing::error!(error = %other, "credential issuance failed");
            ApiError::internal()
        }
    }
}

fn cacheable(
    headers: &HeaderMap,
    etag: String,
    max_age: u32,
    content_type: &'static str,
    body: Vec<u8>,
) -> Response {
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
    let (version, signed) = state
        .store
        .latest_trust_list()
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(cacheable(
        &headers,
        format!("\"v{version}\""),
        3600,
        "application/cose",
        signed,
    ))
}

/// The trust anchor's certificate (DER), which verifiers pin.
#[utoipa::path(get, path = "/api/v1/trust-anchor", tag = "virtual card",
    responses((status = 200, content_type = "application/pkix-cert", body = Vec<u8>), (status = 404, body = abtc_api::ErrorBody)))]
pub async fn trust_anchor(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let ring = Keyring::load(state.store.as_ref())
        .await
        .map_err(|_| ApiError::internal())?;
    let anchor = ring.anchor.ok_or_else(ApiError::not_found)?;
    let etag = format!("\"{}\"", hex::encode(anchor.kid()));
    Ok(cacheable(
        &headers,
        etag,
        86_400,
        "application/pkix-cert",
        anchor.cert_der,
    ))
}

/// An issuing economy's status list: one bit per credential, set when revoked; signed by its document
/// signer. Verifiers download whole lists, so nobody learns which card was checked.
#[utoipa::path(get, path = "/api/v1/status-lists/{economy}", tag = "virtual card", params(("economy" = String, Path)),
    responses((status = 200, content_type = "application/cose", body = Vec<u8>), (status = 304), (status = 404, body = abtc_api::ErrorBody), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn status_list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(economy): Path<String>,
) -> ApiResult<Response> {
    let economy = EconomyCode::parse(&economy).map_err(|_| ApiError::not_found())?;
    state
        .store
        .economies()
        .await?
        .get(economy)
        .map_err(|_| ApiError::not_found())?;
    let (etag, signed) =
        issuance::signed_status_list(state.store.as_ref(), economy, state.clock.now())
            .await
            .map_err(issue_error)?;
    Ok(cacheable(
        &headers,
        etag,
        STATUS_MAX_AGE_SECONDS,
        "application/cose",
        signed,
    ))
}
