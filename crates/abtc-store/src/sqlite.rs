//! The embedded default: one SQLite file in WAL mode with full synchronous commits, so that an
//! acknowledged write survives a crash. Writers take the database lock up front (`BEGIN IMMEDIATE`),
//! which serializes them the way row locks do on PostgreSQL.

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use abtc_domain::Entropy;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::error::StoreResult;

type Db = sqlx::Sqlite;
type Backend = SqliteStore;
const BACKEND: &str = "sqlite";
/// SQLite has no row locks; `BEGIN IMMEDIATE` already makes the writing transaction exclusive.
const FOR_UPDATE: &str = "";
const SKIP_LOCKED: &str = "";
/// A read transaction sees one snapshot of the WAL from its first read to its end.
const SNAPSHOT_READ: &str = "BEGIN";

pub struct SqliteStore {
    pool: sqlx::SqlitePool,
    entropy: Arc<dyn Entropy>,
}

impl SqliteStore {
    pub async fn connect(url: &str, entropy: Arc<dyn Entropy>) -> StoreResult<Self> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(30));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        sqlx::migrate!("migrations/sqlite").run(&pool).await?;
        let store = Self { pool, entropy };
        store.chain_audit_log().await?;
        Ok(store)
    }

    async fn write_tx(&self) -> Result<WriteTx, sqlx::Error> {
        self.pool.begin_with("BEGIN IMMEDIATE").await.map(WriteTx)
    }
}

include!("sql/common.rs");
include!("sql/audit.rs");
include!("sql/reports.rs");
include!("sql/tickets.rs");
include!("sql/escalations.rs");
include!("sql/retention.rs");
