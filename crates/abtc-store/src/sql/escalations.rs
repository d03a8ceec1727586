// Escalation's SQL, shared by both backends like common.rs (and included after it): contacts per
// channel, the escalation of overdue pre-clearances, weekly digests, and the staff mail they queue.
// Staff mail carries figures and, for an economy's own contacts, application references; never a
// name. Contact addresses are never put in an audit subject, an error or a log line.

use abtc_domain::escalation::{
    check_contacts, digest_week, Channel, Contact, ContactsScope, EscalationScope,
    MAX_LISTED_REFERENCES,
};
use abtc_domain::Email;

use crate::escalation::{
    DigestCounts, DigestFigures, EconomyEscalation, EscalationCounts, EscalationItem,
    EscalationOverview, StaffMail, StaffMessage,
};

/// The most open escalations an economy's overview lists (oldest due first); the counts cover all.
const ESCALATION_LIST_LIMIT: i64 = 500;

async fn channel_contacts(c: &mut Conn, channel: Channel) -> StoreResult<Vec<Contact>> {
    let rows =
        sqlx::query("SELECT address, language FROM contacts WHERE channel = $1 ORDER BY position")
            .bind(channel.key())
            .fetch_all(&mut *c)
            .await?;
    rows.iter()
        .map(|r| {
            let address: String = r.try_get("address")?;
            Ok(Contact {
                address: Email::parse(&address)
                    .map_err(|_| StoreError::Other("stored contact unreadable".into()))?,
                language: r.try_get("language")?,
            })
        })
        .collect()
}

