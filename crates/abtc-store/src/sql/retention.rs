// Data retention's SQL, shared by both backends like common.rs (and included after it). The purge
// drops personal data from finished records and keeps everything the reports count and the audit
// chain holds: the audit log carries identifiers and roles only, so nothing in it is touched, and
// each purge adds its own audit record.

use abtc_domain::retention::{PurgeRule, RetentionPolicy};

/// The subject a purged ticket shows.
const PURGED_SUBJECT: &str = "(removed under the retention policy)";

fn cutoff(now: OffsetDateTime, days: u32) -> i64 {
    us(now - time::Duration::days(i64::from(days)))
}

/// Purges one application in its own transaction; false when it is gone or purged meanwhile.
async fn purge_application(
    tx: &mut WriteTx,
    id: &str,
    rule: PurgeRule,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let sql = format!(
        "SELECT applicant, data FROM applications WHERE id = $1 AND purged_at IS NULL{FOR_UPDATE}"
    );
    let Some(row) = sqlx::query(&sql).bind(id).fetch_optional(&mut **tx).await? else {
        return Ok(false);
    };
    let applicant: String = row.try_get("applicant")?;
    let mut application: Application = unjson(&row.try_get::<String, _>("data")?)?;
    application.purge();
    sqlx::query(
        "UPDATE applications SET data = $2, family_name = NULL, given_names = NULL, purged_at = $3, \
         version = version + 1 WHERE id = $1",
    )
    .bind(id)
    .bind(json(&application)?)
    .bind(us(now))
    .execute(&mut **tx)
    .await?;
    for r in sqlx::query("SELECT id, data FROM pre_clearances WHERE application = $1")
        .bind(id)
        .fetch_all(&mut **tx)
        .await?
    {
        let mut pc: PreClearance = unjson(&r.try_get::<String, _>("data")?)?;
        pc.purge();
        sqlx::query("UPDATE pre_clearances SET data = $2 WHERE id = $1")
            .bind(r.try_get::<String, _>("id")?)
            .bind(json(&pc)?)
            .execute(&mut **tx)
            .await?;
    }
    for r in sqlx::query("SELECT number, data FROM cards WHERE application = $1")
        .bind(id)
        .fetch_all(&mut **tx)
        .await?
    {
        let mut card: Card = unjson(&r.try_get::<String, _>("data")?)?;
        card.purge();
        sqlx::query("UPDATE cards SET data = $2 WHERE number = $1")
            .bind(r.try_get::<String, _>("number")?)
            .bind(json(&card)?)
            .execute(&mut **tx)
            .await?;
    }
    // Messages not yet delivered would only carry news of a record that no longer says anything.
    for sql in [
        "DELETE FROM photos WHERE application = $1",
        "DELETE FROM outbox WHERE application = $1 AND delivered_at IS NULL",
    ] {
        sqlx::query(sql).bind(id).execute(&mut **tx).await?;
    }
    // The account goes too once none of its applications keeps personal data: its user name is
    // the applicant's e-mail address.
    let live: i64 = sqlx::query(
        "SELECT COUNT(*) AS n FROM applications WHERE applicant = $1 AND purged_at IS NULL",
    )
    .bind(&applicant)
    .fetch_one(&mut **tx)
    .await?
    .try_get("n")?;
    if live == 0 {
        sqlx::query(
            "UPDATE accounts SET username = $2, display_name = '', password_hash = NULL, \
             disabled = TRUE, language = NULL WHERE id = $1 AND role = 'applicant'",
        )
        .bind(&applicant)
        .bind(format!("purged:{applicant}"))
        .execute(&mut **tx)
        .await?;
        for sql in [
            "DELETE FROM sessions WHERE account = $1",
            "DELETE FROM email_confirmations WHERE account_id = $1",
            "DELETE FROM notifications WHERE account = $1",
            "DELETE FROM outbox WHERE recipient = $1 AND delivered_at IS NULL",
            "DELETE FROM ticket_mail WHERE delivered_at IS NULL \
             AND ticket IN (SELECT id FROM tickets WHERE applicant = $1)",
        ] {
            sqlx::query(sql).bind(&applicant).execute(&mut **tx).await?;
        }
    }
    audit(
        tx,
        &NewAudit::ok(
            now,
            Actor::System,
            "personal_data_purged",
            format!("application:{id} rule:{}", rule.as_str()),
        ),
    )
    .await?;
    Ok(true)
}

