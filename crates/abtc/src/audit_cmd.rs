//! `abtc audit verify`: checks the audit log against its hash chain and names every record that was
//! modified, deleted, reordered or inserted, so an operator or auditor can tell at once whether the
//! log can be trusted, and where it cannot.

use std::io::Write;
use std::process::ExitCode;

use anyhow::anyhow;

use crate::config::Config;

/// Opens the configured database without seeding or changing anything the log records: a
/// verification must not itself write audit records. A SQLite data folder must already exist, so a
/// mistyped path is an error rather than an empty, "intact" log.
pub async fn verify(config: &Config, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    let store = crate::open_existing_store(config).await?;
    let report = store.verify_audit_chain().await;
    store.close().await;
    let report = report.map_err(|e| anyhow!("cannot read the audit log: {e}"))?;
    if report.intact() {
        writeln!(out, "audit chain intact: {} records", report.records)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "audit chain broken: {} problem(s) in {} records",
        report.problems.len(),
        report.records
    )?;
    for problem in &report.problems {
        writeln!(out, "{problem}")?;
    }
    Ok(ExitCode::from(1))
}
