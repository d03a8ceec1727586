// The audit log's SQL, shared by both backends like common.rs (and included right after it): the
// write transaction that chains its audit records when it commits, the one-time chaining of records
// written before the chain existed, the verifier's read, and the auditor's report. The chain logic
// itself (encoding, hashing, verification) is in crate::audit_chain, with no I/O.

use crate::audit_chain::{
    record_hash, ChainFields, ChainHead, ChainReport, ChainVerifier, StoredRecord,
};

/// A write transaction. Audit records written in it wait in `audit_pending` and are chained when it
/// commits: the head row is then locked last, after every row the transaction needed, so two
/// transactions can never wait on each other through it (locking it at the first audit record
/// would deadlock a transaction that goes on to lock another case against one that holds that case
/// and wants the head). Derefs to the connection, so it is used like the transaction it wraps.
struct WriteTx(sqlx::Transaction<'static, Db>);

impl std::ops::Deref for WriteTx {
    type Target = Conn;
    fn deref(&self) -> &Conn {
        &self.0
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut Conn {
        &mut self.0
    }
}

impl WriteTx {
    /// Chains the transaction's audit records, then commits everything together.
    async fn commit(mut self) -> Result<(), sqlx::Error> {
        seal_pending(&mut self).await?;
        self.0.commit().await
    }
}

/// Writes an audit record in the caller's transaction; it joins the chain when that commits.
async fn audit(c: &mut Conn, e: &NewAudit) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO audit_pending (at, actor_account, actor_role, actor_economy, action, subject, outcome) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(us(e.at))
    .bind(e.actor_account.map(|a| a.to_string()))
    .bind(e.actor_role.map(|r| r.as_str().to_owned()))
    .bind(e.actor_economy.map(|c| c.to_string()))
    .bind(&e.action)
    .bind(&e.subject)
    .bind(&e.outcome)
    .execute(&mut *c)
    .await?;
    Ok(())
}

const HEAD_SQL: &str = "SELECT last_id, last_hash FROM audit_head WHERE singleton = 1";

/// Reads the head, locked until the transaction ends (PostgreSQL; SQLite's writer is alone already).
async fn lock_head(c: &mut Conn) -> Result<Option<(i64, String)>, sqlx::Error> {
    let sql = format!("{HEAD_SQL}{FOR_UPDATE}");
    let row = sqlx::query(&sql).fetch_optional(&mut *c).await?;
    row.map(|r| Ok((r.try_get("last_id")?, r.try_get("last_hash")?)))
        .transpose()
}

/// Appends the pending records to the chain, in the order they were written. Without a head row
/// nothing can be chained, and the transaction fails rather than write an unchained record.
async fn seal_pending(c: &mut Conn) -> Result<(), sqlx::Error> {
    // Most write transactions audit nothing: they must not queue on the head.
    if sqlx::query("SELECT id FROM audit_pending LIMIT 1")
        .fetch_optional(&mut *c)
        .await?
        .is_none()
    {
        return Ok(());
    }
    let (mut last_id, mut last_hash) = lock_head(c).await?.ok_or(sqlx::Error::RowNotFound)?;
    let rows = sqlx::query(
        "SELECT id, at, actor_account, actor_role, actor_economy, action, subject, outcome \
         FROM audit_pending ORDER BY id",
    )
    .fetch_all(&mut *c)
    .await?;
    for r in rows {
        let pending: i64 = r.try_get("id")?;
        let at: i64 = r.try_get("at")?;
        let account: Option<String> = r.try_get("actor_account")?;
        let role: Option<String> = r.try_get("actor_role")?;
        let economy: Option<String> = r.try_get("actor_economy")?;
        let action: String = r.try_get("action")?;
        let subject: String = r.try_get("subject")?;
        let outcome: String = r.try_get("outcome")?;
        let seq = last_id + 1;
        let fields = ChainFields {
            at,
            actor_account: account.as_deref(),
            actor_role: role.as_deref(),
            actor_economy: economy.as_deref(),
            action: &action,
            subject: &subject,
            outcome: &outcome,
        };
        let hash = record_hash(seq, &fields, &last_hash);
        sqlx::query(
            "INSERT INTO audit_log (id, seq, at, actor_account, actor_role, actor_economy, action, subject, outcome, prev_hash, hash) \
             VALUES ($1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(seq)
        .bind(at)
        .bind(account.as_deref())
        .bind(role.as_deref())
        .bind(economy.as_deref())
        .bind(&action)
        .bind(&subject)
        .bind(&outcome)
        .bind(&last_hash)
        .bind(&hash)
        .execute(&mut *c)
        .await?;
        sqlx::query("DELETE FROM audit_pending WHERE id = $1")
            .bind(pending)
            .execute(&mut *c)
            .await?;
        (last_id, last_hash) = (seq, hash);
    }
    sqlx::query("UPDATE audit_head SET last_id = $1, last_hash = $2 WHERE singleton = 1")
        .bind(last_id)
        .bind(&last_hash)
        .execute(&mut *c)
        .await?;
    Ok(())
}

const AUDIT_COLUMNS: &str =
    "id, seq, at, actor_account, actor_role, actor_economy, action, subject, outcome, prev_hash, hash";

fn stored_record(r: &<Db as sqlx::Database>::Row) -> Result<StoredRecord, sqlx::Error> {
    Ok(StoredRecord {
        id: r.try_get("id")?,
        seq: r.try_get("seq")?,
        at: r.try_get("at")?,
        actor_account: r.try_get("actor_account")?,
        actor_role: r.try_get("actor_role")?,
        actor_economy: r.try_get("actor_economy")?,
        action: r.try_get("action")?,
        subject: r.try_get("subject")?,
        outcome: r.try_get("outcome")?,
        prev_hash: r.try_get("prev_hash")?,
        hash: r.try_get("hash")?,
    })
}

/// Rows read per query while chaining or verifying, so neither holds the whole log in memory.
const AUDIT_PAGE: i64 = 1000;

/// Who is recorded as having read personal data: staff and national systems. Applicants reading
/// their own records, and the system's own work, are not accesses anyone needs to account for.
fn read_actor(access: CaseAccess) -> Option<Actor> {
    match access {
        CaseAccess::Home(s) => Some(s.actor()),
        CaseAccess::Applicant(_) | CaseAccess::System => None,
    }
}

/// Actions counted as accesses to personal data in the audit report.
const READ_ACTIONS: [&str; 7] = [
    "read_case",
    "read_photo",
    "read_history",
    "read_pre_clearance",
    "read_pre_clearance_photo",
    "read_pre_clearance_history",
    "read_ticket",
];
/// Actions on the scheme's keys and trust list.
const KEY_ACTIONS: [&str; 4] = [
    "add_signing_key",
    "retire_signing_key",
    "rotate_document_signer",
    "publish_trust_list",
];
/// Revocations and cancellations: of cards, of pre-clearance approvals, of national-system access.
const REVOCATION_ACTIONS: [&str; 3] = ["cancel_card", "withdraw_approval", "revoke_api_client"];
/// Changes to the scheme's or an economy's configuration.
const CONFIGURATION_ACTIONS: [&str; 2] = ["update_economy", "update_issuance_policy"];

fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Backend {
    /// Records a read of personal data by `actor` (if it is one to record), and commits it before
    /// the data is handed out: a read that cannot be audited does not happen.
    async fn audit_read(
        &self,
        actor: Option<Actor>,
        action: &str,
        subject: String,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        let Some(actor) = actor else { return Ok(()) };
        let mut tx = self.write_tx().await?;
        audit(&mut tx, &NewAudit::ok(now, actor, action, subject)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Chains, once, the records written before the chain existed (when the head is still at its
    /// start), renumbering them 1, 2, 3… in their order; and chains any records left pending. Runs
    /// when the store opens; the head's lock keeps several servers starting at once from doing it
    /// twice.
    async fn chain_audit_log(&self) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        if let Some((0, genesis)) = lock_head(&mut tx).await? {
            let (mut last_id, mut last_hash) = (0_i64, genesis);
            loop {
                let sql = format!(
                    "SELECT {AUDIT_COLUMNS} FROM audit_log WHERE hash IS NULL ORDER BY id LIMIT $1"
                );
                let rows = sqlx::query(&sql)
                    .bind(AUDIT_PAGE)
                    .fetch_all(&mut *tx)
                    .await?;
                if rows.is_empty() {
                    break;
                }
                for r in &rows {
                    let old = stored_record(r)?;
                    let seq = last_id + 1;
                    let hash = record_hash(seq, &old.fields(), &last_hash);
                    // Ascending order keeps the new id free: it is never above the old one.
                    sqlx::query(
                        "UPDATE audit_log SET id = $1, seq = $1, prev_hash = $2, hash = $3 WHERE id = $4",
                    )
                    .bind(seq)
                    .bind(&last_hash)
                    .bind(&hash)
                    .bind(old.id)
                    .execute(&mut *tx)
                    .await?;
                    (last_id, last_hash) = (seq, hash);
                }
            }
            if last_id > 0 {
                sqlx::query(
                    "UPDATE audit_head SET last_id = $1, last_hash = $2 WHERE singleton = 1",
                )
                .bind(last_id)
                .bind(&last_hash)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }
}

#[async_trait]
impl AuditStore for Backend {
    async fn record_audit(&self, entry: NewAudit) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        audit(&mut tx, &entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn audit_log(
        &self,
        _scope: &AuditScope,
        page: u32,
        per_page: u32,
    ) -> StoreResult<Page<AuditEntry>> {
        let (page, per_page, limit, offset) = page_bounds(page, per_page);
        let total: i64 = sqlx::query("SELECT COUNT(*) AS n FROM audit_log")
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        let rows = sqlx::query(
            "SELECT id, at, actor_account, actor_role, actor_economy, action, subject, outcome FROM audit_log \
             ORDER BY id DESC LIMIT $1 OFFSET $2",
        )
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let mut items = Vec::with_capacity(rows.len());
        for r in rows {
            let account: Option<String> = r.try_get("actor_account")?;
            let role: Option<String> = r.try_get("actor_role")?;
            items.push(AuditEntry {
                id: r.try_get("id")?,
                at: from_us(r.try_get("at")?),
                actor_account: account.as_deref().map(parse_account).transpose()?,
                actor_role: role.as_deref().map(parse_role).transpose()?,
                actor_economy: parse_economy(r.try_get("actor_economy")?)?,
                action: r.try_get("action")?,
                subject: r.try_get("subject")?,
                outcome: r.try_get("outcome")?,
            });
        }
        Ok(Page {
            items,
            total: u64::try_from(total).unwrap_or(0),
            page,
            per_page,
        })
    }

    async fn verify_audit_chain(&self) -> StoreResult<ChainReport> {
        // One snapshot for the head and every page, so records appended meanwhile are not mistaken
        // for insertions.
        let mut tx = self.pool.begin_with(SNAPSHOT_READ).await?;
        let head = sqlx::query(HEAD_SQL)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| -> Result<ChainHead, sqlx::Error> {
                Ok(ChainHead {
                    last_id: r.try_get("last_id")?,
                    last_hash: r.try_get("last_hash")?,
                })
            })
            .transpose()?;
        let mut verifier = ChainVerifier::new(head);
        let sql =
            format!("SELECT {AUDIT_COLUMNS} FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2");
        let mut after = i64::MIN;
        loop {
            let rows = sqlx::query(&sql)
                .bind(after)
                .bind(AUDIT_PAGE)
                .fetch_all(&mut *tx)
                .await?;
            if rows.is_empty() {
                break;
            }
            for r in &rows {
                let record = stored_record(r)?;
                after = record.id;
                verifier.push(&record);
            }
        }
        tx.rollback().await?;
        Ok(verifier.finish())
    }

    async fn audit_report(
        &self,
        _scope: &AuditScope,
        from: OffsetDateTime,
        to: OffsetDateTime,
    ) -> StoreResult<AuditReport> {
        let (lo, hi) = (us(from), us(to));
        let records: i64 =
            sqlx::query("SELECT COUNT(*) AS n FROM audit_log WHERE at >= $1 AND at < $2")
                .bind(lo)
                .bind(hi)
                .fetch_one(&self.pool)
                .await?
                .try_get("n")?;
        let sql = format!(
            "SELECT actor_role, actor_economy, COUNT(*) AS n FROM audit_log \
             WHERE at >= $1 AND at < $2 AND action IN ({}) \
             GROUP BY actor_role, actor_economy ORDER BY actor_role, actor_economy",
            placeholders(3, READ_ACTIONS.len())
        );
        let mut q = sqlx::query(&sql).bind(lo).bind(hi);
        for a in READ_ACTIONS {
            q = q.bind(a);
        }
        let mut accesses = Vec::new();
        for r in q.fetch_all(&self.pool).await? {
            let role: Option<String> = r.try_get("actor_role")?;
            accesses.push(AccessCount {
                role: role.as_deref().map(parse_role).transpose()?,
                economy: parse_economy(r.try_get("actor_economy")?)?,
                count: u64::try_from(r.try_get::<i64, _>("n")?).unwrap_or(0),
            });
        }
        let logins = sqlx::query(
            "SELECT outcome, COUNT(*) AS n FROM audit_log \
             WHERE at >= $1 AND at < $2 AND action = 'login' GROUP BY outcome",
        )
        .bind(lo)
        .bind(hi)
        .fetch_all(&self.pool)
        .await?;
        let (mut logins_ok, mut logins_failed) = (0, 0);
        for r in logins {
            let outcome: String = r.try_get("outcome")?;
            let n = u64::try_from(r.try_get::<i64, _>("n")?).unwrap_or(0);
            if outcome == "ok" {
                logins_ok += n;
            } else {
                logins_failed += n;
            }
        }
        Ok(AuditReport {
            from,
            to,
            records: u64::try_from(records).unwrap_or(0),
            accesses,
            logins_ok,
            logins_failed,
            key_events: self.count_actions(lo, hi, &KEY_ACTIONS).await?,
            revocations: self.count_actions(lo, hi, &REVOCATION_ACTIONS).await?,
            configuration_changes: self.count_actions(lo, hi, &CONFIGURATION_ACTIONS).await?,
        })
    }
}

impl Backend {
    /// How often each of `actions` was recorded in [lo, hi), in action order; absent ones as zero.
    async fn count_actions(
        &self,
        lo: i64,
        hi: i64,
        actions: &[&str],
    ) -> StoreResult<Vec<ActionCount>> {
        let sql = format!(
            "SELECT action, COUNT(*) AS n FROM audit_log \
             WHERE at >= $1 AND at < $2 AND outcome = 'ok' AND action IN ({}) GROUP BY action",
            placeholders(3, actions.len())
        );
        let mut q = sqlx::query(&sql).bind(lo).bind(hi);
        for a in actions {
            q = q.bind(*a);
        }
        let rows = q.fetch_all(&self.pool).await?;
        let mut counts: Vec<ActionCount> = actions
            .iter()
            .map(|a| ActionCount {
                action: (*a).to_owned(),
                count: 0,
            })
            .collect();
        for r in rows {
            let action: String = r.try_get("action")?;
            let n = u64::try_from(r.try_get::<i64, _>("n")?).unwrap_or(0);
            if let Some(c) = counts.iter_mut().find(|c| c.action == action) {
                c.count = n;
            }
        }
        Ok(counts)
    }
}
