// Cardholder service's SQL, shared by both backends like common.rs (and included after it). Every
// query on tickets carries the caller's scope as a condition (`ticket_scope`), so a ticket routed to
// another economy, or raised by another cardholder, is simply not found. Ticket text is personal
// data: it is stored and returned, never put in an audit subject, an error or a log line.

use abtc_domain::role::{LessonScope, TicketScope};
use abtc_domain::ticket::{
    EntryKind, LessonText, Message, Party, RefundReason, RefundStatus, Subject, TicketCommand,
    TicketKind, TicketState, TicketStatus,
};
use abtc_domain::TicketId;

/// The most tickets a list returns: the newest activity first.
const TICKET_LIST_LIMIT: i64 = 500;
/// The most lessons a list returns.
const LESSON_LIST_LIMIT: i64 = 500;

const TICKET_COLUMNS: &str = "t.id, t.economy, t.kind, t.status, t.subject, t.refund_reason, \
     t.refund_status, t.due_on, t.created_at, t.updated_at";

fn unreadable(_: DomainError) -> StoreError {
    StoreError::Other("stored ticket unreadable".into())
}

/// The scope's condition on `tickets t`, its parameter bound as `$n`.
fn ticket_scope(scope: &TicketScope, n: u8) -> (String, String) {
    match scope {
        TicketScope::Cardholder(s) => (format!(" AND t.applicant = ${n}"), s.account().to_string()),
        TicketScope::Economy { economy, .. } => {
            (format!(" AND t.economy = ${n}"), economy.to_string())
        }
    }
}

fn party_of(scope: &TicketScope) -> Party {
    match scope {
        TicketScope::Cardholder(_) => Party::Cardholder,
        TicketScope::Economy { .. } => Party::Economy,
    }
}

fn ticket_summary(r: &<Db as sqlx::Database>::Row) -> StoreResult<TicketSummary> {
    let id: String = r.try_get("id")?;
    let economy: String = r.try_get("economy")?;
    let kind: String = r.try_get("kind")?;
    let status: String = r.try_get("status")?;
    let subject: String = r.try_get("subject")?;
    let reason: Option<String> = r.try_get("refund_reason")?;
    let refund_status: Option<String> = r.try_get("refund_status")?;
    let due_on: Option<String> = r.try_get("due_on")?;
    let refund = match (reason, refund_status) {
        (Some(reason), Some(status)) => Some(RefundSummary {
            reason: RefundReason::parse(&reason).map_err(unreadable)?,
            status: RefundStatus::parse(&status).map_err(unreadable)?,
        }),
        _ => None,
    };
    Ok(TicketSummary {
        id: TicketId::parse(&id).map_err(unreadable)?,
        kind: TicketKind::parse(&kind).map_err(unreadable)?,
        economy: EconomyCode::parse(&economy).map_err(unreadable)?,
        status: TicketStatus::parse(&status).map_err(unreadable)?,
        subject: Subject::parse(&subject).map_err(unreadable)?,
        refund,
        due_on: due_on.as_deref().map(parse_iso).transpose()?,
        created_at: from_us(r.try_get("created_at")?),
        updated_at: from_us(r.try_get("updated_at")?),
    })
}

/// A ticket the scope may see, locked for the transaction when `lock` (PostgreSQL).
async fn load_ticket_summary(
    c: &mut Conn,
    scope: &TicketScope,
    id: TicketId,
    lock: bool,
) -> StoreResult<TicketSummary> {
    let (cond, param) = ticket_scope(scope, 2);
    let sql = format!(
        "SELECT {TICKET_COLUMNS} FROM tickets t WHERE t.id = $1{cond}{}",
        if lock { FOR_UPDATE } else { "" }
    );
    let row = sqlx::query(&sql)
        .bind(id.to_string())
        .bind(param)
        .fetch_optional(&mut *c)
        .await?
        .ok_or(StoreError::NotFound)?;
    ticket_summary(&row)
}

