//! The abtc HTTP service: the REST API under `/api/v1`, its OpenAPI document, sessions and API
//! tokens, role-and-economy extractors, background workers and metrics.

pub mod auth;
pub mod config;
pub mod confirmation;
pub mod error;
pub mod extract;
pub mod gate;
pub mod issuance;
pub mod keyring;
pub mod mail;
pub mod mail_queue;
pub mod metrics;
pub mod middleware;
pub mod notify;
pub mod openapi;
pub mod ratelimit;
pub mod routes;
pub mod staff_mail;
pub mod state;
pub mod system;
pub mod ticket_mail;
pub mod web;
pub mod workers;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::Router;
use tokio::net::TcpListener;

pub use config::{PasswordCost, ServerConfig};
pub use state::{AppState, Services};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("password hashing is misconfigured")]
    Passwords,
    #[error("metrics could not be set up: {0}")]
    Metrics(String),
    #[error("mail could not be set up: {0}")]
    Mail(#[from] mail::MailError),
    #[error("server failed: {0}")]
    Io(#[from] std::io::Error),
    #[error("face matching could not be set up: {0}")]
    Face(String),
    #[error("retention settings: {0}")]
    Retention(abtc_domain::DomainError),
}

pub fn app_state(services: Services, config: ServerConfig) -> Result<AppState, StartError> {
    let passwords = auth::Passwords::new(config.password_cost, services.entropy.as_ref())
        .map_err(|_| StartError::Passwords)?;
    let metrics = metrics::Metrics::new().map_err(|e| StartError::Metrics(e.to_string()))?;
    config.retention.check().map_err(StartError::Retention)?;
    Ok(AppState {
        limiter: Arc::new(ratelimit::RateLimiter::new(config.public_rate_per_minute)),
        store: services.store,
        clock: services.clock,
        entropy: services.entropy,
        passwords: Arc::new(passwords),
        metrics: Arc::new(metrics),
        mail: mail::Mailer::from_config(&config)?.map(Arc::new),
        face: gate::face_matcher(&config)?,
        gate_stats: Arc::default(),
        trust: Arc::default(),
        config: Arc::new(config),
    })
}

pub fn router(state: AppState) -> Router {
    let limit = state.config.max_body_bytes;
    let mut app = Router::new();
    for route in routes::table() {
        app = app.route(route.path, route.handler);
    }
    // The pages' router carries the one fallback: JSON under /api, a page in the reader's language
    // elsewhere.
    app.merge(web::router(state.clone()))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::request_context,
        ))
        .layer(DefaultBodyLimit::max(limit))
        // Slow connections at borders and in the field: pages, scripts and the WebAssembly verifier
        // travel gzipped to clients that ask for it.
        .layer(tower_http::compression::CompressionLayer::new())
        .with_state(state)
}

/// Serves until `shutdown` resolves, with the background workers when configured.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), StartError> {
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let workers = state.config.workers.then(|| {
        tokio::spawn(workers::run(
            state.clone(),
            state.config.worker_interval,
            stop_rx,
        ))
    });
    let app = router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let result = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await;
    let _ = stop_tx.send(true);
    if let Some(w) = workers {
        let _ = w.await;
    }
    state.store.close().await;
    result.map_err(StartError::from)
}
