//! One error type for every handler, mapped to `{code, message, request_id}` with the right status.
//! Internal details are logged with the request id, never sent.

use abtc_domain::{DomainError, ErrorKind};
use abtc_store::StoreError;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    pub fn unauthenticated() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "sign in first: send a session cookie or a bearer token",
        )
    }

    pub fn forbidden() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "your role or economy does not allow this",
        )
    }

    pub fn not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "no such record, or it is not yours to see",
        )
    }

    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    pub fn unprocessable(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, code, message)
    }

    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "something went wrong on our side; quote the request id",
        )
    }
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        let status = match e.kind() {
            ErrorKind::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorKind::Conflict => StatusCode::CONFLICT,
            ErrorKind::Forbidden => StatusCode::FORBIDDEN,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
        };
        Self::new(status, e.code(), e.to_string())
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => Self::not_found(),
            StoreError::Conflict("already_exists") => Self::new(
                StatusCode::CONFLICT,
                "already_exists",
                "that already exists",
            ),
            StoreError::Conflict("idempotency_key_reused") => Self::unprocessable(
                "idempotency_key_reused",
                "this Idempotency-Key was used with a different request body",
            ),
            StoreError::Conflict(code) => Self::new(
                StatusCode::CONFLICT,
                code,
                "the record changed meanwhile; reload and retry",
            ),
            StoreError::Domain(d) => d.into(),
            StoreError::Other(detail) => {
                tracing::error!(%detail, "storage failure");
                Self::internal()
            }
        }
    }
}

/// Carried in the response so the request-id middleware can write the body with the id in it.
#[derive(Debug, Clone)]
pub struct ErrorMark {
    pub code: &'static str,
    pub message: String,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut res = self.status.into_response();
        res.extensions_mut().insert(ErrorMark {
            code: self.code,
            message: self.message,
        });
        res
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_kinds_map_to_statuses() {
        let cases = [
            (DomainError::AlreadyDecided, StatusCode::CONFLICT),
            (DomainError::Forbidden, StatusCode::FORBIDDEN),
            (DomainError::NotFound, StatusCode::NOT_FOUND),
            (
                DomainError::Incomplete { field: "photo" },
                StatusCode::UNPROCESSABLE_ENTITY,
            ),
        ];
        for (e, status) in cases {
            let code = e.code();
            let api = ApiError::from(e);
            assert_eq!(api.status, status);
            assert_eq!(api.code, code);
        }
        assert!(!ApiError::from(StoreError::Other("secret detail".into()))
            .message
            .contains("secret"));
        assert_eq!(
            ApiError::from(StoreError::NotFound).status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            ApiError::from(StoreError::Conflict("concurrent_update")).status,
            StatusCode::CONFLICT
        );
    }
}