#[async_trait]
impl RetentionStore for Backend {
    async fn purge(
        &self,
        policy: &RetentionPolicy,
        now: OffsetDateTime,
        limit: u32,
    ) -> StoreResult<PurgeSummary> {
        policy.check()?;
        let mut summary = PurgeSummary::default();
        // Finished applications whose last event is older than their rule's period.
        let candidates = {
            let mut c = self.pool.acquire().await?;
            sqlx::query(
                // Issued applications still holding an active card (most of them) are left out
                // before their events are read.
                "SELECT id, state FROM (SELECT a.id, a.state, \
                   (SELECT MAX(e.at) FROM events e WHERE e.application = a.id) AS last_at \
                   FROM applications a WHERE a.purged_at IS NULL \
                   AND (a.state IN ('rejected', 'withdrawn', 'draft') OR (a.state = 'issued' \
                   AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.application = a.id \
                   AND c.status = 'active')))) x \
                 WHERE (state = 'rejected' AND last_at < $1) OR (state = 'withdrawn' AND last_at < $2) \
                   OR (state = 'draft' AND last_at < $3) OR (state = 'issued' AND last_at < $4) \
                 ORDER BY id LIMIT $5",
            )
            .bind(cutoff(now, policy.rejected_days))
            .bind(cutoff(now, policy.withdrawn_days))
            .bind(cutoff(now, policy.draft_days))
            .bind(cutoff(now, policy.ended_card_days))
            .bind(i64::from(limit))
            .fetch_all(&mut *c)
            .await?
        };
        for r in candidates {
            let id: String = r.try_get("id")?;
            let rule = match r.try_get::<String, _>("state")?.as_str() {
                "rejected" => PurgeRule::Rejected,
                "withdrawn" => PurgeRule::Withdrawn,
                "draft" => PurgeRule::Draft,
                _ => PurgeRule::EndedCard,
            };
            let mut tx = self.write_tx().await?;
            if purge_application(&mut tx, &id, rule, now).await? {
                tx.commit().await?;
                summary.count(rule);
            }
        }
        let mut tx = self.write_tx().await?;
        let ticket_cut = cutoff(now, policy.closed_ticket_days);
        sqlx::query(
            "UPDATE ticket_entries SET message = NULL WHERE ticket IN (SELECT id FROM tickets \
             WHERE status = 'closed' AND purged_at IS NULL AND updated_at < $1)",
        )
        .bind(ticket_cut)
        .execute(&mut *tx)
        .await?;
        summary.tickets = sqlx::query(
            "UPDATE tickets SET subject = $2, purged_at = $3 \
             WHERE status = 'closed' AND purged_at IS NULL AND updated_at < $1",
        )
        .bind(ticket_cut)
        .bind(PURGED_SUBJECT)
        .bind(us(now))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let message_cut = cutoff(now, policy.message_days);
        let mut messages = 0;
        for sql in [
            "DELETE FROM notifications WHERE created_at < $1",
            "DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < $1",
            "DELETE FROM staff_mail WHERE delivered_at IS NOT NULL AND delivered_at < $1",
            "DELETE FROM ticket_mail WHERE delivered_at IS NOT NULL AND delivered_at < $1",
        ] {
            messages += sqlx::query(sql)
                .bind(message_cut)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        summary.messages = messages;
        if summary.tickets > 0 || messages > 0 {
            audit(
                &mut tx,
                &NewAudit::ok(
                    now,
                    Actor::System,
                    "personal_data_purged",
                    format!("tickets:{} messages:{messages}", summary.tickets),
                ),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(summary)
    }
}
