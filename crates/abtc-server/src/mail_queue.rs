//! The worker's loop over a leased mail queue that is not the cardholders' outbox: the staff
//! channels' mail (`staff_mail`) and the cardholders' ticket mail (`ticket_mail`). Each pass claims
//! what is due under a lease, writes each mail in its recipient's language, sends it, and records
//! the outcome once, or gives the mail back for a retry after the worker's backoff. The Message-ID
//! is derived from the queued mail, so a repeat after a crash (sent, not yet recorded) is
//! recognisable as the same message.

use std::future::Future;

use abtc_domain::Economies;
use abtc_store::{MailOutcome, MailQueueKind, StoreResult};

use crate::mail::{Mail, Mailer};
use crate::notify::MAX_MAIL_ATTEMPTS;
use crate::state::AppState;

/// One queue: how its mail is claimed and written.
pub trait MailQueue: Sync {
    type Item: Send + Sync;
    /// The queue's name in log lines.
    const NAME: &'static str;
    /// Which of the store's queues it is: completing and retrying are the same for every queue.
    const KIND: MailQueueKind;

    fn claim(
        &self,
        state: &AppState,
        worker: &str,
        now: time::OffsetDateTime,
        lease_until: time::OffsetDateTime,
        batch: u32,
    ) -> impl Future<Output = StoreResult<Vec<Self::Item>>> + Send;
    fn id(item: &Self::Item) -> i64;
    fn attempts(item: &Self::Item) -> u32;
    /// The same on every try of one queued mail, different for every mail.
    fn message_local_part(item: &Self::Item) -> String;
    /// The mail, in the recipient's language; `None` when it cannot be written (an unreadable
    /// address), which is recorded as failed rather than retried.
    fn compose(item: &Self::Item, economies: Option<&Economies>, public_url: &str) -> Option<Mail>;
}

/// Sends what is due once; returns how many mails were handled.
pub async fn deliver_once<Q: MailQueue>(
    queue: &Q,
    state: &AppState,
    worker: &str,
    lease: time::Duration,
    batch: u32,
) -> u32 {
    let now = state.clock.now();
    let items = match queue.claim(state, worker, now, now + lease, batch).await {
        Ok(items) => items,
        Err(e) => {
            tracing::warn!(error = %e, queue = Q::NAME, "mail claim failed");
            return 0;
        }
    };
    if items.is_empty() {
        return 0;
    }
    let economies = state.store.economies().await.ok();
    let mut handled = 0;
    for item in items {
        let id = Q::id(&item);
        let outcome = match &state.mail {
            Some(mailer) => send::<Q>(state, mailer, &item, economies.as_ref()).await,
            None => Some(MailOutcome::None),
        };
        let recorded = match outcome {
            Some(outcome) => {
                state
                    .store
                    .complete_queued_mail(Q::KIND, worker, id, outcome, state.clock.now())
                    .await
            }
            None => {
                let at = state.clock.now() + crate::workers::backoff(Q::attempts(&item));
                state
                    .store
                    .retry_queued_mail(Q::KIND, worker, id, at)
                    .await
                    .map(|()| false)
            }
        };
        match recorded {
            Ok(true) => handled += 1,
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, queue = Q::NAME, mail = id, "mail not recorded"),
        }
    }
    handled
}

/// Sends one mail; `None` means "try again later".
async fn send<Q: MailQueue>(
    state: &AppState,
    mailer: &Mailer,
    item: &Q::Item,
    economies: Option<&Economies>,
) -> Option<MailOutcome> {
    let id = Q::id(item);
    let Some(composed) = Q::compose(item, economies, &state.config.public_url) else {
        tracing::warn!(
            queue = Q::NAME,
            mail = id,
            "mail cannot be sent (unreadable address)"
        );
        state.metrics.mail.with_label_values(&["failed"]).inc();
        return Some(MailOutcome::Failed);
    };
    let message_id = mailer.message_id(&Q::message_local_part(item));
    let attempts = Q::attempts(item);
    match mailer
        .send_with_id(&composed, state.clock.now(), &message_id)
        .await
    {
        Ok(()) => {
            state.metrics.mail.with_label_values(&["sent"]).inc();
            Some(MailOutcome::Sent)
        }
        Err(e) if e.is_permanent() || attempts >= MAX_MAIL_ATTEMPTS => {
            tracing::warn!(error = %e, queue = Q::NAME, mail = id, "mail given up");
            state.metrics.mail.with_label_values(&["failed"]).inc();
            Some(MailOutcome::Failed)
        }
        Err(e) => {
            tracing::warn!(error = %e, queue = Q::NAME, mail = id, attempts, "mail failed; will retry");
            state.metrics.mail.with_label_values(&["retry"]).inc();
            None
        }
    }
}
