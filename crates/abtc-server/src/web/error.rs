//! Errors of page handlers. A handler returns one; `web_layer` renders it as a page in the reader's
//! language (or, for `SignIn`, redirects to the sign-in page and back). Codes are the API's stable
//! codes, so officers and support speak of the same thing.

use abtc_store::StoreError;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

#[derive(Debug, Clone)]
pub enum WebError {
    /// Not signed in: go to the sign-in page, then come back.
    SignIn,
    Forbidden,
    NotFound,
    /// A form without the token of the cookie that was set with the page.
    Csrf,
    /// A form field that cannot be read at all (hand-made requests; the pages' own forms re-render
    /// with a message instead).
    BadForm(String),
    Internal,
    /// An API or domain error, with its status and stable code.
    Api(ApiError),
}

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            Self::SignIn => StatusCode::SEE_OTHER,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Csrf | Self::BadForm(_) => StatusCode::BAD_REQUEST,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Api(e) => e.status,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::SignIn => "unauthenticated",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not_found",
            Self::Csrf => "csrf_token_invalid",
            Self::BadForm(_) => "invalid_form",
            Self::Internal => "internal",
            Self::Api(e) => e.code,
        }
    }

    /// The technical detail shown under the localized explanation (never personal data: the API's
    /// messages name fields, not values).
    pub fn detail(&self) -> Option<String> {
        match self {
            Self::BadForm(m) => Some(m.clone()),
            Self::Api(e) if !e.status.is_server_error() => Some(e.message.clone()),
            _ => None,
        }
    }
}

impl From<ApiError> for WebError {
    fn from(e: ApiError) -> Self {
        match e.status {
            StatusCode::UNAUTHORIZED => Self::SignIn,
            StatusCode::FORBIDDEN => Self::Forbidden,
            StatusCode::NOT_FOUND => Self::NotFound,
            _ => Self::Api(e),
        }
    }
}

impl From<StoreError> for WebError {
    fn from(e: StoreError) -> Self {
        ApiError::from(e).into()
    }
}

impl From<abtc_domain::DomainError> for WebError {
    fn from(e: abtc_domain::DomainError) -> Self {
        ApiError::from(e).into()
    }
}

impl From<minijinja::Error> for WebError {
    fn from(e: minijinja::Error) -> Self {
        tracing::error!(error = %e, "template failed");
        Self::Internal
    }
}

/// Carried by the response until `web_layer` renders the page.
#[derive(Debug, Clone)]
pub struct WebErrorMark(pub WebError);

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let mut res = self.status().into_response();
        res.extensions_mut().insert(WebErrorMark(self));
        res
    }
}

pub type WebResult<T> = Result<T, WebError>;
