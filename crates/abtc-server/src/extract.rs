//! Extractors. Authentication yields a `Principal`; `Scoped<S>` proves the caller holds scope `S`
//! (a role in an economy), and the store's methods take that scope, so a handler without it cannot
//! ask for the data. Body, path and query extractors answer malformed input with our error format.

use abtc_domain::role::{
    ApplicantScope, AuditScope, EconomyAdminScope, HomeScope, LessonScope, PreClearanceScope,
    ReportScope, SchemeAdminScope, TicketScope,
};
use abtc_domain::{DomainError, Principal, Role};
use abtc_store::CaseAccess;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::{AUTHORIZATION, COOKIE};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::auth::{token_hash, API_TOKEN_PREFIX, SESSION_PREFIX};
use crate::error::ApiError;
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "abtc_session";

/// The bearer token or session cookie of a request, if any.
pub fn presented_token(headers: &axum::http::HeaderMap) -> Option<String> {
    if let Some(v) = headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()) {
        if let Some(t) = v.strip_prefix("Bearer ") {
            return Some(t.trim().to_owned());
        }
    }
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == SESSION_COOKIE)
        .map(|(_, v)| v.to_owned())
}

/// Any signed-in caller.
pub struct Caller(pub Principal);

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = presented_token(&parts.headers).ok_or_else(ApiError::unauthenticated)?;
        let hash = token_hash(&token);
        let principal = if token.starts_with(SESSION_PREFIX) {
            state
                .store
                .session_principal(&hash, state.clock.now())
                .await?
        } else if token.starts_with(API_TOKEN_PREFIX) {
            state.store.token_principal(&hash).await?
        } else {
            None
        };
        principal.map(Caller).ok_or_else(ApiError::unauthenticated)
    }
}

/// A scope a principal may hold.
pub trait Scope: Sized + Send {
    fn of(p: &Principal) -> Result<Self, DomainError>;
}

macro_rules! scope_from {
    ($ty:ty, $method:ident) => {
        impl Scope for $ty {
            fn of(p: &Principal) -> Result<Self, DomainError> {
                p.$method()
            }
        }
    };
}
scope_from!(ApplicantScope, applicant);
scope_from!(HomeScope, home);
scope_from!(PreClearanceScope, pre_clearance);
scope_from!(EconomyAdminScope, economy_admin);
scope_from!(SchemeAdminScope, scheme_admin);
scope_from!(AuditScope, auditor);
scope_from!(ReportScope, reports);
scope_from!(TicketScope, tickets);
scope_from!(LessonScope, lessons);
scope_from!(abtc_domain::role::BorderScope, border);
scope_from!(abtc_domain::escalation::EscalationScope, escalations);

/// A caller proven to hold scope `S`; 401 without credentials, 403 with the wrong role.
pub struct Scoped<S>(pub S, pub Principal);

impl<S: Scope> FromRequestParts<AppState> for Scoped<S> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let Caller(p) = Caller::from_request_parts(parts, state).await?;
        let scope = S::of(&p).map_err(|_| ApiError::forbidden())?;
        Ok(Scoped(scope, p))
    }
}

/// For routes that both the applicant and the home economy use.
pub fn case_access(p: &Principal) -> Result<CaseAccess, ApiError> {
    match p.role() {
        Role::Applicant => p.applicant().map(CaseAccess::Applicant),
        Role::CaseOfficer | Role::NationalSystem => p.home().map(CaseAccess::Home),
        _ => Err(DomainError::Forbidden),
    }
    .map_err(|_| ApiError::forbidden())
}

/// Serde's messages can quote the offending value; keep the field path and the reason only.
pub fn redact_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut inside = false;
    for c in s.chars() {
        if c == '"' {
            if !inside {
                out.push_str("\"…\"");
            }
            inside = !inside;
        } else if !inside {
            out.push(c);
        }
    }
    out
}

/// JSON body with our error format on rejection.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            Err(rejection) => Err(json_rejection(rejection)),
        }
    }
}

pub fn json_rejection(r: JsonRejection) -> ApiError {
    match r {
        JsonRejection::JsonDataError(e) => {
            ApiError::unprocessable("invalid_body", redact_quoted(&e.body_text()))
        }
        JsonRejection::JsonSyntaxError(_) => {
            ApiError::bad_request("malformed_json", "the body is not valid JSON")
        }
        JsonRejection::MissingJsonContentType(_) => ApiError::new(
            axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send the body as application/json",
        ),
        // Over the body limit: 413 like the routes that read raw bytes, so clients know not to retry.
        JsonRejection::BytesRejection(e)
            if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE =>
        {
            ApiError::new(
                e.status(),
                "payload_too_large",
                "the body is larger than the server accepts",
            )
        }
        JsonRejection::BytesRejection(_) => {
            ApiError::bad_request("unreadable_body", "the body could not be read (too large?)")
        }
        _ => ApiError::bad_request("invalid_body", "the body could not be read"),
    }
}

/// Parses a JSON body that was read as bytes (when the raw bytes are needed too).
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(bytes).map_err(|e| {
        if e.is_data() {
            ApiError::unprocessable("invalid_body", redact_quoted(&e.to_string()))
        } else {
            ApiError::bad_request("malformed_json", "the body is not valid JSON")
        }
    })
}

/// Query string with our error format on rejection.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(v)) => Ok(ApiQuery(v)),
            Err(QueryRejection::FailedToDeserializeQueryString(e)) => Err(ApiError::bad_request(
                "invalid_query",
                redact_quoted(&e.body_text()),
            )),
            Err(_) => Err(ApiError::bad_request(
                "invalid_query",
                "the query string could not be read",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_are_removed() {
        assert_eq!(
            redact_quoted(r#"form.email: invalid value: string "葉士豪@x", expected y"#),
            "form.email: invalid value: string \"…\", expected y"
        );
    }
}
