//! What every page request carries: the reader's language, the signed-in principal (from the session
//! cookie), the CSRF token (double-submit: an `HttpOnly; SameSite=Strict` cookie that every form
//! repeats in a hidden field), and the path. Set up once per request by `web_layer`, which also
//! renders error pages in the reader's language and adds the pages' security headers.

use abtc_domain::{Principal, Role};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_TYPE, COOKIE, LOCATION, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::error::{WebError, WebErrorMark};
use super::i18n;
use super::render;
use crate::auth::{token_hash, SESSION_PREFIX};
use crate::extract::{presented_token, Scope};
use crate::state::AppState;

pub const CSRF_COOKIE: &str = "abtc_csrf";
pub const LANG_COOKIE: &str = "abtc_lang";

#[derive(Clone, Debug)]
pub struct WebCtx {
    pub lang: &'static str,
    pub csrf: String,
    pub principal: Option<Principal>,
    pub path: String,
    new_csrf: bool,
}

impl WebCtx {
    /// The caller's scope `S`, or a sign-in redirect (no session) or a 403 page (wrong role).
    pub fn require<S: Scope>(&self) -> Result<(S, &Principal), WebError> {
        let p = self.principal.as_ref().ok_or(WebError::SignIn)?;
        let scope = S::of(p).map_err(|_| WebError::Forbidden)?;
        Ok((scope, p))
    }

    pub fn role(&self) -> Option<Role> {
        self.principal.as_ref().map(Principal::role)
    }

    /// A message in the reader's language.
    pub fn t(&self, id: &str) -> String {
        i18n::catalog().message(self.lang, id, &[])
    }

    /// Checks a submitted CSRF token against the cookie's.
    pub fn check_csrf(&self, submitted: Option<&str>) -> Result<(), WebError> {
        match submitted {
            Some(s) if !self.new_csrf && constant_time_eq(s.as_bytes(), self.csrf.as_bytes()) => {
                Ok(())
            }
            _ => Err(WebError::Csrf),
        }
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn valid_token(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The language of a request: the switcher's cookie, else the browser's preference.
pub fn language(headers: &HeaderMap) -> &'static str {
    cookie(headers, LANG_COOKIE)
        .and_then(i18n::supported)
        .unwrap_or_else(|| {
            headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(i18n::negotiate)
                .unwrap_or(i18n::DEFAULT)
        })
}

/// The pages' content security policy: only this origin's scripts (the WebAssembly verifier needs
/// `wasm-unsafe-eval`), no inline script, no framing, forms post only here.
pub const PAGE_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; \
worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
frame-ancestors 'none'";

pub async fn web_layer(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let headers = req.headers();
    let lang = language(headers);
    let (csrf, new_csrf) = match cookie(headers, CSRF_COOKIE).filter(|c| valid_token(c)) {
        Some(c) => (c.to_owned(), false),
        None => {
            let mut b = [0u8; 16];
            state.entropy.fill(&mut b);
            (hex::encode(b), true)
        }
    };
    let principal = match presented_token(headers).filter(|t| t.starts_with(SESSION_PREFIX)) {
        Some(token) => state
            .store
            .session_principal(&token_hash(&token), state.clock.now())
            .await
            .ok()
            .flatten(),
        None => None,
    };
    let path = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "/".to_owned());
    let ctx = WebCtx {
        lang,
        csrf: csrf.clone(),
        principal,
        path,
        new_csrf,
    };
    req.extensions_mut().insert(ctx.clone());
    let mut res = next.run(req).await;

    if let Some(mark) = res.extensions_mut().remove::<WebErrorMark>() {
        res = error_page(&state, &ctx, mark.0);
    }
    let h = res.headers_mut();
    if new_csrf {
        let secure = if state.config.secure_cookies {
            "; Secure"
        } else {
            ""
        };
        if let Ok(v) = HeaderValue::from_str(&format!(
            "{CSRF_COOKIE}={csrf}; Path=/; HttpOnly; SameSite=Strict{secure}"
        )) {
            h.append(SET_COOKIE, v);
        }
    }
    let is_html = h
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        h.insert(
            "content-security-policy",
            HeaderValue::from_static(PAGE_CSP),
        );
        h.insert(
            "permissions-policy",
            HeaderValue::from_static("camera=(self), microphone=(), geolocation=()"),
        );
        h.insert("vary", HeaderValue::from_static("cookie, accept-language"));
    }
    res
}

fn error_page(state: &AppState, ctx: &WebCtx, err: WebError) -> Response {
    match err {
        WebError::SignIn => {
            let next = urlencode(&ctx.path);
            let mut res = StatusCode::SEE_OTHER.into_response();
            if let Ok(v) = HeaderValue::from_str(&format!("/login?next={next}")) {
                res.headers_mut().insert(LOCATION, v);
            }
            res
        }
        other => {
            let status = other.status();
            let data = minijinja::context! {
                status => status.as_u16(),
                code => other.code(),
                detail => other.detail(),
            };
            match render::page(state, ctx, "error.html", data) {
                Ok(html) => (status, html).into_response(),
                Err(_) => (status, other.code()).into_response(),
            }
        }
    }
}

pub fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Only paths on this site are followed after sign-in or a language switch (no open redirect).
pub fn local_path(next: Option<&str>) -> Option<String> {
    let n = next?.trim();
    (n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.contains(['\r', '\n']))
        .then(|| n.to_owned())
}

impl FromRequestParts<AppState> for WebCtx {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, WebError> {
        parts
            .extensions
            .get::<WebCtx>()
            .cloned()
            .ok_or(WebError::Internal)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(local_path(Some("/portal")).as_deref(), Some("/portal"));
        assert_eq!(local_path(Some("//evil.example")), None);
        assert_eq!(local_path(Some("https://evil.example")), None);
        assert_eq!(local_path(Some("/\\evil")), None);
        assert_eq!(local_path(None), None);
    }

    #[test]
    fn csrf_must_match_an_existing_cookie() {
        let ctx = WebCtx {
            lang: "en",
            csrf: "0123456789abcdef0123456789abcdef".into(),
            principal: None,
            path: "/".into(),
            new_csrf: false,
        };
        assert!(ctx
            .check_csrf(Some("0123456789abcdef0123456789abcdef"))
            .is_ok());
        assert!(ctx
            .check_csrf(Some("0123456789abcdef0123456789abcdee"))
            .is_err());
        assert!(ctx.check_csrf(None).is_err());
        let fresh = WebCtx {
            new_csrf: true,
            ..ctx
        };
        assert!(fresh
            .check_csrf(Some("0123456789abcdef0123456789abcdef"))
            .is_err());
    }
}