async fn ticket_history(c: &mut Conn, id: TicketId) -> StoreResult<Vec<TicketEntry>> {
    let rows = sqlx::query(
        "SELECT at, party, kind, message FROM ticket_entries WHERE ticket = $1 ORDER BY id",
    )
    .bind(id.to_string())
    .fetch_all(&mut *c)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let party: String = r.try_get("party")?;
        let kind: String = r.try_get("kind")?;
        let message: Option<String> = r.try_get("message")?;
        out.push(TicketEntry {
            at: from_us(r.try_get("at")?),
            by: Party::parse(&party).map_err(unreadable)?,
            kind: EntryKind::parse(&kind).map_err(unreadable)?,
            message: message
                .as_deref()
                .map(Message::parse)
                .transpose()
                .map_err(unreadable)?,
        });
    }
    Ok(out)
}

async fn insert_ticket_entry(
    c: &mut Conn,
    id: TicketId,
    party: Party,
    kind: EntryKind,
    message: Option<&Message>,
    now: OffsetDateTime,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO ticket_entries (ticket, at, party, kind, message) VALUES ($1,$2,$3,$4,$5)",
    )
    .bind(id.to_string())
    .bind(us(now))
    .bind(party.as_str())
    .bind(kind.as_str())
    .bind(message.map(|m| m.as_str().to_owned()))
    .execute(&mut *c)
    .await?;
    Ok(())
}

/// The economy a ticket is routed to: a member the cardholder named, or the home economy of their
/// latest application.
async fn route_ticket(
    c: &mut Conn,
    scope: &ApplicantScope,
    route: TicketRoute,
) -> StoreResult<EconomyCode> {
    match route {
        TicketRoute::Economy(code) => {
            let economies = load_economies(c).await?;
            if economies.iter().any(|e| e.code == code) {
                Ok(code)
            } else {
                Err(DomainError::UnknownEconomy.into())
            }
        }
        TicketRoute::Home => {
            let row = sqlx::query(
                "SELECT home FROM applications WHERE applicant = $1 \
                 ORDER BY COALESCE(submitted_at, 0) DESC, id LIMIT 1",
            )
            .bind(scope.account().to_string())
            .fetch_optional(&mut *c)
            .await?
            .ok_or(StoreError::NotFound)?;
            let home: String = row.try_get("home")?;
            EconomyCode::parse(&home).map_err(unreadable)
        }
    }
}

