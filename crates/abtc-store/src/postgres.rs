//! PostgreSQL, for the scheme at scale: several stateless servers share one database. Cases are locked
//! row by row (`FOR UPDATE`) while a command runs; background work is claimed with
//! `FOR UPDATE SKIP LOCKED`, so no two servers ever take the same item.

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use abtc_domain::Entropy;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use crate::error::StoreResult;

type Db = sqlx::Postgres;
type Backend = PgStore;
const BACKEND: &str = "postgres";
const FOR_UPDATE: &str = " FOR UPDATE";
const SKIP_LOCKED: &str = " FOR UPDATE SKIP LOCKED";
/// One snapshot for every statement of the transaction (READ COMMITTED takes one per statement).
const SNAPSHOT_READ: &str = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

pub struct PgStore {
    pool: sqlx::PgPool,
    entropy: Arc<dyn Entropy>,
}

impl PgStore {
    pub async fn connect(url: &str, entropy: Arc<dyn Entropy>) -> StoreResult<Self> {
        let options = PgConnectOptions::from_str(url)?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options)
            .await?;
        // Several servers may start at once: sqlx takes an advisory lock while migrating.
        sqlx::migrate!("migrations/postgres").run(&pool).await?;
        let store = Self { pool, entropy };
        store.chain_audit_log().await?;
        Ok(store)
    }

    async fn write_tx(&self) -> Result<WriteTx, sqlx::Error> {
        self.pool.begin().await.map(WriteTx)
    }
}

include!("sql/common.rs");
include!("sql/audit.rs");
include!("sql/reports.rs");
include!("sql/tickets.rs");
include!("sql/escalations.rs");
include!("sql/retention.rs");
