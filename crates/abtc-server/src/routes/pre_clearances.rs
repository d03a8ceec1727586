//! The asked economy's side: its queue, the fields it needs to decide, decisions one by one or in
//! batches, and withdrawal of an approval.

use abtc_api::{
    BatchDecisionRequest, BatchDecisionResponse, BatchResultItem, DecisionRequest, Event,
    ItemError, PreClearanceView, WithdrawApprovalRequest,
};
use abtc_domain::role::PreClearanceScope;
use abtc_domain::views::Page;
use abtc_domain::{EconomyCode, PreClearanceId, PreClearanceStatus};
use abtc_store::{BatchItem, IdempotencyKey, PreClearanceAction, PreClearanceFilter};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::error::{ApiError, ApiResult};
use crate::extract::{parse_json, ApiJson, ApiQuery, Scoped};
use crate::state::AppState;

pub const MAX_BATCH: usize = 1000;

fn parse_id(s: &str) -> ApiResult<PreClearanceId> {
    PreClearanceId::parse(s).map_err(|_| ApiError::not_found())
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct QueueQuery {
    /// pending (default), approved, declined, withdrawn or closed.
    pub status: Option<String>,
    /// Only requests past this economy's target days.
    #[serde(default)]
    pub overdue: bool,
    /// Only requests from this home economy.
    pub home: Option<String>,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

/// The caller's economy's pre-clearance queue, oldest due date (so overdue) first.
#[utoipa::path(get, path = "/api/v1/pre-clearances", tag = "pre-clearance", params(QueueQuery),
    responses((status = 200, body = Object), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn queue(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<PreClearanceScope>,
    ApiQuery(q): ApiQuery<QueueQuery>,
) -> ApiResult<Json<Page<PreClearanceView>>> {
    let status = q
        .status
        .as_deref()
        .map(PreClearanceStatus::parse)
        .transpose()
        .map_err(|_| ApiError::bad_request("invalid_query", "unknown pre-clearance status"))?;
    let home = q
        .home
        .as_deref()
        .map(EconomyCode::parse)
        .transpose()
        .map_err(|_| ApiError::bad_request("invalid_query", "home must be an economy code"))?;
    let filter = PreClearanceFilter {
        status,
        overdue_only: q.overdue,
        home,
        search: None,
        page: q.page.unwrap_or(1),
        per_page: q.per_page.unwrap_or(50),
    };
    Ok(Json(
        state
            .store
            .pre_clearance_queue(&scope, filter, state.clock.now())
            .await?,
    ))
}

/// One request addressed to the caller's economy.
#[utoipa::path(get, path = "/api/v1/pre-clearances/{id}", tag = "pre-clearance", params(("id" = String, Path)),
    responses((status = 200, body = Object), (status = 404, body = abtc_api::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<PreClearanceScope>,
    Path(id): Path<String>,
) -> ApiResult<Json<PreClearanceView>> {
    Ok(Json(
        state
            .store
            .pre_clearance(&scope, parse_id(&id)?, state.clock.now())
            .await?,
    ))
}

/// The applicant's photo, for identity checks.
#[utoipa::path(get, path = "/api/v1/pre-clearances/{id}/photo", tag = "pre-clearance", params(("id" = String, Path)),
    responses((status = 200, content_type = "image/jpeg", body = Vec<u8>), (status = 404, body = abtc_api::ErrorBody)))]
pub async fn photo(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<PreClearanceScope>,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let bytes = state
        .store
        .pre_clearance_photo(&scope, parse_id(&id)?, state.clock.now())
        .await?;
    Ok(([(CONTENT_TYPE, "image/jpeg")], bytes))
}

/// This request's history (only the caller's economy's own events).
#[utoipa::path(get, path = "/api/v1/pre-clearances/{id}/history", tag = "pre-clearance", params(("id" = String, Path)),
    responses((status = 200, body = Vec<Object>), (status = 404, body = abtc_api::ErrorBody)))]
