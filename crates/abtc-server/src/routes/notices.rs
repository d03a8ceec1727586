//! Notices to cardholders: the scheme administrator writes to all cardholders, to one home economy's,
//! or to those pre-cleared for an economy; an economy's administrator writes to its own cardholders
//! or to those pre-cleared for it (e.g. "our land borders do not accept the virtual card yet"). Each
//! recipient gets the notice in their inbox and by mail, through the outbox.

use abtc_store::{NewNotice, NoticeAudience, NoticeAuthority, NoticeReceipt};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, Caller};
use crate::state::AppState;

pub const MAX_SUBJECT_CHARS: usize = 200;
pub const MAX_BODY_CHARS: usize = 5000;

#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoticeRequest {
    /// `{"kind": "all"}`, `{"kind": "home", "economy": "TWN"}` (cardholders of TWN) or
    /// `{"kind": "pre_cleared", "economy": "RUS"}` (cardholders pre-cleared for RUS).
    #[schema(value_type = Object)]
    pub audience: NoticeAudience,
    /// Plain text, one line, up to 200 characters.
    pub subject: String,
    /// Plain text, up to 5000 characters.
    pub body: String,
}

/// Plain text within `max` characters: mail bodies and inbox entries carry it as typed, so control
/// characters (other than line breaks and tabs in the body) would be a way to forge headers.
fn plain(field: &'static str, s: &str, max: usize, multiline: bool) -> ApiResult<String> {
    let t = s.trim();
    let n = t.chars().count();
    let bad = t
        .chars()
        .any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')));
    if n == 0 || n > max || bad {
        return Err(ApiError::unprocessable(
            "invalid_notice",
            format!("{field}: 1 to {max} characters of plain text"),
        ));
    }
    Ok(t.to_owned())
}

/// Sends a notice to cardholders (the scheme administrator: any audience; an economy's
/// administrator: its own cardholders, or those pre-cleared for it). Answers how many cardholders
/// it was queued for.
#[utoipa::path(post, path = "/api/v1/notices", tag = "communications", request_body = NoticeRequest,
    responses((status = 202, body = Object), (status = 401, body = abtc_api::ErrorBody),
        (status = 403, body = abtc_api::ErrorBody), (status = 422, body = abtc_api::ErrorBody)))]
pub async fn send(
    State(state): State<AppState>,
    Caller(p): Caller,
    ApiJson(req): ApiJson<NoticeRequest>,
) -> ApiResult<impl IntoResponse> {
    let by = if let Ok(s) = p.scheme_admin() {
        NoticeAuthority::Scheme(s)
    } else if let Ok(s) = p.economy_admin() {
        NoticeAuthority::Economy(s)
    } else {
        return Err(ApiError::forbidden());
    };
    if !by.may_address(req.audience) {
        return Err(ApiError::forbidden());
    }
    let notice = NewNotice {
        audience: req.audience,
        subject: plain("subject", &req.subject, MAX_SUBJECT_CHARS, false)?,
        body: plain("body", &req.body, MAX_BODY_CHARS, true)?,
    };
    let receipt: NoticeReceipt = state
        .store
        .send_notice(by, notice, state.clock.now())
        .await?;
    Ok((StatusCode::ACCEPTED, Json(receipt)))
}
