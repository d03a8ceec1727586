//! Background work: delivering the outbox and ticking cases whose time has come. Work is claimed in
//! the database (leases and `SKIP LOCKED`), so any number of servers can run these loops at once.

use std::time::Duration;

use tokio::sync::watch;

use crate::state::AppState;

const LEASE: time::Duration = time::Duration::seconds(60);
const BATCH: u32 = 100;
const PURGE_EVERY: time::Duration = time::Duration::hours(1);
const ESCALATE_EVERY: time::Duration = time::Duration::minutes(5);
/// Requests escalated per transaction: a backlog that all falls due at once (a holiday) is
/// announced in a few large mails rather than thousands of small ones.
const ESCALATION_BATCH: u32 = 1000;

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

/// Escalates newly overdue pre-clearances and queues the weekly digests that are due; returns
/// how many requests were escalated.
pub async fn escalate_once(state: &AppState) -> u64 {
    let now = state.clock.now();
    let escalated = match state.store.escalate_overdue(now, ESCALATION_BATCH).await {
        Ok(n) => n,
        Err(e) => {
            tracing::warn!(error = %e, "escalation failed");
            0
        }
    };
    if let Err(e) = state.store.queue_digests(now).await {
        tracing::warn!(error = %e, "weekly digests failed");
    }
    escalated
}

/// Staff mail (escalations, digests) due now; returns how many were handled.
pub async fn deliver_staff_mail_once(state: &AppState, worker: &str) -> u32 {
    crate::mail_queue::deliver_once(&crate::staff_mail::StaffQueue, state, worker, LEASE, BATCH)
        .await
}

/// Cardholders' mail about the economies' steps on their tickets, due now; returns how many were
/// handled.
pub async fn deliver_ticket_mail_once(state: &AppState, worker: &str) -> u32 {
    crate::mail_queue::deliver_once(
        &crate::ticket_mail::TicketQueue,
        state,
        worker,
        LEASE,
        BATCH,
    )
    .await
}

/// Runs the retention purge until nothing is left to purge; returns the applications purged.
pub async fn purge_once(state: &AppState) -> u64 {
    let mut purged = 0;
    loop {
        match state
            .store
            .purge(&state.config.retention, state.clock.now(), BATCH)
            .await
        {
            Ok(run) => {
                purged += run.applications();
                if run.applications() < u64::from(BATCH) {
                    return purged;
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "retention purge failed");
                return purged;
            }
        }
    }
}

/// Work that need not run on every pass of the loop: it is due again `every` after it last ran.
struct Periodic {
    every: time::Duration,
    next: time::OffsetDateTime,
}

impl Periodic {
    fn new(every: time::Duration, now: time::OffsetDateTime) -> Self {
        Self { every, next: now }
    }

    /// Whether the work is due at `now`; if so, the next run is `every` later.
    fn due(&mut self, now: time::OffsetDateTime) -> bool {
        let due = now >= self.next;
        if due {
            self.next = now + self.every;
        }
        due
    }
}

pub async fn run(state: AppState, interval: Duration, mut stop: watch::Receiver<bool>) {
    let worker = format!("{}-{}", state.config.worker_name, std::process::id());
    let now = state.clock.now();
    // The purge reads every finished application's age: hourly is often enough for periods
    // counted in months. Escalation looks for requests past a due date, which moves by days.
    let mut purge = Periodic::new(PURGE_EVERY, now);
    let mut escalation = Periodic::new(ESCALATE_EVERY, now);
    loop {
        if purge.due(state.clock.now()) {
            purge_once(&state).await;
        }
        while deliver_outbox_once(&state, &worker).await >= BATCH {}
        while tick_once(&state).await >= BATCH {}
        if escalation.due(state.clock.now()) {
            while escalate_once(&state).await >= u64::from(ESCALATION_BATCH) {}
        }
        while deliver_staff_mail_once(&state, &worker).await >= BATCH {}
        while deliver_ticket_mail_once(&state, &worker).await >= BATCH {}
        if let Err(e) = state.store.purge_expired_sessions(state.clock.now()).await {
            tracing::warn!(error = %e, "session purge failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = stop.changed() => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn periodic_work_is_due_at_once_then_every_period() {
        let t0 = datetime!(2026-11-24 08:00 UTC);
        let mut p = Periodic::new(time::Duration::minutes(5), t0);
        assert!(p.due(t0));
        assert!(!p.due(t0 + time::Duration::minutes(4)));
        assert!(p.due(t0 + time::Duration::minutes(5)));
        assert!(!p.due(t0 + time::Duration::minutes(6)));
    }
}