pub async fn history(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<PreClearanceScope>,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<Event>>> {
    Ok(Json(
        state
            .store
            .pre_clearance_history(&scope, parse_id(&id)?, state.clock.now())
            .await?,
    ))
}

/// Approves or declines. A request already decided answers 409.
#[utoipa::path(post, path = "/api/v1/pre-clearances/{id}/decision", tag = "pre-clearance", params(("id" = String, Path)),
    request_body = DecisionRequest,
    responses((status = 200, body = Object), (status = 404, body = abtc_api::ErrorBody), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn decide(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<PreClearanceScope>,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<DecisionRequest>,
) -> ApiResult<Json<PreClearanceView>> {
    let action = PreClearanceAction::Decide {
        decision: req.decision,
        note: req.note,
    };
    let view = state
        .store
        .execute_pre_clearance(&scope, parse_id(&id)?, action, state.clock.now())
        .await?;
    count_decision(&state, scope.economy(), view.status);
    Ok(Json(view))
}

pub(crate) fn count_decision(state: &AppState, economy: EconomyCode, status: PreClearanceStatus) {
    state
        .metrics
        .decisions
        .with_label_values(&[economy.as_str(), status.as_str()])
        .inc();
}

/// Withdraws an approval; the holder's card stops listing the economy.
#[utoipa::path(post, path = "/api/v1/pre-clearances/{id}/withdraw", tag = "pre-clearance", params(("id" = String, Path)),
    request_body = WithdrawApprovalRequest,
    responses((status = 200, body = Object), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn withdraw(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<PreClearanceScope>,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<WithdrawApprovalRequest>,
) -> ApiResult<Json<PreClearanceView>> {
    let action = PreClearanceAction::WithdrawApproval { note: req.note };
    Ok(Json(
        state
            .store
            .execute_pre_clearance(&scope, parse_id(&id)?, action, state.clock.now())
            .await?,
    ))
}

fn idempotency_key(headers: &HeaderMap, body: &[u8]) -> ApiResult<Option<IdempotencyKey>> {
    let Some(v) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let key = v
        .to_str()
        .ok()
        .map(str::trim)
        .filter(|k| !k.is_empty() && k.len() <= 255 && k.chars().all(|c| c.is_ascii_graphic()))
        .ok_or_else(|| {
            ApiError::bad_request(
                "invalid_idempotency_key",
                "Idempotency-Key must be 1 to 255 visible ASCII characters",
            )
        })?;
    Ok(Some(IdempotencyKey {
        key: key.to_owned(),
        request_hash: hex::encode(Sha256::digest(body)),
    }))
}

/// Up to 1000 decisions with a result for each. With an `Idempotency-Key`, a retried request gets
/// the first answer back and decides nothing.
#[utoipa::path(post, path = "/api/v1/pre-clearances/decisions", tag = "pre-clearance",
    request_body = BatchDecisionRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "makes retries safe")),
    responses((status = 200, body = BatchDecisionResponse), (status = 413, body = abtc_api::ErrorBody), (status = 422, body = abtc_api::ErrorBody)))]
pub async fn batch(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<PreClearanceScope>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<impl IntoResponse> {
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !content_type.starts_with("application/json") {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send the body as application/json",
        ));
    }
    let key = idempotency_key(&headers, &body)?;
    let req: BatchDecisionRequest = parse_json(&body)?;
    if req.decisions.is_empty() {
        return Err(ApiError::unprocessable(
            "empty_batch",
            "send at least one decision",
        ));
    }
    if req.decisions.len() > MAX_BATCH {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "batch_too_large",
            "at most 1000 decisions per request",
        ));
    }
    let items = req
        .decisions
        .into_iter()
        .map(|d| BatchItem {
            id: d.id,
            decision: d.decision,
            note: d.note,
        })
        .collect();
    let outcome = state
        .store
        .decide_batch(&scope, items, key, state.clock.now())
        .await?;
    if !outcome.replayed {
        for r in outcome.results.iter().filter(|r| r.ok) {
            if let Some(s) = r.status {
                count_decision(&state, scope.economy(), s);
            }
        }
    }
    let results = outcome
        .results
        .into_iter()
        .map(|r| BatchResultItem {
            id: r.id,
            ok: r.ok,
            status: r.status,
            error: r.error_code.map(|code| ItemError {
                code,
                message: r.error_message.unwrap_or_default(),
            }),
        })
        .collect();
    Ok(Json(BatchDecisionResponse {
        results,
        replayed: outcome.replayed,
    }))
}