/// Queues one staff message to every contact of the channel; returns how many mails.
async fn queue_staff_mail(
    c: &mut Conn,
    channel: Channel,
    contacts: &[Contact],
    message: &StaffMessage,
    now: OffsetDateTime,
) -> StoreResult<u64> {
    let payload = serde_json::to_string(message)
        .map_err(|e| StoreError::Other(format!("staff mail payload: {e}")))?;
    for contact in contacts {
        sqlx::query(
            "INSERT INTO staff_mail (channel, address, language, kind, payload, available_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(channel.key())
        .bind(contact.address.as_str())
        .bind(contact.language.as_deref())
        .bind(message.kind())
        .bind(&payload)
        .bind(us(now))
        .execute(&mut *c)
        .await?;
    }
    Ok(contacts.len() as u64)
}

/// An economy's open escalations: how many, and the oldest due date among them.
async fn open_escalations(c: &mut Conn, economy: EconomyCode) -> StoreResult<(u64, Option<Date>)> {
    let r = sqlx::query(
        "SELECT COUNT(*) AS n, MIN(due_on) AS oldest FROM escalations \
         WHERE economy = $1 AND resolved_at IS NULL",
    )
    .bind(economy.to_string())
    .fetch_one(&mut *c)
    .await?;
    let oldest: Option<String> = r.try_get("oldest")?;
    Ok((
        count(&r, "n")?,
        oldest.as_deref().map(parse_iso).transpose()?,
    ))
}

/// `SELECT COUNT(*) AS n ... WHERE economy = $1 AND <instant> in [$2, $3)`.
async fn count_between(
    c: &mut Conn,
    sql: &str,
    economy: EconomyCode,
    from: i64,
    to: i64,
) -> StoreResult<u64> {
    let r = sqlx::query(sql)
        .bind(economy.to_string())
        .bind(from)
        .bind(to)
        .fetch_one(&mut *c)
        .await?;
    count(&r, "n")
}

/// One economy's figures for the week `[start, end)`, read at `now`.
async fn digest_figures(
    c: &mut Conn,
    economy: &Economy,
    week: (Date, Date),
    now: OffsetDateTime,
) -> StoreResult<DigestFigures> {
    let code = economy.code;
    let start = us(week.0.midnight().assume_utc());
    let end = us(week.1.midnight().assume_utc());
    let rows = sqlx::query(
        "SELECT status, requested_at, decided_at FROM pre_clearances \
         WHERE economy = $1 AND decided_at >= $2 AND decided_at < $3",
    )
    .bind(code.to_string())
    .bind(start)
    .bind(end)
    .fetch_all(&mut *c)
    .await?;
    let (mut approved, mut declined, mut days) = (0u64, 0u64, Vec::with_capacity(rows.len()));
    for r in &rows {
        let status: String = r.try_get("status")?;
        // A withdrawn request was approved first; a closed one was never decided.
        match status.as_str() {
            "approved" | "withdrawn" => approved += 1,
            "declined" => declined += 1,
            _ => continue,
        }
        let requested = from_us(r.try_get("requested_at")?);
        let decided = from_us(r.try_get("decided_at")?);
        days.push(crate::report::elapsed_days(requested, decided));
    }
    let received = count_between(
        c,
        "SELECT COUNT(*) AS n FROM pre_clearances WHERE economy = $1 AND requested_at >= $2 AND requested_at < $3",
        code,
        start,
        end,
    )
    .await?;
    let backlog = sqlx::query(
        "SELECT COUNT(*) AS n, COUNT(CASE WHEN due_on < $2 THEN 1 END) AS overdue \
         FROM pre_clearances WHERE economy = $1 AND status = 'pending'",
    )
    .bind(code.to_string())
    .bind(iso(now.date()))
    .fetch_one(&mut *c)
    .await?;
    let pending = count(&backlog, "n")?;
    let overdue = count(&backlog, "overdue")?;
    let escalations_raised = count_between(
        c,
        "SELECT COUNT(*) AS n FROM escalations WHERE economy = $1 AND raised_at >= $2 AND raised_at < $3",
        code,
        start,
        end,
    )
    .await?;
    let (escalations_open, _) = open_escalations(c, code).await?;
    Ok(DigestFigures::compute(
        code,
        week,
        economy.pre_clearance_target_days,
        days,
        DigestCounts {
            received,
            approved,
            declined,
            pending,
            overdue,
            escalations_raised,
            escalations_open,
        },
    ))
}

/// Records that the channel's digest of the week is queued; false if it already was.
async fn claim_digest(
    c: &mut Conn,
    channel: Channel,
    week_start: Date,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "INSERT INTO digests (channel, week_start, queued_at) VALUES ($1, $2, $3) \
         ON CONFLICT (channel, week_start) DO NOTHING",
    )
    .bind(channel.key())
    .bind(iso(week_start))
    .bind(us(now))
    .execute(&mut *c)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[async_trait]
impl EscalationStore for Backend {
    async fn set_contacts(
        &self,
        scope: &ContactsScope,
        contacts: &[Contact],
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        check_contacts(contacts)?;
        let channel = scope.channel();
        if let Some(code) = channel.economy() {
            // Contacts of an economy that is not a member would never be written to.
            self.economies().await?.get(code)?;
        }
        let mut tx = self.write_tx().await?;
        sqlx::query("DELETE FROM contacts WHERE channel = $1")
            .bind(channel.key())
            .execute(&mut *tx)
            .await?;
        for (position, contact) in (0i64..).zip(contacts) {
            sqlx::query(
                "INSERT INTO contacts (channel, address, language, position) VALUES ($1, $2, $3, $4)",
            )
            .bind(channel.key())
            .bind(contact.address.as_str())
            .bind(contact.language.as_deref())
            .bind(position)
            .execute(&mut *tx)
            .await?;
        }
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                scope.actor(),
                "contacts_changed",
                format!("channel:{channel} contacts:{}", contacts.len()),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn contacts(&self, scope: &ContactsScope) -> StoreResult<Vec<Contact>> {
        let mut c = self.pool.acquire().await?;
        channel_contacts(&mut c, scope.channel()).await
    }

    async fn escalate_overdue(&self, now: OffsetDateTime, limit: u32) -> StoreResult<u64> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "UPDATE escalations SET resolved_at = $1 WHERE resolved_at IS NULL AND EXISTS \
             (SELECT 1 FROM pre_clearances p WHERE p.id = escalations.pre_clearance AND p.status <> 'pending')",
        )
        .bind(us(now))
        .execute(&mut *tx)
        .await?;
        let rows = sqlx::query(
            "SELECT p.id, p.economy, p.due_on, a.reference FROM pre_clearances p \
             JOIN applications a ON a.id = p.application \
             WHERE p.status = 'pending' AND p.due_on < $1 \
             AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.pre_clearance = p.id) \
             ORDER BY p.due_on, p.id LIMIT $2",
        )
        .bind(iso(now.date()))
        .bind(i64::from(limit))
        .fetch_all(&mut *tx)
        .await?;
        let mut raised: std::collections::BTreeMap<EconomyCode, Vec<(Date, String)>> =
            std::collections::BTreeMap::new();
        for r in &rows {
            let id: String = r.try_get("id")?;
            let economy = EconomyCode::parse(&r.try_get::<String, _>("economy")?)?;
            let due_on: String = r.try_get("due_on")?;
            // Another server may have escalated it since the read: then it is theirs to announce.
            let inserted = sqlx::query(
                "INSERT INTO escalations (pre_clearance, economy, due_on, raised_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (pre_clearance) DO NOTHING",
            )
            .bind(&id)
            .bind(economy.to_string())
            .bind(&due_on)
            .bind(us(now))
            .execute(&mut *tx)
            .await?;
            if inserted.rows_affected() == 1 {
                raised
                    .entry(economy)
                    .or_default()
                    .push((parse_iso(&due_on)?, r.try_get("reference")?));
            }
        }
        let mut total = 0u64;
        let mut counts = Vec::with_capacity(raised.len());
        for (economy, requests) in &raised {
            let (open, oldest_due_on) = open_escalations(&mut tx, *economy).await?;
            let n = requests.len() as u64;
            total += n;
            counts.push(EscalationCounts {
                economy: *economy,
                raised: n,
                open,
                oldest_due_on,
            });
            let channel = Channel::Economy(*economy);
            let contacts = channel_contacts(&mut tx, channel).await?;
            let message = StaffMessage::Escalation(EconomyEscalation {
                economy: *economy,
                raised: n,
                open,
                oldest_due_on,
                references: requests
                    .iter()
                    .take(MAX_LISTED_REFERENCES)
                    .map(|(_, r)| r.clone())
                    .collect(),
            });
            queue_staff_mail(&mut tx, channel, &contacts, &message, now).await?;
            audit(
                &mut tx,
                &NewAudit::ok(
                    now,
                    Actor::System,
                    "escalation_raised",
                    format!("economy:{economy} requests:{n} open:{open}"),
                ),
            )
            .await?;
        }
        if !counts.is_empty() {
            let contacts = channel_contacts(&mut tx, Channel::Efficiency).await?;
            let message = StaffMessage::Efficiency { economies: counts };
            queue_staff_mail(&mut tx, Channel::Efficiency, &contacts, &message, now).await?;
        }
        tx.commit().await?;
        Ok(total)
    }

    async fn queue_digests(&self, now: OffsetDateTime) -> StoreResult<u64> {
        let week = digest_week(now);
        // The common case, every few seconds: every channel with contacts has this week's digest.
        let due = {
            let mut c = self.pool.acquire().await?;
            sqlx::query(
                "SELECT DISTINCT channel FROM contacts WHERE channel NOT IN \
                 (SELECT channel FROM digests WHERE week_start = $1)",
            )
            .bind(iso(week.0))
            .fetch_all(&mut *c)
            .await?
        };
        if due.is_empty() {
            return Ok(0);
        }
        let economies = self.economies().await?;
        let mut tx = self.write_tx().await?;
        let efficiency = channel_contacts(&mut tx, Channel::Efficiency).await?;
        let mut all = Vec::new();
        let mut mails = 0;
        for economy in economies.iter().filter(|e| e.is_full()) {
            let channel = Channel::Economy(economy.code);
            let contacts = channel_contacts(&mut tx, channel).await?;
            if contacts.is_empty() && efficiency.is_empty() {
                continue;
            }
            let figures = digest_figures(&mut tx, economy, week, now).await?;
            if !contacts.is_empty() && claim_digest(&mut tx, channel, week.0, now).await? {
                let message = StaffMessage::Digest(figures.clone());
                mails += queue_staff_mail(&mut tx, channel, &contacts, &message, now).await?;
            }
            all.push(figures);
        }
        if !efficiency.is_empty() && claim_digest(&mut tx, Channel::Efficiency, week.0, now).await?
        {
            let message = StaffMessage::SchemeDigest {
                week_start: week.0,
                week_end: week.1,
                economies: all,
            };
            mails +=
                queue_staff_mail(&mut tx, Channel::Efficiency, &efficiency, &message, now).await?;
        }
        tx.commit().await?;
        Ok(mails)
    }

    async fn escalations(
        &self,
        scope: &EscalationScope,
        now: OffsetDateTime,
    ) -> StoreResult<EscalationOverview> {
        let economy = match scope {
            EscalationScope::Economy(code) => Some(code.to_string()),
            EscalationScope::Scheme => None,
        };
        let cond = if economy.is_some() {
            " AND economy = $2"
        } else {
            ""
        };
        let mut c = self.pool.acquire().await?;
        // Open escalations (with the oldest due date), then those raised in the last seven days.
        let open_sql = format!(
            "SELECT economy, COUNT(*) AS n, MIN(due_on) AS oldest FROM escalations \
             WHERE resolved_at IS NULL AND raised_at <= $1{cond} GROUP BY economy"
        );
        let recent_sql = format!(
            "SELECT economy, COUNT(*) AS n FROM escalations \
             WHERE raised_at >= $1{cond} GROUP BY economy"
        );
        let mut counts: std::collections::BTreeMap<String, EscalationCounts> =
            std::collections::BTreeMap::new();
        for (sql, since, recent) in [
            (&open_sql, us(now), false),
            (&recent_sql, us(now - time::Duration::days(7)), true),
        ] {
            let mut q = sqlx::query(sql).bind(since);
            if let Some(e) = &economy {
                q = q.bind(e.clone());
            }
            for r in q.fetch_all(&mut *c).await? {
                let code = EconomyCode::parse(&r.try_get::<String, _>("economy")?)?;
                let n = count(&r, "n")?;
                let entry = counts
                    .entry(code.to_string())
                    .or_insert_with(|| EscalationCounts {
                        economy: code,
                        raised: 0,
                        open: 0,
                        oldest_due_on: None,
                    });
                if recent {
                    entry.raised = n;
                } else {
                    entry.open = n;
                    let oldest: Option<String> = r.try_get("oldest")?;
                    entry.oldest_due_on = oldest.as_deref().map(parse_iso).transpose()?;
                }
            }
        }
        let mut open = Vec::new();
        if let EscalationScope::Economy(code) = scope {
            let rows = sqlx::query(
                "SELECT e.economy, e.due_on, e.raised_at, e.resolved_at, a.reference FROM escalations e \
                 JOIN pre_clearances p ON p.id = e.pre_clearance \
                 JOIN applications a ON a.id = p.application \
                 WHERE e.economy = $1 AND e.resolved_at IS NULL ORDER BY e.due_on, e.raised_at LIMIT $2",
            )
            .bind(code.to_string())
            .bind(ESCALATION_LIST_LIMIT)
            .fetch_all(&mut *c)
            .await?;
            for r in rows {
                let due_on: String = r.try_get("due_on")?;
                let resolved: Option<i64> = r.try_get("resolved_at")?;
                open.push(EscalationItem {
                    reference: r.try_get("reference")?,
                    economy: EconomyCode::parse(&r.try_get::<String, _>("economy")?)?,
                    due_on: parse_iso(&due_on)?,
                    raised_at: from_us(r.try_get("raised_at")?),
                    resolved_at: resolved.map(from_us),
                });
            }
        }
        Ok(EscalationOverview {
            economies: counts.into_values().collect(),
            open,
        })
    }

    async fn claim_staff_mail(
        &self,
        worker: &str,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        limit: u32,
    ) -> StoreResult<Vec<StaffMail>> {
        let mut tx = self.write_tx().await?;
        let rows = claim_leased(
            &mut tx,
            Leased::StaffMail,
            "id, channel, address, language, payload, attempts",
            worker,
            (now, lease_until),
            limit,
        )
        .await?;
        tx.commit().await?;
        let mut mails = Vec::with_capacity(rows.len());
        for r in rows {
            let payload: String = r.try_get("payload")?;
            let attempts: i64 = r.try_get("attempts")?;
            mails.push(StaffMail {
                id: r.try_get("id")?,
                channel: Channel::parse(&r.try_get::<String, _>("channel")?)?,
                address: r.try_get("address")?,
                language: r.try_get("language")?,
                message: serde_json::from_str(&payload)
                    .map_err(|_| StoreError::Other("stored staff mail unreadable".into()))?,
                attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
            });
        }
        mails.sort_by_key(|m| m.id);
        Ok(mails)
    }
}
