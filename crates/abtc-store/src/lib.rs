//! Persistence for abtc. One API, [`Store`], scoped by the caller's role and economy in every method,
//! with two backends picked once from the database URL: SQLite (the embedded default) and PostgreSQL
//! (the scheme at scale). A state change, its events, its audit record and its outbox messages commit
//! in one transaction.

pub mod audit_chain;
mod error;
pub mod escalation;
mod model;
mod postgres;
pub mod report;
mod sqlite;
mod store;

pub use audit_chain::{ChainProblem, ChainReport};
pub use error::{StoreError, StoreResult};
pub use model::*;
pub use postgres::PgStore;
pub use report::{ProcessingReport, ReportQuery};
pub use sqlite::SqliteStore;
pub use store::{
    AccountStore, AuditStore, CaseStore, CredentialStore, EconomyStore, EscalationStore,
    OutboxStore, ReportStore, RetentionStore, Store, TicketStore,
};

use std::sync::Arc;

use abtc_domain::Entropy;

/// Opens the backend the URL names (`sqlite://...` or `postgres://...`) and brings its schema up to
/// date. This is the only place that looks at which backend is in use.
pub async fn connect(url: &str, entropy: Arc<dyn Entropy>) -> StoreResult<Arc<dyn Store>> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(PgStore::connect(url, entropy).await?))
    } else if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::connect(url, entropy).await?))
    } else {
        Err(StoreError::Other(
            "database URL must start with sqlite: or postgres://".into(),
        ))
    }
}
