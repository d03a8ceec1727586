//! Form bodies of the pages, accepted only with the CSRF token of the page that showed the form.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request};
use serde::de::DeserializeOwned;

use super::context::WebCtx;
use super::error::WebError;
use crate::extract::redact_quoted;
use crate::state::AppState;

/// A URL-encoded form whose `csrf` field matches the cookie; `T` gets the other fields.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, WebError> {
        let ctx = req
            .extensions()
            .get::<WebCtx>()
            .cloned()
            .ok_or(WebError::Internal)?;
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| WebError::BadForm("the form could not be read".into()))?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| WebError::BadForm("the form is not URL-encoded".into()))?;
        let token = pairs
            .iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.as_str());
        ctx.check_csrf(token)?;
        let value = serde_urlencoded::from_bytes(&bytes)
            .map_err(|e| WebError::BadForm(redact_quoted(&e.to_string())))?;
        Ok(CsrfForm(value))
    }
}

/// One uploaded file.
pub struct Upload {
    pub content_type: Option<String>,
    pub bytes: Bytes,
}

/// A multipart form (file uploads) whose `csrf` field matches the cookie.
pub struct CsrfMultipart {
    pub fields: HashMap<String, String>,
    pub files: HashMap<String, Upload>,
}

impl FromRequest<AppState> for CsrfMultipart {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, WebError> {
        let ctx = req
            .extensions()
            .get::<WebCtx>()
            .cloned()
            .ok_or(WebError::Internal)?;
        let bad = |_| WebError::BadForm("the upload could not be read (too large?)".into());
        let mut multipart = Multipart::from_request(req, state)
            .await
            .map_err(|_| WebError::BadForm("send the form as multipart/form-data".into()))?;
        let mut fields = HashMap::new();
        let mut files = HashMap::new();
        while let Some(field) = multipart.next_field().await.map_err(bad)? {
            let name = field.name().unwrap_or_default().to_owned();
            if field.file_name().is_some() {
                let content_type = field.content_type().map(str::to_owned);
                let bytes = field.bytes().await.map_err(bad)?;
                if !bytes.is_empty() {
                    files.insert(
                        name,
                        Upload {
                            content_type,
                            bytes,
                        },
                    );
                }
            } else {
                let text = field.text().await.map_err(bad)?;
                fields.insert(name, text);
            }
        }
        ctx.check_csrf(fields.get("csrf").map(String::as_str))?;
        Ok(CsrfMultipart { fields, files })
    }
}
