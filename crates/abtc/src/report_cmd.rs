//! `abtc report`: an economy's (or the scheme's) processing, backlog, issuance, inclusivity and
//! card-form figures at the command line, for the reports an economy sends the BMG. It makes the
//! same store call as `GET /api/v1/reports` and prints the same CSV and JSON (both serialized by
//! `abtc_store::report`), so a figure never differs between the page, the API and the terminal.

use std::io::Write;

use abtc_domain::role::ReportScope;
use abtc_domain::{Clock, EconomyCode};
use abtc_server::system::SystemClock;
use abtc_store::report::parse_period;
use abtc_store::{ProcessingReport, ReportQuery};
use anyhow::anyhow;

use crate::config::Config;

/// How the report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for reading.
    Text,
    /// The API's CSV export.
    Csv,
    /// The API's JSON export.
    Json,
}

pub struct ReportArgs {
    pub economy: Option<EconomyCode>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub format: Format,
}

/// Reads the report from the configured database (which must exist: a mistyped data folder is an
/// error, not an empty report) and prints it.
pub async fn run(config: &Config, args: &ReportArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let today = SystemClock.now().date();
    let (from, to) = parse_period(args.from.as_deref(), args.to.as_deref(), today).map_err(
        |field| match field {
            "period" => anyhow!("--from must not be after --to, and the period at most 30 years"),
            field => anyhow!("--{field} is not a YYYY-MM-DD date"),
        },
    )?;
    let store = crate::open_existing_store(config).await?;
    let query = ReportQuery {
        economy: args.economy,
        from,
        to,
        now: SystemClock.now(),
    };
    let report = store
        .processing_report(&ReportScope::operator(), query)
        .await;
    store.close().await;
    let report = report.map_err(|e| match e {
        abtc_store::StoreError::NotFound => anyhow!("no such economy in the scheme"),
        e => anyhow!("cannot read the report: {e}"),
    })?;
    print(&report, args.format, out)
}

pub fn print(
    report: &ProcessingReport,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match format {
        Format::Csv => out.write_all(report.to_csv().as_bytes())?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, report)?;
            writeln!(out)?;
        }
        Format::Text => {
            let scope = report
                .economy
                .map(|e| e.to_string())
                .unwrap_or_else(|| "all economies".to_owned());
            writeln!(
                out,
                "Report for {scope}, {} to {}; backlog and active cards as of {}",
                report.from, report.to, report.as_of
            )?;
            let mut last = String::new();
            for r in report.rows() {
                let group = format!("{} {} {}", r.section, r.economy, r.period);
                if group != last {
                    writeln!(out)?;
                    writeln!(out, "[{}]", group.trim_end())?;
                    last = group;
                }
                let value = if r.value.is_empty() { "–" } else { &r.value };
                writeln!(out, "  {:<36} {value}", r.metric)?;
            }
        }
    }
    Ok(())
}
