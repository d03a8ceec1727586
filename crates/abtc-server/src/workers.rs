//! Background work: delivering the outbox and ticking cases whose time has come. Work is claimed in
//! the database (leases and `SKIP LOCKED`), so any number of servers can run these loops at once.

use std::time::Duration;

use tokio::sync::watch;

use crate::state::AppState;

const LEASE: time::Duration = time::Duration::seconds(60);
const BATCH: u32 = 100;

/// Delivers what is due once; returns how many messages were delivered.
pub async fn deliver_outbox_once(state: &AppState, worker: &str) -> u32 {
    let now = state.clock.now();
    let items = match state
        .store
        .claim_outbox(worker, now, now + LEASE, BATCH)
        .await
    {
        Ok(items) => items,
        Err(e) => {
            tracing::warn!(error = %e, "outbox claim failed");
            return 0;
        }
    };
    let mut delivered = 0;
    for item in items {
        match state
            .store
            .deliver_to_inbox(worker, &item, state.clock.now())
            .await
        {
            Ok(true) => delivered += 1,
            Ok(false) => {}
            Err(e) => {
                // Back off by the number of attempts, up to an hour.
                let backoff = time::Duration::seconds((1i64 << item.attempts.min(12)).min(3600));
                tracing::warn!(error = %e, outbox = item.id, "delivery failed; will retry");
                let _ = state
                    .store
                    .retry_outbox(worker, item.id, state.clock.now() + backoff)
                    .await;
            }
        }
    }
    delivered
}

pub async fn tick_once(state: &AppState) -> u32 {
    match state.store.run_due_ticks(state.clock.now(), BATCH).await {
        Ok(n) => n,
        Err(e) => {
            tracing::warn!(error = %e, "timed work failed");
            0
        }
    }
}

pub async fn run(state: AppState, interval: Duration, mut stop: watch::Receiver<bool>) {
    let worker = format!("{}-{}", state.config.worker_name, std::process::id());
    loop {
        while deliver_outbox_once(&state, &worker).await >= BATCH {}
        while tick_once(&state).await >= BATCH {}
        if let Err(e) = state.store.purge_expired_sessions(state.clock.now()).await {
            tracing::warn!(error = %e, "session purge failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = stop.changed() => return,
        }
    }
}
