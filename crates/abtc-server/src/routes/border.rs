//! The e-gate for kiosks that prefer not to embed the library: `POST /api/v1/border/gate` decides
//! with the same engine (`abtc-border`) and rules as an offline kiosk, for the caller's economy
//! (its border officers, or its national system's token as the e-gates' back end). The answer is
//! `open` or `refer_to_officer` with reasons; nothing of the traveller is stored or logged.

use abtc_border::gate::{GateDecision, GateInput, GateStatsSnapshot};
use abtc_domain::role::BorderScope;
use axum::extract::State;
use axum::Json;
use base64::Engine;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, Scoped};
use crate::state::AppState;

/// The longest zone a reader sends (TD3: two lines of 44, with some slack for whitespace).
pub const MAX_MRZ_CHARS: usize = 400;
/// A virtual card's QR text is well under this.
pub const MAX_QR_CHARS: usize = 8192;
/// Each image, decoded; two fit in the API's body limit as base64.
pub const MAX_IMAGE_BYTES: usize = 1024 * 1024;

#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GateRequest {
    /// The passport's machine-readable zone (TD1, TD2 or TD3) as the reader gives it.
    pub mrz: String,
    /// The virtual card's QR text (`ABTC1:...`).
    pub qr: String,
    /// The gate camera's image (JPEG or PNG), base64; compared with `chip_photo` when both are
    /// given and the server has the face step.
    pub live_face: Option<String>,
    /// The passport chip's photo (JPEG or PNG), base64.
    pub chip_photo: Option<String>,
}

fn image(field: &'static str, b64: Option<&str>) -> ApiResult<Option<Vec<u8>>> {
    let Some(text) = b64 else {
        return Ok(None);
    };
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|_| ApiError::unprocessable("invalid_image", format!("{field} is not base64")))?;
    if bytes.is_empty() || bytes.len() > MAX_IMAGE_BYTES {
        return Err(ApiError::unprocessable(
            "invalid_image",
            format!("{field}: 1 byte to 1 MiB"),
        ));
    }
    Ok(Some(bytes))
}

/// Checks the request's sizes; the engine itself takes any text and never fails.
pub fn check_sizes(mrz: &str, qr: &str) -> ApiResult<()> {
    if mrz.trim().is_empty() || mrz.chars().count() > MAX_MRZ_CHARS {
        return Err(ApiError::unprocessable(
            "invalid_mrz",
            "mrz: the machine-readable zone, up to 400 characters",
        ));
    }
    if qr.trim().is_empty() || qr.chars().count() > MAX_QR_CHARS {
        return Err(ApiError::unprocessable(
            "invalid_qr",
            "qr: the card's QR text, up to 8192 characters",
        ));
    }
    Ok(())
}

/// Decides at the caller's economy's gate: `open` (with the stay days) or `refer_to_officer`
/// with every reason, each with a stable code.
#[utoipa::path(post, path = "/api/v1/border/gate", tag = "border", request_body = GateRequest,
    responses((status = 200, body = Object, description = "The decision: outcome, reasons, stay_days, card_verdict, face"),
        (status = 401, body = abtc_api::ErrorBody), (status = 403, body = abtc_api::ErrorBody),
        (status = 422, body = abtc_api::ErrorBody)))]
pub async fn gate(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<BorderScope>,
    ApiJson(req): ApiJson<GateRequest>,
) -> ApiResult<Json<GateDecision>> {
    check_sizes(&req.mrz, &req.qr)?;
    let live = image("live_face", req.live_face.as_deref())?;
    let chip = image("chip_photo", req.chip_photo.as_deref())?;
    let economies = state.store.economies().await?;
    let economy = economies.get(scope.economy())?;
    let input = GateInput {
        mrz: &req.mrz,
        qr: &req.qr,
        live_face: live.as_deref(),
        chip_photo: chip.as_deref(),
    };
    let decision = crate::gate::decide(&state, economy, &input)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "the gate cannot decide");
            ApiError::internal()
        })?;
    Ok(Json(decision))
}

/// The caller's economy's gate figures since the server started: decisions, opened, referred,
/// reasons by code, face outcomes and compute time. Counts only.
#[utoipa::path(get, path = "/api/v1/border/gate/stats", tag = "border",
    responses((status = 200, body = Object), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn stats(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<BorderScope>,
) -> ApiResult<Json<GateStatsSnapshot>> {
    Ok(Json(crate::gate::stats(&state, scope.economy()).snapshot()))
}
