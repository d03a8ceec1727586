//! The pages' static files (CSS, scripts, the WebAssembly verifier, icons), embedded at build time.

use axum::extract::Path;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};

use super::assets::STATIC;
use super::error::WebError;

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or_default() {
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

/// A static file by name, if it exists.
pub fn file(name: &str) -> Option<&'static [u8]> {
    STATIC.iter().find(|(n, _)| *n == name).map(|(_, b)| *b)
}

fn serve(name: &str, cache: &'static str) -> Response {
    match file(name) {
        Some(bytes) => {
            let mut res = bytes.into_response();
            let h = res.headers_mut();
            h.insert(CONTENT_TYPE, HeaderValue::from_static(content_type(name)));
            h.insert(CACHE_CONTROL, HeaderValue::from_static(cache));
            res
        }
        None => WebError::NotFound.into_response(),
    }
}

pub async fn asset(Path(path): Path<String>) -> Response {
    // Files change with each release and carry no version in their names: revalidate hourly.
    serve(&path, "public, max-age=3600")
}

/// The wallet's service worker, at the root so that it may control every page.
pub async fn service_worker() -> Response {
    let mut res = serve("sw.js", "no-cache");
    let h = res.headers_mut();
    h.insert("service-worker-allowed", HeaderValue::from_static("/"));
    // A worker's own policy governs its fetches: it may reach this origin only.
    h.insert(
        "content-security-policy",
        HeaderValue::from_static("default-src 'self'"),
    );
    res
}

pub async fn manifest() -> Response {
    serve("manifest.webmanifest", "public, max-age=3600")
}

/// Whether the WebAssembly verifier was built into this binary (see build.rs).
pub fn has_wasm() -> bool {
    file("wasm/abtc_wasm_bg.wasm").is_some()
}
