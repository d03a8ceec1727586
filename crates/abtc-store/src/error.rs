use abtc_domain::DomainError;
use thiserror::Error;

/// Storage outcomes callers act on. `Other` carries an operator-facing description without personal
/// data; it is logged, never shown to clients.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error("storage error: {0}")]
    Other(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            sqlx::Error::Database(db) if db.is_unique_violation() => {
                StoreError::Conflict("already_exists")
            }
            // Describe the failure by kind only: driver messages can quote the values involved.
            sqlx::Error::Database(db) => {
                StoreError::Other(format!("database error (code {:?})", db.code()))
            }
            other => StoreError::Other(format!("{other}")),
        }
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        StoreError::Other(format!("migration failed: {e}"))
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> Self {
        // serde_json's message can quote the stored value, which is personal data: keep its position.
        StoreError::Other(format!(
            "stored record could not be read ({:?} error at line {} column {})",
            e.classify(),
            e.line(),
            e.column()
        ))
    }
}
