//! Unauthenticated routes: health, readiness, metrics, the member list and the public tracker.

use std::net::{IpAddr, SocketAddr};
use std::time::Instant;

use abtc_api::{Economy, Health, PublicStatus};
use abtc_domain::Reference;
use axum::extract::{ConnectInfo, FromRequestParts, Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// The client's address (loopback when the server runs without connection info, as in unit tests).
pub struct ClientIp(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip())
                .unwrap_or(IpAddr::from([127, 0, 0, 1])),
        ))
    }
}

pub fn rate_limited(state: &AppState, ip: &ClientIp) -> ApiResult<()> {
    if state.limiter.allow(ip.0, Instant::now()) {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "too many requests from your address; wait a minute",
        ))
    }
}

/// Liveness: the process answers.
#[utoipa::path(get, path = "/api/v1/health", tag = "operations", responses((status = 200, body = Health)))]
pub async fn health() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        backend: None,
    })
}

/// Readiness: the database answers.
#[utoipa::path(get, path = "/api/v1/ready", tag = "operations",
    responses((status = 200, body = Health), (status = 503, body = abtc_api::ErrorBody)))]
pub async fn ready(State(state): State<AppState>) -> ApiResult<Json<Health>> {
    state.store.ping().await.map_err(|_| {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "not_ready",
            "the database does not answer",
        )
    })?;
    Ok(Json(Health {
        status: "ready".into(),
        backend: Some(state.store.backend().into()),
    }))
}

/// Prometheus metrics in the text exposition format.
#[utoipa::path(get, path = "/metrics", tag = "operations", responses((status = 200, description = "Prometheus text format", body = String)))]
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    if let Ok(n) = state.store.outbox_pending().await {
        state
            .metrics
            .outbox_pending
            .set(i64::try_from(n).unwrap_or(i64::MAX));
    }
    (
        [(CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
}

/// The scheme's member economies and their settings.
#[utoipa::path(get, path = "/api/v1/economies", tag = "economies", responses((status = 200, body = Vec<Object>)))]
pub async fn economies(State(state): State<AppState>) -> ApiResult<impl IntoResponse> {
    let list: Vec<Economy> = state.store.economies().await?.iter().cloned().collect();
    Ok(([(CACHE_CONTROL, "public, max-age=60")], Json(list)))
}

/// Where an application stands, by its public reference: stages and counts, nothing personal.
#[utoipa::path(get, path = "/api/v1/status/{reference}", tag = "public",
    params(("reference" = String, Path, example = "ABTC-7K2M-9XQ4")),
    responses((status = 200, body = Object), (status = 404, body = abtc_api::ErrorBody), (status = 429, body = abtc_api::ErrorBody)))]
pub async fn public_status(
    State(state): State<AppState>,
    ip: ClientIp,
    Path(reference): Path<String>,
) -> ApiResult<Json<PublicStatus>> {
    rate_limited(&state, &ip)?;
    let reference = Reference::parse(&reference).map_err(|_| ApiError::not_found())?;
    Ok(Json(state.store.public_status(&reference).await?))
}

/// The OpenAPI 3.1 description of this API.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "operations", responses((status = 200, body = Object)))]
pub async fn openapi() -> impl IntoResponse {
    Json(crate::openapi::document())
}
