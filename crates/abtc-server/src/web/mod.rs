//! The web pages: applicant portal, wallet, officer workbench, border verifier and administration,
//! rendered on the server in ten languages, on the same scoped store calls as the API. Forms work
//! without JavaScript and carry CSRF tokens; the wallet and the offline verifier add WebAssembly
//! (the credential crate) where the browser runs it.
//!
//! Conventions for page modules: a handler takes `WebCtx` (language, principal, CSRF token), asks
//! it for the scope it needs (`ctx.require::<HomeScope>()?`), calls the store, and returns
//! `render::page(&state, &ctx, "x.html", context!{..})`. Forms are `CsrfForm<T>`; after a POST the
//! handler redirects (303) to a page. Messages live in `web/locales/<lang>/<area>.ftl`; templates
//! call `t("id", name=value)`.

pub mod account;
pub mod admin;
pub mod applicant;
pub mod border;
pub mod context;
pub mod error;
pub mod escalations;
pub mod forms;
pub mod i18n;
pub mod kiosk;
pub mod officer;
pub mod pages;
pub mod render;
pub mod reports;
pub mod static_files;
pub mod tickets;

/// The files embedded by build.rs: templates, message files and static assets.
pub mod assets {
    include!(concat!(env!("OUT_DIR"), "/assets.rs"));
}

use axum::routing::{get, post};
use axum::Router;

use crate::error::ApiError;
use crate::state::AppState;

/// Unknown paths: the API's JSON error under `/api/`, a page elsewhere.
async fn fallback(uri: axum::http::Uri) -> axum::response::Response {
    use axum::response::IntoResponse;
    let path = uri.path();
    if path.starts_with("/api/") || path == "/metrics" {
        ApiError::not_found().into_response()
    } else {
        error::WebError::NotFound.into_response()
    }
}

/// The pages' routes; `web_layer` gives each request its `WebCtx`.
pub fn router(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/", get(account::home))
        .route("/login", get(account::login_page).post(account::login))
        .route("/logout", post(account::logout))
        .route(
            "/register",
            get(account::register_page).post(account::register),
        )
        .route("/lang", get(account::switch_language))
        .route("/confirm-email", get(account::confirm_email))
        .route("/confirm-email/resend", post(account::resend_confirmation))
        .route("/static/{*path}", get(static_files::asset))
        .route("/sw.js", get(static_files::service_worker))
        .route("/manifest.webmanifest", get(static_files::manifest))
        .merge(applicant::routes())
        .merge(officer::routes())
        .merge(admin::routes())
        .merge(border::routes())
        .merge(kiosk::routes())
        .merge(reports::routes())
        .merge(escalations::routes())
        .merge(tickets::routes())
        .fallback(fallback)
        .layer(axum::middleware::from_fn_with_state(
            state,
            context::web_layer,
        ))
}