#[async_trait]
impl TicketStore for Backend {
    async fn raise_ticket(
        &self,
        scope: &ApplicantScope,
        ticket: NewTicket,
        now: OffsetDateTime,
    ) -> StoreResult<Ticket> {
        if (ticket.kind == TicketKind::Refund) != ticket.refund_reason.is_some() {
            return Err(DomainError::InvalidField {
                field: "refund_reason",
                reason: "a refund request needs a reason; other tickets take none",
            }
            .into());
        }
        let state = TicketState::raised(ticket.kind, now.date());
        let mut b = [0u8; 16];
        self.entropy.fill(&mut b);
        let id = TicketId::from_bytes(b);
        let mut tx = self.write_tx().await?;
        let economy = route_ticket(&mut tx, scope, ticket.route).await?;
        sqlx::query(
            "INSERT INTO tickets (id, applicant, economy, kind, status, subject, refund_reason, \
             refund_status, due_on, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$10)",
        )
        .bind(id.to_string())
        .bind(scope.account().to_string())
        .bind(economy.to_string())
        .bind(state.kind.as_str())
        .bind(state.status.as_str())
        .bind(ticket.subject.as_str())
        .bind(ticket.refund_reason.map(|r| r.as_str()))
        .bind(state.refund.map(|r| r.as_str()))
        .bind(state.due_on.map(iso))
        .bind(us(now))
        .execute(&mut *tx)
        .await?;
        insert_ticket_entry(
            &mut tx,
            id,
            Party::Cardholder,
            EntryKind::Raised,
            Some(&ticket.message),
            now,
        )
        .await?;
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                scope.actor(),
                "ticket_raised",
                format!("ticket:{id} {} to {economy}", state.kind.as_str()),
            ),
        )
        .await?;
        let scope = TicketScope::Cardholder(*scope);
        let summary = load_ticket_summary(&mut tx, &scope, id, false).await?;
        let history = ticket_history(&mut tx, id).await?;
        tx.commit().await?;
        Ok(Ticket { summary, history })
    }

    async fn tickets(&self, scope: &TicketScope) -> StoreResult<Vec<TicketSummary>> {
        let (cond, param) = ticket_scope(scope, 1);
        let sql = format!(
            "SELECT {TICKET_COLUMNS} FROM tickets t WHERE 1 = 1{cond} \
             ORDER BY t.updated_at DESC, t.id LIMIT {TICKET_LIST_LIMIT}"
        );
        let rows = sqlx::query(&sql).bind(param).fetch_all(&self.pool).await?;
        rows.iter().map(ticket_summary).collect()
    }

    async fn ticket(
        &self,
        scope: &TicketScope,
        id: TicketId,
        now: OffsetDateTime,
    ) -> StoreResult<Ticket> {
        let mut c = self.pool.acquire().await?;
        let summary = load_ticket_summary(&mut c, scope, id, false).await?;
        let history = ticket_history(&mut c, id).await?;
        drop(c);
        let officer = match scope {
            TicketScope::Economy { .. } => Some(scope.actor()),
            TicketScope::Cardholder(_) => None,
        };
        self.audit_read(officer, "read_ticket", format!("ticket:{id}"), now)
            .await?;
        Ok(Ticket { summary, history })
    }

    async fn act_on_ticket(
        &self,
        scope: &TicketScope,
        id: TicketId,
        action: TicketAction,
        now: OffsetDateTime,
    ) -> StoreResult<Ticket> {
        let (command, message) = match &action {
            TicketAction::Reply(m) => (TicketCommand::Reply, Some(m)),
            TicketAction::Close => (TicketCommand::Close, None),
            TicketAction::Reopen => (TicketCommand::Reopen, None),
            TicketAction::DecideRefund { approve, reason } => (
                TicketCommand::DecideRefund { approve: *approve },
                Some(reason),
            ),
        };
        let party = party_of(scope);
        let mut tx = self.write_tx().await?;
        let before = load_ticket_summary(&mut tx, scope, id, true).await?;
        let state = TicketState {
            kind: before.kind,
            status: before.status,
            refund: before.refund.map(|r| r.status),
            due_on: before.due_on,
        };
        let (after, entry) = state.apply(party, &command, now.date())?;
        sqlx::query(
            "UPDATE tickets SET status = $2, refund_status = $3, due_on = $4, updated_at = $5 WHERE id = $1",
        )
        .bind(id.to_string())
        .bind(after.status.as_str())
        .bind(after.refund.map(|r| r.as_str()))
        .bind(after.due_on.map(iso))
        .bind(us(now))
        .execute(&mut *tx)
        .await?;
        insert_ticket_entry(&mut tx, id, party, entry, message, now).await?;
        if entry.mails_cardholder(party) {
            sqlx::query("INSERT INTO ticket_mail (ticket, entry, available_at) VALUES ($1,$2,$3)")
                .bind(id.to_string())
                .bind(entry.as_str())
                .bind(us(now))
                .execute(&mut *tx)
                .await?;
        }
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                scope.actor(),
                format!("ticket_{}", entry.as_str()),
                format!("ticket:{id}"),
            ),
        )
        .await?;
        let summary = load_ticket_summary(&mut tx, scope, id, false).await?;
        let history = ticket_history(&mut tx, id).await?;
        tx.commit().await?;
        Ok(Ticket { summary, history })
    }

    async fn add_lesson(
        &self,
        scope: &LessonScope,
        lesson: NewLesson,
        now: OffsetDateTime,
    ) -> StoreResult<Lesson> {
        let economy = scope.economy().ok_or(DomainError::Forbidden)?;
        let written_on = now.date();
        let mut tx = self.write_tx().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO lessons (economy, topic, body, written_on) VALUES ($1,$2,$3,$4) RETURNING id",
        )
        .bind(economy.to_string())
        .bind(lesson.topic.as_str())
        .bind(lesson.text.as_str())
        .bind(iso(written_on))
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?;
        // The lesson is anonymous; its audit record keeps the role and economy, not the account.
        let record = NewAudit {
            at: now,
            actor_account: None,
            actor_role: Some(scope.role()),
            actor_economy: Some(economy),
            action: "lesson_shared".into(),
            subject: format!("lesson:{id}"),
            outcome: "ok".into(),
        };
        audit(&mut tx, &record).await?;
        tx.commit().await?;
        Ok(Lesson {
            id,
            economy,
            topic: lesson.topic,
            text: lesson.text,
            written_on,
        })
    }

    async fn lessons(&self, _scope: &LessonScope) -> StoreResult<Vec<Lesson>> {
        // Lessons are anonymized and shared with every economy: the scope proves a caller who may
        // read them, and nothing below depends on whose economy it is.
        let rows = sqlx::query(&format!(
            "SELECT id, economy, topic, body, written_on FROM lessons ORDER BY id DESC LIMIT {LESSON_LIST_LIMIT}"
        ))
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let economy: String = r.try_get("economy")?;
            let topic: String = r.try_get("topic")?;
            let body: String = r.try_get("body")?;
            let written_on: String = r.try_get("written_on")?;
            out.push(Lesson {
                id: r.try_get("id")?,
                economy: EconomyCode::parse(&economy).map_err(unreadable)?,
                topic: Subject::parse(&topic).map_err(unreadable)?,
                text: LessonText::parse(&body).map_err(unreadable)?,
                written_on: parse_iso(&written_on)?,
            });
        }
        Ok(out)
    }

    async fn claim_ticket_mail(
        &self,
        worker: &str,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        limit: u32,
    ) -> StoreResult<Vec<TicketMail>> {
        let mut tx = self.write_tx().await?;
        let claimed = claim_leased(
            &mut tx,
            Leased::TicketMail,
            "id",
            worker,
            (now, lease_until),
            limit,
        )
        .await?;
        if claimed.is_empty() {
            tx.commit().await?;
            return Ok(Vec::new());
        }
        // What was just claimed, with its recipient, in one read: the lease's end names the claim.
        let rows = sqlx::query(
            "SELECT m.id, m.ticket, m.entry, m.attempts, t.kind, t.economy, t.subject, \
             a.username, a.display_name, a.language \
             FROM ticket_mail m \
             LEFT JOIN tickets t ON t.id = m.ticket AND t.purged_at IS NULL \
             LEFT JOIN accounts a ON a.id = t.applicant AND a.disabled = FALSE \
             WHERE m.claimed_by = $1 AND m.claimed_until = $2 AND m.delivered_at IS NULL \
             ORDER BY m.id",
        )
        .bind(worker)
        .bind(us(lease_until))
        .fetch_all(&mut *tx)
        .await?;
        let mut mails = Vec::with_capacity(rows.len());
        for r in rows {
            let id: i64 = r.try_get("id")?;
            let Some(address) = r.try_get::<Option<String>, _>("username")? else {
                // Purged, or the account disabled, since it was queued: nobody to mail.
                complete_leased(
                    &mut tx,
                    Leased::TicketMail,
                    id,
                    worker,
                    MailOutcome::None,
                    now,
                )
                .await?;
                continue;
            };
            let text = |column: &str| -> StoreResult<String> {
                Ok(r.try_get::<Option<String>, _>(column)?.unwrap_or_default())
            };
            let attempts: i64 = r.try_get("attempts")?;
            mails.push(TicketMail {
                id,
                ticket: TicketId::parse(&text("ticket")?).map_err(unreadable)?,
                kind: TicketKind::parse(&text("kind")?).map_err(unreadable)?,
                economy: EconomyCode::parse(&text("economy")?).map_err(unreadable)?,
                entry: EntryKind::parse(&text("entry")?).map_err(unreadable)?,
                subject: Subject::parse(&text("subject")?).map_err(unreadable)?,
                address,
                display_name: text("display_name")?,
                language: r.try_get("language")?,
                attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
            });
        }
        tx.commit().await?;
        Ok(mails)
    }
}
