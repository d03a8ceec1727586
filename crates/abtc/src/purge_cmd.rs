//! `abtc purge`: runs the retention purge now, with the configured periods, and prints what it
//! removed (counts only). The server's worker runs the same purge every hour; this is for an
//! operator who has just shortened a period, or wants to see the purge's effect.

use std::io::Write;

use abtc_domain::Clock;
use abtc_server::system::SystemClock;
use anyhow::anyhow;

use crate::config::Config;

/// Applications purged per call to the store; the command calls it until nothing is left.
const BATCH: u32 = 500;

pub async fn run(config: &Config, json: bool, out: &mut impl Write) -> anyhow::Result<()> {
    config
        .retention
        .check()
        .map_err(|e| anyhow!("retention settings: {e}"))?;
    let store = crate::open_existing_store(config).await?;
    let mut total = abtc_store::PurgeSummary::default();
    loop {
        let run = store
            .purge(&config.retention, SystemClock.now(), BATCH)
            .await
            .map_err(|e| anyhow!("purge failed: {e}"))?;
        total.rejected += run.rejected;
        total.withdrawn += run.withdrawn;
        total.drafts += run.drafts;
        total.ended_cards += run.ended_cards;
        total.tickets += run.tickets;
        total.messages += run.messages;
        if run.applications() < u64::from(BATCH) {
            break;
        }
    }
    store.close().await;
    if json {
        writeln!(out, "{}", serde_json::to_string(&total)?)?;
    } else {
        writeln!(
            out,
            "purged {} applications ({} rejected, {} withdrawn, {} drafts, {} with ended cards), \
             {} closed tickets, {} old messages",
            total.applications(),
            total.rejected,
            total.withdrawn,
            total.drafts,
            total.ended_cards,
            total.tickets,
            total.messages
        )?;
    }
    Ok(())
}
