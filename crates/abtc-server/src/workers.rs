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
    // Economy names for the mail; without them the mail names economies by code.
    let economies = match &state.mail {
        Some(_) if !items.is_empty() => state.store.economies().await.ok(),
        _ => None,
    };
    let mut delivered = 0;
    for item in items {
        let outcome = match &state.mail {
            // Inbox and mail (see `notify` for the order and the exactly-once argument).
            Some(mailer) => {
                crate::notify::deliver(state, mailer, worker, &item, economies.as_ref()).await
            }
            None => state
                .store
                .deliver_to_inbox(worker, &item, state.clock.now())
                .await
                .map_err(crate::notify::DeliveryError::from),
        };
        match outcome {
            Ok(true) => delivered += 1,
            Ok(false) => {}
            Err(e) => {
                let backoff = backoff(item.attempts);
                tracing::warn!(error = %e, outbox = item.id, attempts = item.attempts, "delivery failed; will retry");
                let _ = state
                    .store
                    .retry_outbox(worker, item.id, state.clock.now() + backoff)
                    .await;
            }
        }
    }
    delivered
}

/// How long a message waits after its `attempts`-th failed try: doubling from 2 s, up to an hour,
/// so a mail server that is down is not hammered and one that comes back is used soon.
pub fn backoff(attempts: u32) -> time::Duration {
    time::Duration::seconds((1i64 << attempts.min(12)).min(3600))
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
