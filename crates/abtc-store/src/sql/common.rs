// The SQL implementation of the store traits, shared by both backends. It is compiled once per
// backend (see sqlite.rs and postgres.rs), each of which defines `Db`, `Backend`, `FOR_UPDATE`,
// `SKIP_LOCKED` and `Backend::write_tx`. The SQL uses only what both dialects share: `$n` parameters,
// BIGINT times, TEXT dates and JSON, `RETURNING`, `ON CONFLICT`.

use async_trait::async_trait;
use sqlx::Row;
use time::{Date, OffsetDateTime};

use abtc_domain::role::{
    ApplicantScope, AuditScope, EconomyAdminScope, HomeScope, PreClearanceScope, SchemeAdminScope,
};
use abtc_domain::views::{PreClearanceView, PublicStatus};
use abtc_domain::{
    AccountId, Actor, Application, ApplicationForm, ApplicationId, ApplicationState, Card,
    CardNumber, Case, Command, Context, DomainError, Economies, Economy, EconomyCode, Event,
    EventKind, IdSource, IssuancePolicy, Photo, PhotoInfo, PreClearance, PreClearanceId,
    PreClearanceStatus, Principal, Reference, Role,
};

use crate::error::StoreError;
use crate::model::*;
use crate::store::*;
use sha2::{Digest, Sha256};

type Conn = <Db as sqlx::Database>::Connection;

fn us(t: OffsetDateTime) -> i64 {
    i64::try_from(t.unix_timestamp_nanos() / 1000).unwrap_or(i64::MAX)
}

fn from_us(v: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(v) * 1000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

fn parse_iso(s: &str) -> StoreResult<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s, &format).map_err(|_| StoreError::Other("stored date unreadable".into()))
}

fn json<T: serde::Serialize>(v: &T) -> StoreResult<String> {
    Ok(serde_json::to_string(v)?)
}

fn unjson<T: serde::de::DeserializeOwned>(s: &str) -> StoreResult<T> {
    Ok(serde_json::from_str(s)?)
}

fn page_bounds(page: u32, per_page: u32) -> (u32, u32, i64, i64) {
    let per_page = per_page.clamp(1, MAX_PER_PAGE);
    let page = page.max(1);
    let offset = i64::from(page - 1) * i64::from(per_page);
    (page, per_page, i64::from(per_page), offset)
}

/// The `LIKE` pattern of a queue search, `None` when there is nothing to look for: upper case (names
/// and references are stored in upper case) and with `%`, `_` and the escape character `!` escaped,
/// so what an officer types is matched literally, anywhere in the field.
fn search_pattern(search: Option<&str>) -> Option<String> {
    let t = search?.trim();
    if t.is_empty() {
        return None;
    }
    let mut pattern = String::from("%");
    for c in t.chars().take(100).flat_map(char::to_uppercase) {
        if matches!(c, '%' | '_' | '!') {
            pattern.push('!');
        }
        pattern.push(c);
    }
    pattern.push('%');
    Some(pattern)
}

/// The condition a queue search puts on `applications a`, its pattern bound as `$n`: the reference,
/// or the name in either order (names are stored in their MRZ form, `<` between words). Without a search, the parameter is still used, so both queries keep
/// their numbering.
fn search_condition(n: u8, searching: bool) -> String {
    if searching {
        format!(
            " AND (UPPER(a.reference) LIKE ${n} ESCAPE '!' \
             OR REPLACE(COALESCE(a.family_name, '') || ' ' || COALESCE(a.given_names, ''), '<', ' ') LIKE ${n} ESCAPE '!' \
             OR REPLACE(COALESCE(a.given_names, '') || ' ' || COALESCE(a.family_name, ''), '<', ' ') LIKE ${n} ESCAPE '!')"
        )
    } else {
        format!(" AND ${n} = ${n}")
    }
}

fn parse_role(s: &str) -> StoreResult<Role> {
    Role::parse(s).map_err(|_| StoreError::Other("stored role unreadable".into()))
}

fn parse_economy(s: Option<String>) -> StoreResult<Option<EconomyCode>> {
    s.map(|c| {
        EconomyCode::parse(&c).map_err(|_| StoreError::Other("stored economy unreadable".into()))
    })
    .transpose()
}

fn parse_account(s: &str) -> StoreResult<AccountId> {
    AccountId::parse(s).map_err(|_| StoreError::Other("stored account id unreadable".into()))
}

fn actor_of(access: CaseAccess) -> Actor {
    match access {
        CaseAccess::Applicant(s) => s.actor(),
        CaseAccess::Home(s) => s.actor(),
        CaseAccess::System => Actor::System,
    }
}

/// The scope's condition on the `applications` table (aliased `a`), with its parameter as `$2`.
fn case_scope(access: CaseAccess) -> (&'static str, Option<String>) {
    match access {
        CaseAccess::Applicant(s) => (" AND a.applicant = $2", Some(s.account().to_string())),
        CaseAccess::Home(s) => (" AND a.home = $2", Some(s.economy().to_string())),
        CaseAccess::System => ("", None),
    }
}

/// A query whose `$1` is `key` and whose `$2`, when the scope has one, is the scope's parameter.
fn scoped(
    sql: &str,
    key: String,
    param: Option<String>,
) -> sqlx::query::Query<'_, Db, <Db as sqlx::Database>::Arguments<'_>> {
    let q = sqlx::query(sql).bind(key);
    match param {
        Some(p) => q.bind(p),
        None => q,
    }
}

/// Identifiers for a command's first run: pre-clearance ids from entropy, card numbers counted.
struct RecordingIds<'e> {
    entropy: &'e dyn Entropy,
    pc_ids: Vec<PreClearanceId>,
    cards: u64,
}

impl IdSource for RecordingIds<'_> {
    fn pre_clearance_id(&mut self) -> PreClearanceId {
        let mut b = [0u8; 16];
        self.entropy.fill(&mut b);
        let id = PreClearanceId::from_bytes(b);
        self.pc_ids.push(id);
        id
    }
    fn card_number(&mut self, home: EconomyCode) -> Result<CardNumber, DomainError> {
        self.cards += 1;
        CardNumber::new(home, 1)
    }
}

/// Identifiers for the second run: the same pre-clearance ids, and the serials now reserved.
struct ReplayIds {
    pc_ids: std::vec::IntoIter<PreClearanceId>,
    next_serial: u64,
}

impl IdSource for ReplayIds {
    fn pre_clearance_id(&mut self) -> PreClearanceId {
        self.pc_ids
            .next()
            .unwrap_or_else(|| PreClearanceId::from_bytes([0; 16]))
    }
    fn card_number(&mut self, home: EconomyCode) -> Result<CardNumber, DomainError> {
        let n = CardNumber::new(home, self.next_serial);
        self.next_serial += 1;
        n
    }
}

async fn load_economies(c: &mut Conn) -> StoreResult<Economies> {
    let rows = sqlx::query("SELECT data FROM economies ORDER BY code")
        .fetch_all(&mut *c)
        .await?;
    let mut list = Vec::with_capacity(rows.len());
    for r in rows {
        let data: String = r.try_get("data")?;
        list.push(unjson::<Economy>(&data)?);
    }
    Ok(Economies::new(list)?)
}

/// Loads a case the caller may see, locking its row until the transaction ends (PostgreSQL; SQLite's
/// write transactions are exclusive already). Returns the row version for the optimistic check.
async fn load_case(
    c: &mut Conn,
    access: CaseAccess,
    id: ApplicationId,
) -> StoreResult<(Case, i64)> {
    let (cond, param) = case_scope(access);
    let sql =
        format!("SELECT a.version, a.data FROM applications a WHERE a.id = $1{cond}{FOR_UPDATE}");
    let q = scoped(&sql, id.to_string(), param);
    let row = q
        .fetch_optional(&mut *c)
        .await?
        .ok_or(StoreError::NotFound)?;
    let version: i64 = row.try_get("version")?;
    let data: String = row.try_get("data")?;
    let application: Application = unjson(&data)?;
    let case = load_children(c, application).await?;
    Ok((case, version))
}

async fn load_children(c: &mut Conn, application: Application) -> StoreResult<Case> {
    let id = application.id.to_string();
    let mut pre_clearances = Vec::new();
    for r in sqlx::query("SELECT data FROM pre_clearances WHERE application = $1 ORDER BY economy")
        .bind(&id)
        .fetch_all(&mut *c)
        .await?
    {
        let data: String = r.try_get("data")?;
        pre_clearances.push(unjson::<PreClearance>(&data)?);
    }
    let mut cards = Vec::new();
    for r in sqlx::query("SELECT data FROM cards WHERE application = $1")
        .bind(&id)
        .fetch_all(&mut *c)
        .await?
    {
        let data: String = r.try_get("data")?;
        cards.push(unjson::<Card>(&data)?);
    }
    Ok(Case {
        application,
        pre_clearances,
        cards: chain_order(cards),
    })
}

/// Orders a case's cards oldest first by following the replacement chain.
fn chain_order(mut cards: Vec<Card>) -> Vec<Card> {
    let mut ordered = Vec::with_capacity(cards.len());
    let mut next = cards
        .iter()
        .position(|c| c.replaces.is_none())
        .map(|i| cards.swap_remove(i));
    while let Some(card) = next {
        let following = card.replaced_by.clone();
        ordered.push(card);
        next = following
            .and_then(|n| cards.iter().position(|c| c.number == n))
            .map(|i| cards.swap_remove(i));
    }
    ordered.extend(cards);
    ordered
}

/// When background work must look at the case again: interim issuance once its waiting days have
/// passed, card expiry. `None` when only a new decision can change anything.
fn wake_at(case: &Case, economies: &Economies, now: OffsetDateTime) -> Option<OffsetDateTime> {
    let app = &case.application;
    let mut wake: Option<OffsetDateTime> = None;
    if app.state == ApplicationState::PreClearance {
        if let (Ok(home), Some(decided)) = (economies.get(app.home), app.home_decided_at) {
            if let IssuancePolicy::Interim { min_days, .. } = home.issuance_policy {
                let at = decided + time::Duration::days(i64::from(min_days));
                if at > now {
                    wake = Some(at);
                }
            }
        }
    }
    if let Some(card) = case.active_card() {
        let at = card.expires_on.midnight().assume_utc();
        wake = Some(wake.map_or(at, |w| w.min(at)));
    }
    wake
}

fn review_due_on(case: &Case, economies: &Economies) -> Option<Date> {
    let app = &case.application;
    let in_review = matches!(
        app.state,
        ApplicationState::Submitted
            | ApplicationState::HomeReview
            | ApplicationState::InfoRequested
    );
    let target = economies.get(app.home).ok()?.home_review_target_days;
    match (in_review, app.submitted_at) {
        (true, Some(t)) => Some(t.date() + time::Duration::days(i64::from(target))),
        _ => None,
    }
}

/// The applicant's sex as the reports group it (the column beside the JSON).
fn report_sex(app: &Application) -> Option<&'static str> {
    app.form.sex.map(|s| match s {
        abtc_domain::application::Sex::F => "F",
        abtc_domain::application::Sex::M => "M",
        abtc_domain::application::Sex::X => "X",
    })
}

/// Whether the applicant's employer is a small or medium enterprise, for the inclusivity report.
fn report_small_or_medium(app: &Application) -> Option<bool> {
    app.form.employer.as_ref().map(|e| e.small_or_medium)
}

async fn insert_application(
    c: &mut Conn,
    case: &Case,
    economies: &Economies,
    now: OffsetDateTime,
) -> StoreResult<()> {
    let app = &case.application;
    sqlx::query(
        "INSERT INTO applications (id, reference, applicant, home, state, family_name, given_names, \
         submitted_at, review_due_on, wake_at, version, data, home_decided_at, sex, small_or_medium) \
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,1,$11,$12,$13,$14)",
    )
    .bind(app.id.to_string())
    .bind(app.reference.to_string())
    .bind(app.applicant.to_string())
    .bind(app.home.to_string())
    .bind(app.state.as_str())
    .bind(app.form.family_name.as_ref().map(|n| n.as_str().to_owned()))
    .bind(app.form.given_names.as_ref().map(|n| n.as_str().to_owned()))
    .bind(app.submitted_at.map(us))
    .bind(review_due_on(case, economies).map(iso))
    .bind(wake_at(case, economies, now).map(us))
    .bind(json(app)?)
    .bind(app.home_decided_at.map(us))
    .bind(report_sex(app))
    .bind(report_small_or_medium(app))
    .execute(&mut *c)
    .await?;
    Ok(())
}

async fn upsert_pre_clearance(c: &mut Conn, pc: &PreClearance, insert: bool) -> StoreResult<()> {
    let sql = if insert {
        "INSERT INTO pre_clearances (id, application, economy, home, status, requested_at, due_on, decided_at, data) \
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)"
    } else {
        "UPDATE pre_clearances SET status = $5, decided_at = $8, data = $9 \
         WHERE id = $1 AND application = $2 AND economy = $3 AND home = $4 AND requested_at = $6 AND due_on = $7"
    };
    sqlx::query(sql)
        .bind(pc.id.to_string())
        .bind(pc.application.to_string())
        .bind(pc.economy.to_string())
        .bind(pc.home.to_string())
        .bind(pc.status.as_str())
        .bind(us(pc.requested_at))
        .bind(iso(pc.due_on))
        .bind(pc.decided_at.map(us))
        .bind(json(pc)?)
        .execute(&mut *c)
        .await?;
    Ok(())
}

async fn upsert_card(c: &mut Conn, card: &Card, insert: bool) -> StoreResult<()> {
    let sql = if insert {
        "INSERT INTO cards (number, application, holder, home, status, issued_on, expires_on, data, revision, is_virtual) \
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)"
    } else {
        "UPDATE cards SET status = $5, issued_on = $6, expires_on = $7, data = $8, revision = $9, is_virtual = $10 \
         WHERE number = $1 AND application = $2 AND holder = $3 AND home = $4"
    };
    sqlx::query(sql)
        .bind(card.number.to_string())
        .bind(card.application.to_string())
        .bind(card.holder.to_string())
        .bind(card.home.to_string())
        .bind(card.status.as_str())
        .bind(iso(card.issued_on))
        .bind(iso(card.expires_on))
        .bind(json(card)?)
        .bind(i64::from(card.revision))
        .bind(card.is_virtual)
        .execute(&mut *c)
        .await?;
    Ok(())
}

async fn insert_events(c: &mut Conn, case: &Case, events: &[Event]) -> StoreResult<()> {
    for e in events {
        sqlx::query(
            "INSERT INTO events (application, at, kind, economy, data) VALUES ($1,$2,$3,$4,$5)",
        )
        .bind(e.application.to_string())
        .bind(us(e.at))
        .bind(e.kind.name())
        .bind(e.kind.pre_clearance_economy().map(|c| c.to_string()))
        .bind(json(e)?)
        .execute(&mut *c)
        .await?;
        if e.kind.notifies_applicant() {
            sqlx::query(
                "INSERT INTO outbox (recipient, application, kind, payload, available_at) VALUES ($1,$2,$3,$4,$5)",
            )
            .bind(case.application.applicant.to_string())
            .bind(e.application.to_string())
            .bind(e.kind.name())
            .bind(json(&e.kind)?)
            .bind(us(e.at))
            .execute(&mut *c)
            .await?;
        }
    }
    Ok(())
}

/// Writes what a command changed, checking that nobody else changed the case meanwhile.
async fn save_case(
    c: &mut Conn,
    old: &Case,
    version: i64,
    new: &Case,
    events: &[Event],
    economies: &Economies,
    now: OffsetDateTime,
) -> StoreResult<()> {
    let app = &new.application;
    let done = sqlx::query(
        "UPDATE applications SET state = $3, family_name = $4, given_names = $5, submitted_at = $6, \
         review_due_on = $7, wake_at = $8, version = version + 1, data = $9, home_decided_at = $10, \
         sex = $11, small_or_medium = $12 WHERE id = $1 AND version = $2",
    )
    .bind(app.id.to_string())
    .bind(version)
    .bind(app.state.as_str())
    .bind(app.form.family_name.as_ref().map(|n| n.as_str().to_owned()))
    .bind(app.form.given_names.as_ref().map(|n| n.as_str().to_owned()))
    .bind(app.submitted_at.map(us))
    .bind(review_due_on(new, economies).map(iso))
    .bind(wake_at(new, economies, now).map(us))
    .bind(json(app)?)
    .bind(app.home_decided_at.map(us))
    .bind(report_sex(app))
    .bind(report_small_or_medium(app))
    .execute(&mut *c)
    .await?;
    if done.rows_affected() != 1 {
        return Err(StoreError::Conflict("concurrent_update"));
    }
    for pc in &new.pre_clearances {
        match old.pre_clearances.iter().find(|o| o.id == pc.id) {
            None => upsert_pre_clearance(c, pc, true).await?,
            Some(o) if o != pc => upsert_pre_clearance(c, pc, false).await?,
            Some(_) => {}
        }
    }
    for card in &new.cards {
        match old.cards.iter().find(|o| o.number == card.number) {
            None => upsert_card(c, card, true).await?,
            Some(o) if o != card => upsert_card(c, card, false).await?,
            Some(_) => {}
        }
    }
    insert_events(c, new, events).await
}

async fn reserve_serials(c: &mut Conn, economy: EconomyCode, count: u64) -> StoreResult<u64> {
    let count =
        i64::try_from(count).map_err(|_| StoreError::Other("serial count too large".into()))?;
    sqlx::query("INSERT INTO card_serials (economy, next_serial) VALUES ($1, 1) ON CONFLICT (economy) DO NOTHING")
        .bind(economy.to_string())
        .execute(&mut *c)
        .await?;
    let next: i64 = sqlx::query(
        "UPDATE card_serials SET next_serial = next_serial + $2 WHERE economy = $1 RETURNING next_serial",
    )
    .bind(economy.to_string())
    .bind(count)
    .fetch_one(&mut *c)
    .await?
    .try_get("next_serial")?;
    u64::try_from(next - count).map_err(|_| StoreError::Other("serial counter corrupt".into()))
}

/// Runs one command on a locked case and saves the result. Card numbers are reserved only when the
/// command issues cards: a first run counts them, a second run with the reserved serials is the
/// one saved (the domain is deterministic, so both runs agree on everything else).
async fn run_command(
    c: &mut Conn,
    entropy: &dyn Entropy,
    case: Case,
    version: i64,
    actor: Actor,
    command: Command,
    now: OffsetDateTime,
) -> StoreResult<Case> {
    let economies = load_economies(c).await?;
    let action = command.name();
    let mut rec = RecordingIds {
        entropy,
        pc_ids: Vec::new(),
        cards: 0,
    };
    let (mut new, mut events) = case.handle(
        &actor,
        command.clone(),
        &mut Context {
            economies: &economies,
            now,
            ids: &mut rec,
        },
    )?;
    if rec.cards > 0 {
        let start = reserve_serials(c, case.application.home, rec.cards).await?;
        let mut replay = ReplayIds {
            pc_ids: rec.pc_ids.into_iter(),
            next_serial: start,
        };
        (new, events) = case.handle(
            &actor,
            command,
            &mut Context {
                economies: &economies,
                now,
                ids: &mut replay,
            },
        )?;
    }
    save_case(c, &case, version, &new, &events, &economies, now).await?;
    audit(
        c,
        &NewAudit::ok(
            now,
            actor,
            action,
            format!("application:{}", case.application.id),
        ),
    )
    .await?;
    for e in &events {
        if let EventKind::CardIssued {
            renews: Some(old), ..
        } = &e.kind
        {
            cancel_renewed(c, entropy, old, &case.application, &economies, now).await?;
        }
    }
    Ok(new)
}

/// A renewal's new card cancels the old one, if it is the same holder's and still active.
async fn cancel_renewed(
    c: &mut Conn,
    entropy: &dyn Entropy,
    old: &CardNumber,
    renewing: &Application,
    economies: &Economies,
    now: OffsetDateTime,
) -> StoreResult<()> {
    let row = sqlx::query(
        "SELECT application FROM cards WHERE number = $1 AND holder = $2 AND status = 'active'",
    )
    .bind(old.to_string())
    .bind(renewing.applicant.to_string())
    .fetch_optional(&mut *c)
    .await?;
    let Some(row) = row else { return Ok(()) };
    let app: String = row.try_get("application")?;
    let app = ApplicationId::parse(&app)?;
    let (case, version) = load_case(c, CaseAccess::System, app).await?;
    let mut ids = RecordingIds {
        entropy,
        pc_ids: Vec::new(),
        cards: 0,
    };
    let (new, events) = case.handle(
        &Actor::System,
        Command::CancelCard {
            reason: abtc_domain::CancellationReason::Renewal,
        },
        &mut Context {
            economies,
            now,
            ids: &mut ids,
        },
    )?;
    save_case(c, &case, version, &new, &events, economies, now).await?;
    audit(
        c,
        &NewAudit::ok(now, Actor::System, "cancel_card", format!("card:{old}")),
    )
    .await
}

async fn pre_clearance_application(
    c: &mut Conn,
    scope: &PreClearanceScope,
    id: PreClearanceId,
) -> StoreResult<ApplicationId> {
    let row = sqlx::query("SELECT application FROM pre_clearances WHERE id = $1 AND economy = $2")
        .bind(id.to_string())
        .bind(scope.economy().to_string())
        .fetch_optional(&mut *c)
        .await?
        .ok_or(StoreError::NotFound)?;
    let app: String = row.try_get("application")?;
    Ok(ApplicationId::parse(&app)?)
}

async fn act_on_pre_clearance(
    c: &mut Conn,
    entropy: &dyn Entropy,
    scope: &PreClearanceScope,
    id: PreClearanceId,
    action: PreClearanceAction,
    now: OffsetDateTime,
) -> StoreResult<PreClearanceView> {
    let app = pre_clearance_application(c, scope, id).await?;
    let (case, version) = load_case(c, CaseAccess::System, app).await?;
    let economy = scope.economy();
    let command = match action {
        PreClearanceAction::Decide { decision, note } => Command::Decide {
            economy,
            decision,
            note,
        },
        PreClearanceAction::WithdrawApproval { note } => {
            Command::WithdrawApproval { economy, note }
        }
    };
    let new = run_command(c, entropy, case, version, scope.actor(), command, now).await?;
    let pc = new
        .pre_clearances
        .iter()
        .find(|p| p.id == id)
        .ok_or(StoreError::NotFound)?;
    Ok(PreClearanceView::project(&new.application, pc, now.date()))
}

fn summary_from_row(
    r: &<Db as sqlx::Database>::Row,
    today: Date,
) -> StoreResult<ApplicationSummary> {
    let id: String = r.try_get("id")?;
    let reference: String = r.try_get("reference")?;
    let state: String = r.try_get("state")?;
    let home: String = r.try_get("home")?;
    let submitted: Option<i64> = r.try_get("submitted_at")?;
    let due: Option<String> = r.try_get("review_due_on")?;
    let due_on = due.as_deref().map(parse_iso).transpose()?;
    Ok(ApplicationSummary {
        id: ApplicationId::parse(&id)?,
        reference: Reference::parse(&reference)?,
        state: ApplicationState::parse(&state)?,
        home: EconomyCode::parse(&home)?,
        family_name: r.try_get("family_name")?,
        given_names: r.try_get("given_names")?,
        submitted_at: submitted.map(from_us),
        due_on,
        overdue: due_on.is_some_and(|d| today > d),
    })
}

const SUMMARY_COLUMNS: &str = "a.id, a.reference, a.state, a.home, a.family_name, a.given_names, a.submitted_at, a.review_due_on";

fn row_principal(r: &<Db as sqlx::Database>::Row) -> StoreResult<Principal> {
    let id: String = r.try_get("id")?;
    let role: String = r.try_get("role")?;
    let economy: Option<String> = r.try_get("economy")?;
    Ok(Principal::new(
        parse_account(&id)?,
        parse_role(&role)?,
        parse_economy(economy)?,
    )?)
}

fn staff_allowed(by: StaffAuthority, role: Role, economy: Option<EconomyCode>) -> bool {
    match by {
        StaffAuthority::Economy(s) => {
            matches!(
                role,
                Role::CaseOfficer | Role::PreClearanceOfficer | Role::BorderOfficer
            ) && economy == Some(s.economy())
        }
        StaffAuthority::Scheme(_) => {
            matches!(role, Role::EconomyAdmin | Role::SchemeAdmin | Role::Auditor)
        }
        StaffAuthority::Operator => role != Role::Applicant,
    }
}

fn authority_actor(by: StaffAuthority) -> Actor {
    match by {
        StaffAuthority::Economy(s) => s.actor(),
        StaffAuthority::Scheme(s) => s.actor(),
        StaffAuthority::Operator => Actor::System,
    }
}

async fn insert_account(c: &mut Conn, a: &NewAccount, now: OffsetDateTime) -> StoreResult<()> {
    Principal::new(a.id, a.role, a.economy)?;
    sqlx::query(
        "INSERT INTO accounts (id, username, password_hash, role, economy, display_name, disabled, created_at) \
         VALUES ($1,$2,$3,$4,$5,$6,FALSE,$7)",
    )
    .bind(a.id.to_string())
    .bind(&a.username)
    .bind(a.password_hash.clone())
    .bind(a.role.as_str())
    .bind(a.economy.map(|e| e.to_string()))
    .bind(&a.display_name)
    .bind(us(now))
    .execute(&mut *c)
    .await?;
    Ok(())
}

#[async_trait]
impl EconomyStore for Backend {
    async fn economies(&self) -> StoreResult<Economies> {
        let mut c = self.pool.acquire().await?;
        load_economies(&mut c).await
    }

    async fn seed_economies(&self, economies: &Economies, now: OffsetDateTime) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        for e in economies.iter() {
            sqlx::query("INSERT INTO economies (code, data, updated_at) VALUES ($1,$2,$3) ON CONFLICT (code) DO NOTHING")
                .bind(e.code.to_string())
                .bind(json(e)?)
                .bind(us(now))
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn update_economy(
        &self,
        scope: &SchemeAdminScope,
        economy: Economy,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        economy.validate()?;
        let mut tx = self.write_tx().await?;
        let done = sqlx::query("UPDATE economies SET data = $2, updated_at = $3 WHERE code = $1")
            .bind(economy.code.to_string())
            .bind(json(&economy)?)
            .bind(us(now))
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                scope.actor(),
                "update_economy",
                format!("economy:{}", economy.code),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn update_own_policy(
        &self,
        scope: &EconomyAdminScope,
        policy: IssuancePolicy,
        pre_clearance_target_days: Option<u16>,
        now: OffsetDateTime,
    ) -> StoreResult<Economy> {
        let mut tx = self.write_tx().await?;
        let code = scope.economy();
        let economies = load_economies(&mut tx).await?;
        let mut economy = economies.get(code)?.clone();
        economy.issuance_policy = policy;
        if let Some(d) = pre_clearance_target_days {
            economy.pre_clearance_target_days = d;
        }
        economy.validate()?;
        sqlx::query("UPDATE economies SET data = $2, updated_at = $3 WHERE code = $1")
            .bind(code.to_string())
            .bind(json(&economy)?)
            .bind(us(now))
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                scope.actor(),
                "update_issuance_policy",
                format!("economy:{code}"),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(economy)
    }
}

#[async_trait]
impl AccountStore for Backend {
    async fn create_applicant(&self, account: NewAccount, now: OffsetDateTime) -> StoreResult<()> {
        if account.role != Role::Applicant {
            return Err(DomainError::Forbidden.into());
        }
        let mut tx = self.write_tx().await?;
        insert_account(&mut tx, &account, now).await?;
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                Actor::Account {
                    account: account.id,
                    role: Role::Applicant,
                    economy: None,
                },
                "register",
                format!("account:{}", account.id),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn add_email_confirmation(
        &self,
        account: AccountId,
        token_hash: &str,
        expires_at: OffsetDateTime,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        let open = sqlx::query(
            "SELECT 1 AS one FROM accounts WHERE id = $1 AND role = $2 AND email_confirmed_at IS NULL",
        )
        .bind(account.to_string())
        .bind(Role::Applicant.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        if open.is_none() {
            return Err(StoreError::NotFound);
        }
        sqlx::query(
            "INSERT INTO email_confirmations (token_hash, account_id, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(token_hash)
        .bind(account.to_string())
        .bind(us(expires_at))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn confirm_email(&self, token_hash: &str, now: OffsetDateTime) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        let row = sqlx::query(
            "SELECT account_id FROM email_confirmations WHERE token_hash = $1 AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(us(now))
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else { return Ok(false) };
        let account: String = row.try_get("account_id")?;
        sqlx::query(
            "UPDATE accounts SET email_confirmed_at = $1 WHERE id = $2 AND email_confirmed_at IS NULL",
        )
        .bind(us(now))
        .bind(&account)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM email_confirmations WHERE account_id = $1")
            .bind(&account)
            .execute(&mut *tx)
            .await?;
        let id = parse_account(&account)?;
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                Actor::Account {
                    account: id,
                    role: Role::Applicant,
                    economy: None,
                },
                "confirm_email",
                format!("account:{id}"),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn applicant_contact(&self, scope: &ApplicantScope) -> StoreResult<(String, String)> {
        let row =
            sqlx::query("SELECT username, display_name FROM accounts WHERE id = $1 AND role = $2")
                .bind(scope.account().to_string())
                .bind(Role::Applicant.as_str())
                .fetch_optional(&self.pool)
                .await?
                .ok_or(StoreError::NotFound)?;
        Ok((row.try_get("username")?, row.try_get("display_name")?))
    }

    async fn email_confirmed(&self, scope: &ApplicantScope) -> StoreResult<bool> {
        let row = sqlx::query(
            "SELECT 1 AS one FROM accounts WHERE id = $1 AND email_confirmed_at IS NOT NULL",
        )
        .bind(scope.account().to_string())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.is_some())
    }

    async fn create_staff(
        &self,
        by: StaffAuthority,
        account: NewAccount,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        if !staff_allowed(by, account.role, account.economy) {
            return Err(DomainError::Forbidden.into());
        }
        let mut tx = self.write_tx().await?;
        insert_account(&mut tx, &account, now).await?;
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                authority_actor(by),
                format!("create_{}", account.role.as_str()),
                format!("account:{}", account.id),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn list_staff(&self, by: StaffAuthority) -> StoreResult<Vec<AccountSummary>> {
        let (cond, param) = match by {
            StaffAuthority::Economy(s) => (
                "role IN ('case_officer','pre_clearance_officer','border_officer','national_system') AND economy = $1",
                Some(s.economy().to_string()),
            ),
            StaffAuthority::Scheme(_) | StaffAuthority::Operator => ("role <> 'applicant'", None),
        };
        let sql = format!(
            "SELECT id, username, role, economy, display_name, disabled, created_at FROM accounts WHERE {cond} ORDER BY economy, role, username"
        );
        let mut q = sqlx::query(&sql);
        if let Some(p) = param {
            q = q.bind(p);
        }
        let rows = q.fetch_all(&self.pool).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let p = row_principal(&r)?;
            out.push(AccountSummary {
                id: p.account(),
                username: r.try_get("username")?,
                role: p.role(),
                economy: p.economy(),
                display_name: r.try_get("display_name")?,
                disabled: r.try_get("disabled")?,
                created_at: from_us(r.try_get("created_at")?),
            });
        }
        Ok(out)
    }

    async fn login_record(&self, username: &str) -> StoreResult<Option<LoginRecord>> {
        let row = sqlx::query(
            "SELECT id, password_hash, role, economy, disabled FROM accounts WHERE username = $1",
        )
        .bind(username)
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let p = row_principal(&r)?;
        Ok(Some(LoginRecord {
            account: p.account(),
            password_hash: r.try_get("password_hash")?,
            role: p.role(),
            economy: p.economy(),
            disabled: r.try_get("disabled")?,
        }))
    }

    async fn login_throttle(&self, username: &str) -> StoreResult<Option<LoginThrottle>> {
        let row =
            sqlx::query("SELECT failures, last_failure_at FROM login_throttle WHERE username = $1")
                .bind(username)
                .fetch_optional(&self.pool)
                .await?;
        let Some(r) = row else { return Ok(None) };
        let failures: i64 = r.try_get("failures")?;
        Ok(Some(LoginThrottle {
            failures: u32::try_from(failures).unwrap_or(u32::MAX),
            last_failure_at: from_us(r.try_get("last_failure_at")?),
        }))
    }

    async fn record_login_failure(&self, username: &str, now: OffsetDateTime) -> StoreResult<u32> {
        let mut tx = self.write_tx().await?;
        let failures: i64 = sqlx::query(
            "INSERT INTO login_throttle (username, failures, last_failure_at) VALUES ($1, 1, $2) \
             ON CONFLICT (username) DO UPDATE SET failures = login_throttle.failures + 1, last_failure_at = $2 \
             RETURNING failures",
        )
        .bind(username)
        .bind(us(now))
        .fetch_one(&mut *tx)
        .await?
        .try_get("failures")?;
        tx.commit().await?;
        Ok(u32::try_from(failures).unwrap_or(u32::MAX))
    }

    async fn clear_login_failures(&self, username: &str) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("DELETE FROM login_throttle WHERE username = $1")
            .bind(username)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn create_session(
        &self,
        token_hash: &str,
        account: AccountId,
        now: OffsetDateTime,
        expires_at: OffsetDateTime,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("INSERT INTO sessions (token_hash, account, created_at, expires_at) VALUES ($1,$2,$3,$4)")
            .bind(token_hash)
            .bind(account.to_string())
            .bind(us(now))
            .bind(us(expires_at))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn session_principal(
        &self,
        token_hash: &str,
        now: OffsetDateTime,
    ) -> StoreResult<Option<Principal>> {
        let row = sqlx::query(
            "SELECT a.id, a.role, a.economy FROM sessions s JOIN accounts a ON a.id = s.account \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND a.disabled = FALSE",
        )
        .bind(token_hash)
        .bind(us(now))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| row_principal(&r)).transpose()
    }

    async fn delete_session(&self, token_hash: &str) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn purge_expired_sessions(&self, now: OffsetDateTime) -> StoreResult<u64> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(us(now))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected())
    }

    async fn create_api_client(
        &self,
        by: StaffAuthority,
        economy: EconomyCode,
        id: AccountId,
        name: &str,
        token_hash: &str,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        let allowed = match by {
            StaffAuthority::Economy(s) => s.economy() == economy,
            StaffAuthority::Operator => true,
            StaffAuthority::Scheme(_) => false,
        };
        if !allowed {
            return Err(DomainError::Forbidden.into());
        }
        let mut tx = self.write_tx().await?;
        if load_economies(&mut tx).await?.get(economy).is_err() {
            return Err(DomainError::UnknownEconomy.into());
        }
        insert_account(
            &mut tx,
            &NewAccount {
                id,
                username: format!("api-client:{id}"),
                password_hash: None,
                role: Role::NationalSystem,
                economy: Some(economy),
                display_name: name.to_owned(),
            },
            now,
        )
        .await?;
        sqlx::query(
            "INSERT INTO api_tokens (token_hash, account, name, created_at) VALUES ($1,$2,$3,$4)",
        )
        .bind(token_hash)
        .bind(id.to_string())
        .bind(name)
        .bind(us(now))
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                authority_actor(by),
                "create_api_client",
                format!("account:{id}"),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn list_api_clients(&self, scope: &EconomyAdminScope) -> StoreResult<Vec<ApiClient>> {
        let rows = sqlx::query(
            "SELECT a.id, a.economy, t.name, t.created_at, t.revoked_at FROM api_tokens t JOIN accounts a ON a.id = t.account \
             WHERE a.economy = $1 AND a.role = 'national_system' ORDER BY t.created_at",
        )
        .bind(scope.economy().to_string())
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let id: String = r.try_get("id")?;
            let revoked: Option<i64> = r.try_get("revoked_at")?;
            out.push(ApiClient {
                id: parse_account(&id)?,
                economy: scope.economy(),
                name: r.try_get("name")?,
                created_at: from_us(r.try_get("created_at")?),
                revoked: revoked.is_some(),
            });
        }
        Ok(out)
    }

    async fn revoke_api_client(
        &self,
        scope: &EconomyAdminScope,
        id: AccountId,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $3 WHERE account = $1 AND revoked_at IS NULL AND account IN \
             (SELECT id FROM accounts WHERE economy = $2 AND role = 'national_system')",
        )
        .bind(id.to_string())
        .bind(scope.economy().to_string())
        .bind(us(now))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                scope.actor(),
                "revoke_api_client",
                format!("account:{id}"),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn token_principal(&self, token_hash: &str) -> StoreResult<Option<Principal>> {
        let row = sqlx::query(
            "SELECT a.id, a.role, a.economy FROM api_tokens t JOIN accounts a ON a.id = t.account \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND a.disabled = FALSE",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| row_principal(&r)).transpose()
    }
}

#[async_trait]
impl CaseStore for Backend {
    async fn create_application(
        &self,
        scope: &ApplicantScope,
        home: EconomyCode,
        form: ApplicationForm,
        now: OffsetDateTime,
    ) -> StoreResult<Case> {
        let mut tx = self.write_tx().await?;
        let economies = load_economies(&mut tx).await?;
        let mut id = [0u8; 16];
        self.entropy.fill(&mut id);
        let mut r = [0u8; 5];
        self.entropy.fill(&mut r);
        let app = Application::draft(
            ApplicationId::from_bytes(id),
            Reference::from_random(r),
            scope.account(),
            home,
            form,
            &economies,
            now,
        )?;
        let actor = scope.actor();
        let case = Case::new(app);
        insert_application(&mut tx, &case, &economies, now).await?;
        let event = Event {
            application: case.application.id,
            at: now,
            actor,
            kind: EventKind::ApplicationCreated,
        };
        insert_events(&mut tx, &case, std::slice::from_ref(&event)).await?;
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                actor,
                "create_application",
                format!("application:{}", case.application.id),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(case)
    }

    async fn execute(
        &self,
        access: CaseAccess,
        id: ApplicationId,
        command: Command,
        now: OffsetDateTime,
    ) -> StoreResult<Case> {
        let mut tx = self.write_tx().await?;
        let (case, version) = load_case(&mut tx, access, id).await?;
        let actor = actor_of(access);
        let new = run_command(
            &mut tx,
            self.entropy.as_ref(),
            case,
            version,
            actor,
            command,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(new.without_notes())
    }

    async fn execute_pre_clearance(
        &self,
        scope: &PreClearanceScope,
        id: PreClearanceId,
        action: PreClearanceAction,
        now: OffsetDateTime,
    ) -> StoreResult<PreClearanceView> {
        let mut tx = self.write_tx().await?;
        let view =
            act_on_pre_clearance(&mut tx, self.entropy.as_ref(), scope, id, action, now).await?;
        tx.commit().await?;
        Ok(view)
    }

    async fn decide_batch(
        &self,
        scope: &PreClearanceScope,
        items: Vec<BatchItem>,
        key: Option<IdempotencyKey>,
        now: OffsetDateTime,
    ) -> StoreResult<BatchOutcome> {
        let account = scope.account().to_string();
        let mut tx = self.write_tx().await?;
        if let Some(k) = &key {
            // Claim the key first: a concurrent request with the same key waits here on the unique index
            // until this one commits, then finds the stored answer.
            let claimed = sqlx::query(
                "INSERT INTO idempotency (account, key, request_hash, response, created_at) VALUES ($1,$2,$3,'',$4) \
                 ON CONFLICT (account, key) DO NOTHING",
            )
            .bind(&account)
            .bind(&k.key)
            .bind(&k.request_hash)
            .bind(us(now))
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if !claimed {
                let row = sqlx::query("SELECT request_hash, response FROM idempotency WHERE account = $1 AND key = $2")
                    .bind(&account)
                    .bind(&k.key)
                    .fetch_one(&mut *tx)
                    .await?;
                let hash: String = row.try_get("request_hash")?;
                if hash != k.request_hash {
                    return Err(StoreError::Conflict("idempotency_key_reused"));
                }
                let response: String = row.try_get("response")?;
                let results: Vec<BatchItemResult> = unjson(&response)?;
                return Ok(BatchOutcome {
                    results,
                    replayed: true,
                });
            }
        }
        let mut results = Vec::with_capacity(items.len());
        for item in items {
            let action = PreClearanceAction::Decide {
                decision: item.decision,
                note: item.note,
            };
            let r =
                act_on_pre_clearance(&mut tx, self.entropy.as_ref(), scope, item.id, action, now)
                    .await;
            results.push(match r {
                Ok(view) => BatchItemResult {
                    id: item.id,
                    ok: true,
                    status: Some(view.status),
                    error_code: None,
                    error_message: None,
                },
                Err(StoreError::NotFound) => BatchItemResult {
                    id: item.id,
                    ok: false,
                    status: None,
                    error_code: Some("not_found".into()),
                    error_message: Some("no such pre-clearance request for your economy".into()),
                },
                Err(StoreError::Domain(e)) => BatchItemResult {
                    id: item.id,
                    ok: false,
                    status: None,
                    error_code: Some(e.code().into()),
                    error_message: Some(e.to_string()),
                },
                Err(other) => return Err(other),
            });
        }
        if let Some(k) = &key {
            sqlx::query("UPDATE idempotency SET response = $3 WHERE account = $1 AND key = $2")
                .bind(&account)
                .bind(&k.key)
                .bind(json(&results)?)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(BatchOutcome {
            results,
            replayed: false,
        })
    }

    async fn attach_photo(
        &self,
        scope: &ApplicantScope,
        id: ApplicationId,
        photo: Photo,
        now: OffsetDateTime,
    ) -> StoreResult<Case> {
        let mut tx = self.write_tx().await?;
        let access = CaseAccess::Applicant(*scope);
        let (case, version) = load_case(&mut tx, access, id).await?;
        let info = PhotoInfo {
            width: photo.width(),
            height: photo.height(),
            bytes: u32::try_from(photo.bytes().len()).unwrap_or(u32::MAX),
        };
        let new = run_command(
            &mut tx,
            self.entropy.as_ref(),
            case,
            version,
            actor_of(access),
            Command::AttachPhoto { photo: info },
            now,
        )
        .await?;
        sqlx::query("INSERT INTO photos (application, bytes) VALUES ($1, $2) ON CONFLICT (application) DO UPDATE SET bytes = excluded.bytes")
            .bind(id.to_string())
            .bind(photo.into_bytes())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(new.without_notes())
    }

    async fn case(
        &self,
        access: CaseAccess,
        id: ApplicationId,
        now: OffsetDateTime,
    ) -> StoreResult<Case> {
        let mut c = self.pool.acquire().await?;
        let (cond, param) = case_scope(access);
        let sql = format!("SELECT a.data FROM applications a WHERE a.id = $1{cond}");
        let q = scoped(&sql, id.to_string(), param);
        let row = q
            .fetch_optional(&mut *c)
            .await?
            .ok_or(StoreError::NotFound)?;
        let data: String = row.try_get("data")?;
        let case = load_children(&mut c, unjson(&data)?).await?;
        drop(c);
        self.audit_read(
            read_actor(access),
            "read_case",
            format!("application:{id}"),
            now,
        )
        .await?;
        Ok(case.without_notes())
    }

    async fn photo(
        &self,
        access: CaseAccess,
        id: ApplicationId,
        now: OffsetDateTime,
    ) -> StoreResult<Vec<u8>> {
        let (cond, param) = case_scope(access);
        let sql = format!("SELECT p.bytes FROM photos p JOIN applications a ON a.id = p.application WHERE a.id = $1{cond}");
        let q = scoped(&sql, id.to_string(), param);
        let row = q
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        let bytes = row.try_get("bytes")?;
        self.audit_read(
            read_actor(access),
            "read_photo",
            format!("application:{id}"),
            now,
        )
        .await?;
        Ok(bytes)
    }

    async fn pre_clearance_photo(
        &self,
        scope: &PreClearanceScope,
        id: PreClearanceId,
        now: OffsetDateTime,
    ) -> StoreResult<Vec<u8>> {
        let row = sqlx::query(
            "SELECT ph.bytes FROM photos ph JOIN pre_clearances p ON p.application = ph.application WHERE p.id = $1 AND p.economy = $2",
        )
        .bind(id.to_string())
        .bind(scope.economy().to_string())
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        let bytes = row.try_get("bytes")?;
        self.audit_read(
            Some(scope.actor()),
            "read_pre_clearance_photo",
            format!("pre_clearance:{id}"),
            now,
        )
        .await?;
        Ok(bytes)
    }

    async fn history(
        &self,
        access: CaseAccess,
        id: ApplicationId,
        now: OffsetDateTime,
    ) -> StoreResult<Vec<Event>> {
        let (cond, param) = case_scope(access);
        let sql = format!(
            "SELECT e.data FROM events e JOIN applications a ON a.id = e.application WHERE a.id = $1{cond} ORDER BY e.id"
        );
        let q = scoped(&sql, id.to_string(), param);
        let rows = q.fetch_all(&self.pool).await?;
        if rows.is_empty() {
            // Every case has at least its creation event: no rows means not the caller's case.
            return Err(StoreError::NotFound);
        }
        let events = rows
            .iter()
            .map(|r| unjson::<Event>(&r.try_get::<String, _>("data")?))
            .collect::<StoreResult<Vec<_>>>()?;
        self.audit_read(
            read_actor(access),
            "read_history",
            format!("application:{id}"),
            now,
        )
        .await?;
        Ok(events)
    }

    async fn my_applications(
        &self,
        scope: &ApplicantScope,
    ) -> StoreResult<Vec<ApplicationSummary>> {
        let sql = format!("SELECT {SUMMARY_COLUMNS} FROM applications a WHERE a.applicant = $1 ORDER BY a.submitted_at, a.id");
        let rows = sqlx::query(&sql)
            .bind(scope.account().to_string())
            .fetch_all(&self.pool)
            .await?;
        let today = Date::MIN;
        rows.iter().map(|r| summary_from_row(r, today)).collect()
    }

    async fn home_queue(
        &self,
        scope: &HomeScope,
        filter: ApplicationFilter,
        now: OffsetDateTime,
    ) -> StoreResult<Page<ApplicationSummary>> {
        let (page, per_page, limit, offset) = page_bounds(filter.page, filter.per_page);
        let today = now.date();
        let mut cond = String::from("a.home = $1");
        cond.push_str(match filter.state {
            Some(_) => " AND a.state = $2",
            None => " AND a.state IN ('submitted', 'home_review', 'info_requested') AND $2 = $2",
        });
        if filter.overdue_only {
            cond.push_str(" AND a.review_due_on < $3");
        } else {
            cond.push_str(" AND $3 = $3");
        }
        let pattern = search_pattern(filter.search.as_deref());
        cond.push_str(&search_condition(4, pattern.is_some()));
        let pattern = pattern.unwrap_or_default();
        let state = filter.state.map(|s| s.as_str()).unwrap_or("");
        let count_sql = format!("SELECT COUNT(*) AS n FROM applications a WHERE {cond}");
        let total: i64 = sqlx::query(&count_sql)
            .bind(scope.economy().to_string())
            .bind(state)
            .bind(iso(today))
            .bind(&pattern)
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM applications a WHERE {cond} \
             ORDER BY CASE WHEN a.review_due_on IS NULL THEN 1 ELSE 0 END, a.review_due_on, a.submitted_at, a.id LIMIT $5 OFFSET $6"
        );
        let rows = sqlx::query(&sql)
            .bind(scope.economy().to_string())
            .bind(state)
            .bind(iso(today))
            .bind(&pattern)
            .bind(limit)
            .bind(offset)
            .fetch_all(&self.pool)
            .await?;
        let items = rows
            .iter()
            .map(|r| summary_from_row(r, today))
            .collect::<StoreResult<Vec<_>>>()?;
        Ok(Page {
            items,
            total: u64::try_from(total).unwrap_or(0),
            page,
            per_page,
        })
    }

    async fn pre_clearance(
        &self,
        scope: &PreClearanceScope,
        id: PreClearanceId,
        now: OffsetDateTime,
    ) -> StoreResult<PreClearanceView> {
        let row = sqlx::query(
            "SELECT p.data AS pc, a.data AS app FROM pre_clearances p JOIN applications a ON a.id = p.application \
             WHERE p.id = $1 AND p.economy = $2",
        )
        .bind(id.to_string())
        .bind(scope.economy().to_string())
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        let pc: PreClearance = unjson(&row.try_get::<String, _>("pc")?)?;
        let app: Application = unjson(&row.try_get::<String, _>("app")?)?;
        self.audit_read(
            Some(scope.actor()),
            "read_pre_clearance",
            format!("pre_clearance:{id}"),
            now,
        )
        .await?;
        Ok(PreClearanceView::project(&app, &pc, now.date()))
    }

    async fn pre_clearance_history(
        &self,
        scope: &PreClearanceScope,
        id: PreClearanceId,
        now: OffsetDateTime,
    ) -> StoreResult<Vec<Event>> {
        let mut c = self.pool.acquire().await?;
        let app = pre_clearance_application(&mut c, scope, id).await?;
        let rows = sqlx::query(
            "SELECT data FROM events WHERE application = $1 AND economy = $2 ORDER BY id",
        )
        .bind(app.to_string())
        .bind(scope.economy().to_string())
        .fetch_all(&mut *c)
        .await?;
        drop(c);
        let events = rows
            .iter()
            .map(|r| unjson::<Event>(&r.try_get::<String, _>("data")?))
            .collect::<StoreResult<Vec<_>>>()?;
        self.audit_read(
            Some(scope.actor()),
            "read_pre_clearance_history",
            format!("pre_clearance:{id}"),
            now,
        )
        .await?;
        Ok(events)
    }

    async fn pre_clearance_queue(
        &self,
        scope: &PreClearanceScope,
        filter: PreClearanceFilter,
        now: OffsetDateTime,
    ) -> StoreResult<Page<PreClearanceView>> {
        let (page, per_page, limit, offset) = page_bounds(filter.page, filter.per_page);
        let today = now.date();
        let status = filter.status.unwrap_or(PreClearanceStatus::Pending);
        let mut cond = String::from("p.economy = $1 AND p.status = $2");
        cond.push_str(if filter.overdue_only {
            " AND p.due_on < $3"
        } else {
            " AND $3 = $3"
        });
        cond.push_str(if filter.home.is_some() {
            " AND p.home = $4"
        } else {
            " AND $4 = $4"
        });
        let pattern = search_pattern(filter.search.as_deref());
        cond.push_str(&search_condition(5, pattern.is_some()));
        let pattern = pattern.unwrap_or_default();
        let home = filter.home.map(|h| h.to_string()).unwrap_or_default();
        let count_sql = format!(
            "SELECT COUNT(*) AS n FROM pre_clearances p JOIN applications a ON a.id = p.application WHERE {cond}"
        );
        let total: i64 = sqlx::query(&count_sql)
            .bind(scope.economy().to_string())
            .bind(status.as_str())
            .bind(iso(today))
            .bind(&home)
            .bind(&pattern)
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        let sql = format!(
            "SELECT p.data AS pc, a.data AS app FROM pre_clearances p JOIN applications a ON a.id = p.application \
             WHERE {cond} ORDER BY p.due_on, p.requested_at, p.id LIMIT $6 OFFSET $7"
        );
        let rows = sqlx::query(&sql)
            .bind(scope.economy().to_string())
            .bind(status.as_str())
            .bind(iso(today))
            .bind(&home)
            .bind(&pattern)
            .bind(limit)
            .bind(offset)
            .fetch_all(&self.pool)
            .await?;
        let mut items = Vec::with_capacity(rows.len());
        for r in rows {
            let pc: PreClearance = unjson(&r.try_get::<String, _>("pc")?)?;
            let app: Application = unjson(&r.try_get::<String, _>("app")?)?;
            items.push(PreClearanceView::project(&app, &pc, today));
        }
        Ok(Page {
            items,
            total: u64::try_from(total).unwrap_or(0),
            page,
            per_page,
        })
    }

    async fn my_cards(&self, scope: &ApplicantScope) -> StoreResult<Vec<Card>> {
        let rows =
            sqlx::query("SELECT data FROM cards WHERE holder = $1 ORDER BY issued_on DESC, number")
                .bind(scope.account().to_string())
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|r| unjson::<Card>(&r.try_get::<String, _>("data")?))
            .collect()
    }

    async fn home_cards(
        &self,
        scope: &HomeScope,
        page: u32,
        per_page: u32,
    ) -> StoreResult<Page<Card>> {
        let (page, per_page, limit, offset) = page_bounds(page, per_page);
        let total: i64 = sqlx::query("SELECT COUNT(*) AS n FROM cards WHERE home = $1")
            .bind(scope.economy().to_string())
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        let rows = sqlx::query("SELECT data FROM cards WHERE home = $1 ORDER BY issued_on DESC, number LIMIT $2 OFFSET $3")
            .bind(scope.economy().to_string())
            .bind(limit)
            .bind(offset)
            .fetch_all(&self.pool)
            .await?;
        let items = rows
            .iter()
            .map(|r| unjson::<Card>(&r.try_get::<String, _>("data")?))
            .collect::<StoreResult<Vec<_>>>()?;
        Ok(Page {
            items,
            total: u64::try_from(total).unwrap_or(0),
            page,
            per_page,
        })
    }

    async fn card(&self, access: CaseAccess, number: &CardNumber) -> StoreResult<Card> {
        let (cond, param) = match access {
            CaseAccess::Applicant(s) => (" AND holder = $2", Some(s.account().to_string())),
            CaseAccess::Home(s) => (" AND home = $2", Some(s.economy().to_string())),
            CaseAccess::System => ("", None),
        };
        let sql = format!("SELECT data FROM cards WHERE number = $1{cond}");
        let q = scoped(&sql, number.to_string(), param);
        let row = q
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        unjson(&row.try_get::<String, _>("data")?)
    }

    async fn card_application(
        &self,
        access: CaseAccess,
        number: &CardNumber,
    ) -> StoreResult<ApplicationId> {
        Ok(self.card(access, number).await?.application)
    }

    async fn public_status(&self, reference: &Reference) -> StoreResult<PublicStatus> {
        let mut c = self.pool.acquire().await?;
        let row = sqlx::query("SELECT data FROM applications WHERE reference = $1")
            .bind(reference.to_string())
            .fetch_optional(&mut *c)
            .await?
            .ok_or(StoreError::NotFound)?;
        let case = load_children(&mut c, unjson(&row.try_get::<String, _>("data")?)?).await?;
        Ok(PublicStatus::project(&case))
    }

    async fn run_due_ticks(&self, now: OffsetDateTime, limit: u32) -> StoreResult<u32> {
        let mut tx = self.write_tx().await?;
        let sql = format!(
            "SELECT id FROM applications WHERE wake_at IS NOT NULL AND wake_at <= $1 ORDER BY wake_at LIMIT $2{SKIP_LOCKED}"
        );
        let rows = sqlx::query(&sql)
            .bind(us(now))
            .bind(i64::from(limit))
            .fetch_all(&mut *tx)
            .await?;
        let mut done = 0;
        for r in rows {
            let id = ApplicationId::parse(&r.try_get::<String, _>("id")?)?;
            let (case, version) = load_case(&mut tx, CaseAccess::System, id).await?;
            run_command(
                &mut tx,
                self.entropy.as_ref(),
                case,
                version,
                Actor::System,
                Command::Tick,
                now,
            )
            .await?;
            done += 1;
        }
        tx.commit().await?;
        Ok(done)
    }

    async fn import_cases(&self, cases: Vec<ImportedCase>, now: OffsetDateTime) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        let economies = load_economies(&mut tx).await?;
        for ImportedCase {
            case,
            events,
            photo,
        } in &cases
        {
            insert_application(&mut tx, case, &economies, now).await?;
            for pc in &case.pre_clearances {
                upsert_pre_clearance(&mut tx, pc, true).await?;
            }
            for card in &case.cards {
                upsert_card(&mut tx, card, true).await?;
            }
            insert_events(&mut tx, case, events).await?;
            if let Some(bytes) = photo {
                sqlx::query("INSERT INTO photos (application, bytes) VALUES ($1, $2)")
                    .bind(case.application.id.to_string())
                    .bind(bytes.clone())
                    .execute(&mut *tx)
                    .await?;
            }
        }
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                Actor::System,
                "import_cases",
                format!("cases:{}", cases.len()),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn reserve_card_serials(&self, economy: EconomyCode, count: u64) -> StoreResult<u64> {
        let mut tx = self.write_tx().await?;
        let start = reserve_serials(&mut tx, economy, count).await?;
        tx.commit().await?;
        Ok(start)
    }
}

/// The tables whose rows workers claim under a lease: the cardholders' outbox and staff mail.
#[derive(Clone, Copy)]
enum Leased {
    Outbox,
    StaffMail,
    TicketMail,
}

impl From<MailQueueKind> for Leased {
    fn from(queue: MailQueueKind) -> Self {
        match queue {
            MailQueueKind::Staff => Self::StaffMail,
            MailQueueKind::Tickets => Self::TicketMail,
        }
    }
}

impl Leased {
    fn table(self) -> &'static str {
        match self {
            Self::Outbox => "outbox",
            Self::StaffMail => "staff_mail",
            Self::TicketMail => "ticket_mail",
        }
    }
}

/// Claims up to `limit` undelivered rows that are due at `lease.0` and not leased to another
/// worker, leasing them to `worker` until `lease.1` and counting the attempt; returns `returning`.
async fn claim_leased(
    c: &mut Conn,
    leased: Leased,
    returning: &str,
    worker: &str,
    lease: (OffsetDateTime, OffsetDateTime),
    limit: u32,
) -> StoreResult<Vec<<Db as sqlx::Database>::Row>> {
    let table = leased.table();
    let sql = format!(
        "UPDATE {table} SET claimed_by = $1, claimed_until = $2, attempts = attempts + 1 WHERE id IN \
         (SELECT id FROM {table} WHERE delivered_at IS NULL AND available_at <= $3 \
          AND (claimed_until IS NULL OR claimed_until < $3) ORDER BY id LIMIT $4{SKIP_LOCKED}) \
         RETURNING {returning}"
    );
    Ok(sqlx::query(&sql)
        .bind(worker)
        .bind(us(lease.1))
        .bind(us(lease.0))
        .bind(i64::from(limit))
        .fetch_all(&mut *c)
        .await?)
}

/// Gives a claimed row back for another try at `available_at` (only the worker holding it can).
async fn release_lease(
    c: &mut Conn,
    leased: Leased,
    id: i64,
    worker: &str,
    available_at: OffsetDateTime,
) -> StoreResult<()> {
    let sql = format!(
        "UPDATE {} SET claimed_by = NULL, claimed_until = NULL, available_at = $3 \
         WHERE id = $1 AND claimed_by = $2",
        leased.table()
    );
    sqlx::query(&sql)
        .bind(id)
        .bind(worker)
        .bind(us(available_at))
        .execute(&mut *c)
        .await?;
    Ok(())
}

/// Records the mail outcome of a claimed row as delivered; false when `worker` no longer holds it.
async fn complete_leased(
    c: &mut Conn,
    leased: Leased,
    id: i64,
    worker: &str,
    outcome: MailOutcome,
    now: OffsetDateTime,
) -> StoreResult<bool> {
    let sql = format!(
        "UPDATE {} SET delivered_at = $3, mail_status = $4 \
         WHERE id = $1 AND claimed_by = $2 AND delivered_at IS NULL",
        leased.table()
    );
    let done = sqlx::query(&sql)
        .bind(id)
        .bind(worker)
        .bind(us(now))
        .bind(outcome.as_str())
        .execute(&mut *c)
        .await?;
    Ok(done.rows_affected() == 1)
}

#[async_trait]
impl OutboxStore for Backend {
    async fn claim_outbox(
        &self,
        worker: &str,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        limit: u32,
    ) -> StoreResult<Vec<OutboxItem>> {
        let mut tx = self.write_tx().await?;
        let rows = claim_leased(
            &mut tx,
            Leased::Outbox,
            "id, recipient, application, kind, payload, attempts",
            worker,
            (now, lease_until),
            limit,
        )
        .await?;
        tx.commit().await?;
        let mut items = Vec::with_capacity(rows.len());
        for r in rows {
            let attempts: i64 = r.try_get("attempts")?;
            items.push(OutboxItem {
                id: r.try_get("id")?,
                recipient: parse_account(&r.try_get::<String, _>("recipient")?)?,
                application: ApplicationId::parse(&r.try_get::<String, _>("application")?)?,
                kind: r.try_get("kind")?,
                payload: r.try_get("payload")?,
                attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
            });
        }
        items.sort_by_key(|i| i.id);
        Ok(items)
    }

    async fn deliver_to_inbox(
        &self,
        worker: &str,
        item: &OutboxItem,
        now: OffsetDateTime,
    ) -> StoreResult<bool> {
        self.complete_outbox(worker, item, MailOutcome::None, now)
            .await
    }

    async fn retry_outbox(
        &self,
        worker: &str,
        id: i64,
        available_at: OffsetDateTime,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        release_lease(&mut tx, Leased::Outbox, id, worker, available_at).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn outbox_pending(&self) -> StoreResult<u64> {
        let n: i64 = sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE delivered_at IS NULL")
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    async fn notifications(&self, scope: &ApplicantScope) -> StoreResult<Vec<Notification>> {
        let rows = sqlx::query("SELECT id, application, kind, created_at FROM notifications WHERE account = $1 ORDER BY id")
            .bind(scope.account().to_string())
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            out.push(Notification {
                id: r.try_get("id")?,
                application: ApplicationId::parse(&r.try_get::<String, _>("application")?)?,
                kind: r.try_get("kind")?,
                created_at: from_us(r.try_get("created_at")?),
            });
        }
        Ok(out)
    }

    async fn outbox_mail(
        &self,
        worker: &str,
        item: &OutboxItem,
    ) -> StoreResult<Option<OutboxMail>> {
        let row = sqlx::query(
            "SELECT a.username, a.display_name, a.language, ap.reference, \
             n.subject AS notice_subject, n.body AS notice_body, n.author_economy \
             FROM outbox o JOIN accounts a ON a.id = o.recipient \
             LEFT JOIN applications ap ON ap.id = o.application \
             LEFT JOIN notices n ON n.id = o.notice \
             WHERE o.id = $1 AND o.claimed_by = $2 AND o.delivered_at IS NULL AND a.role = $3",
        )
        .bind(item.id)
        .bind(worker)
        .bind(Role::Applicant.as_str())
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else {
            return Ok(None);
        };
        let subject: Option<String> = r.try_get("notice_subject")?;
        let body: Option<String> = r.try_get("notice_body")?;
        let notice = match (subject, body) {
            (Some(subject), Some(body)) => Some(NoticeText {
                subject,
                body,
                author_economy: parse_economy(r.try_get("author_economy")?)?,
            }),
            _ => None,
        };
        Ok(Some(OutboxMail {
            address: r.try_get("username")?,
            display_name: r.try_get("display_name")?,
            language: r.try_get("language")?,
            reference: r.try_get("reference")?,
            notice,
        }))
    }

    async fn post_to_inbox(
        &self,
        worker: &str,
        item: &OutboxItem,
        now: OffsetDateTime,
    ) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        let sql = format!(
            "SELECT id FROM outbox WHERE id = $1 AND claimed_by = $2 AND delivered_at IS NULL{FOR_UPDATE}"
        );
        let held = sqlx::query(&sql)
            .bind(item.id)
            .bind(worker)
            .fetch_optional(&mut *tx)
            .await?;
        if held.is_none() {
            return Ok(false);
        }
        insert_inbox_entry(&mut tx, item, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn complete_outbox(
        &self,
        worker: &str,
        item: &OutboxItem,
        mail: MailOutcome,
        now: OffsetDateTime,
    ) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        // Only the worker holding the lease may complete it; a worker whose lease ran out finds nothing.
        let done = sqlx::query(
            "UPDATE outbox SET delivered_at = $3, mail_status = $4, mailed_at = $5 \
             WHERE id = $1 AND claimed_by = $2 AND delivered_at IS NULL",
        )
        .bind(item.id)
        .bind(worker)
        .bind(us(now))
        .bind(mail.as_str())
        .bind((mail == MailOutcome::Sent).then(|| us(now)))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        insert_inbox_entry(&mut tx, item, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn complete_queued_mail(
        &self,
        queue: MailQueueKind,
        worker: &str,
        id: i64,
        outcome: MailOutcome,
        now: OffsetDateTime,
    ) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        let done = complete_leased(&mut tx, Leased::from(queue), id, worker, outcome, now).await?;
        tx.commit().await?;
        Ok(done)
    }

    async fn retry_queued_mail(
        &self,
        queue: MailQueueKind,
        worker: &str,
        id: i64,
        available_at: OffsetDateTime,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        release_lease(&mut tx, Leased::from(queue), id, worker, available_at).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn set_mail_language(&self, scope: &ApplicantScope, language: &str) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE accounts SET language = $2 WHERE id = $1 AND role = $3")
            .bind(scope.account().to_string())
            .bind(language)
            .bind(Role::Applicant.as_str())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn send_notice(
        &self,
        by: NoticeAuthority,
        notice: NewNotice,
        now: OffsetDateTime,
    ) -> StoreResult<NoticeReceipt> {
        if !by.may_address(notice.audience) {
            return Err(DomainError::Forbidden.into());
        }
        let actor = by.actor();
        let mut tx = self.write_tx().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO notices (author, author_role, author_economy, audience, audience_economy, \
             subject, body, recipients, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,0,$8) RETURNING id",
        )
        .bind(actor.account().map(|a| a.to_string()).unwrap_or_default())
        .bind(actor.role().map(|r| r.as_str()).unwrap_or_default())
        .bind(actor.economy().map(|e| e.to_string()))
        .bind(notice.audience.as_str())
        .bind(notice.audience.economy().map(|e| e.to_string()))
        .bind(&notice.subject)
        .bind(&notice.body)
        .bind(us(now))
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?;
        // One message per cardholder (a holder of several active cards hears once), named after the
        // application of one of their cards, as every inbox entry is.
        let filter = match notice.audience {
            NoticeAudience::All => String::new(),
            NoticeAudience::Home { .. } => " AND k.home = $4".to_owned(),
            NoticeAudience::PreCleared { .. } => format!(
                " AND EXISTS (SELECT 1 FROM pre_clearances p WHERE p.application = k.application \
                 AND p.economy = $4 AND p.status = '{}')",
                PreClearanceStatus::Approved.as_str()
            ),
        };
        let sql = format!(
            "INSERT INTO outbox (recipient, application, kind, payload, available_at, notice) \
             SELECT k.holder, MIN(k.application), 'notice', $1, $2, $3 FROM cards k \
             WHERE k.status = '{}'{filter} GROUP BY k.holder",
            abtc_domain::CardStatus::Active.as_str()
        );
        let payload = serde_json::json!({ "type": "notice", "notice": id }).to_string();
        let mut query = sqlx::query(&sql).bind(payload).bind(us(now)).bind(id);
        if let Some(economy) = notice.audience.economy() {
            query = query.bind(economy.to_string());
        }
        let recipients = query.execute(&mut *tx).await?.rows_affected();
        sqlx::query("UPDATE notices SET recipients = $2 WHERE id = $1")
            .bind(id)
            .bind(i64::try_from(recipients).unwrap_or(i64::MAX))
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                actor,
                "notice_sent",
                format!(
                    "notice {id} to {} ({recipients} cardholders)",
                    notice.audience.as_str()
                ),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(NoticeReceipt { id, recipients })
    }
}

/// The inbox entry of an outbox message, once however often it is written.
async fn insert_inbox_entry(
    c: &mut Conn,
    item: &OutboxItem,
    now: OffsetDateTime,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO notifications (outbox_id, account, application, kind, created_at) VALUES ($1,$2,$3,$4,$5) \
         ON CONFLICT (outbox_id) DO NOTHING",
    )
    .bind(item.id)
    .bind(item.recipient.to_string())
    .bind(item.application.to_string())
    .bind(&item.kind)
    .bind(us(now))
    .execute(&mut *c)
    .await?;
    Ok(())
}

#[async_trait]
impl Store for Backend {
    fn backend(&self) -> &'static str {
        BACKEND
    }

    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}

/// The card condition of a scope, on `cards` aliased `k`, with its parameter as `$2`.
fn card_scope(access: CaseAccess) -> (&'static str, Option<String>) {
    match access {
        CaseAccess::Applicant(s) => (" AND k.holder = $2", Some(s.account().to_string())),
        CaseAccess::Home(s) => (" AND k.home = $2", Some(s.economy().to_string())),
        CaseAccess::System => ("", None),
    }
}

fn key_from_row(r: &<Db as sqlx::Database>::Row) -> StoreResult<StoredKey> {
    let role: String = r.try_get("role")?;
    let retired: Option<i64> = r.try_get("retired_at")?;
    Ok(StoredKey {
        id: r.try_get("id")?,
        economy: parse_economy(r.try_get("economy")?)?,
        role: KeyRole::parse(&role)
            .ok_or_else(|| StoreError::Other("stored key role unreadable".into()))?,
        cert_der: r.try_get("cert_der")?,
        secret: r.try_get("secret")?,
        created_at: from_us(r.try_get("created_at")?),
        retired_at: retired.map(from_us),
    })
}

#[async_trait]
impl CredentialStore for Backend {
    async fn add_signing_key(
        &self,
        economy: Option<EconomyCode>,
        role: KeyRole,
        cert_der: Vec<u8>,
        secret: Vec<u8>,
        now: OffsetDateTime,
    ) -> StoreResult<i64> {
        let mut tx = self.write_tx().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO signing_keys (economy, role, cert_der, secret, created_at) VALUES ($1,$2,$3,$4,$5) RETURNING id",
        )
        .bind(economy.map(|e| e.to_string()))
        .bind(role.as_str())
        .bind(cert_der)
        .bind(secret)
        .bind(us(now))
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?;
        let subject = match economy {
            Some(e) => format!("key:{}:{e}:{id}", role.as_str()),
            None => format!("key:{}:{id}", role.as_str()),
        };
        audit(
            &mut tx,
            &NewAudit::ok(now, Actor::System, "add_signing_key", subject),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn signing_keys(&self) -> StoreResult<Vec<StoredKey>> {
        let rows = sqlx::query(
            "SELECT id, economy, role, cert_der, secret, created_at, retired_at FROM signing_keys ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(key_from_row).collect()
    }

    async fn retire_signing_key(&self, id: i64, now: OffsetDateTime) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE signing_keys SET retired_at = $2 WHERE id = $1 AND retired_at IS NULL",
        )
        .bind(id)
        .bind(us(now))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                Actor::System,
                "retire_signing_key",
                format!("key:{id}"),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn save_trust_list(
        &self,
        version: u64,
        signed: Vec<u8>,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        let v = i64::try_from(version)
            .map_err(|_| StoreError::Other("trust list version too large".into()))?;
        let mut tx = self.write_tx().await?;
        sqlx::query("INSERT INTO trust_lists (version, signed, created_at) VALUES ($1,$2,$3)")
            .bind(v)
            .bind(signed)
            .bind(us(now))
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            &NewAudit::ok(
                now,
                Actor::System,
                "publish_trust_list",
                format!("trust_list:{version}"),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn latest_trust_list(&self) -> StoreResult<Option<(u64, Vec<u8>)>> {
        let row =
            sqlx::query("SELECT version, signed FROM trust_lists ORDER BY version DESC LIMIT 1")
                .fetch_optional(&self.pool)
                .await?;
        let Some(r) = row else { return Ok(None) };
        let v: i64 = r.try_get("version")?;
        Ok(Some((u64::try_from(v).unwrap_or(0), r.try_get("signed")?)))
    }

    async fn register_device_key(
        &self,
        scope: &ApplicantScope,
        card: &CardNumber,
        public_key: Vec<u8>,
        now: OffsetDateTime,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "SELECT number FROM cards WHERE number = $1 AND holder = $2 AND status = 'active'",
        )
        .bind(card.to_string())
        .bind(scope.account().to_string())
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let hash = hex::encode(Sha256::digest(&public_key));
        sqlx::query(
            "INSERT INTO device_keys (card, key_hash, public_key, registered_at) VALUES ($1,$2,$3,$4) \
             ON CONFLICT (card) DO UPDATE SET key_hash = excluded.key_hash, public_key = excluded.public_key, \
             registered_at = excluded.registered_at",
        )
        .bind(card.to_string())
        .bind(hash)
        .bind(public_key)
        .bind(us(now))
        .execute(&mut *tx)
        .await?;
        let actor = scope.actor();
        audit(
            &mut tx,
            &NewAudit::ok(now, actor, "register_device_key", format!("card:{card}")),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn device_key(
        &self,
        access: CaseAccess,
        card: &CardNumber,
    ) -> StoreResult<Option<Vec<u8>>> {
        let (cond, param) = card_scope(access);
        let sql = format!(
            "SELECT d.public_key FROM cards k LEFT JOIN device_keys d ON d.card = k.number WHERE k.number = $1{cond}"
        );
        let q = scoped(&sql, card.to_string(), param);
        let row = q
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(row.try_get("public_key")?)
    }

    async fn credential_slot(
        &self,
        access: CaseAccess,
        card: &CardNumber,
        revision: u32,
        device_key_hash: &str,
    ) -> StoreResult<CredentialSlot> {
        let mut tx = self.write_tx().await?;
        let (cond, param) = card_scope(access);
        let sql = format!("SELECT k.home FROM cards k WHERE k.number = $1{cond}");
        let q = scoped(&sql, card.to_string(), param);
        let home: String = q
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?
            .try_get("home")?;
        let existing = sqlx::query(
            "SELECT status_index, cose, expires_at FROM credentials WHERE card = $1 AND revision = $2 AND device_key_hash = $3",
        )
        .bind(card.to_string())
        .bind(i64::from(revision))
        .bind(device_key_hash)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(r) = existing {
            let index: i64 = r.try_get("status_index")?;
            let cose: Vec<u8> = r.try_get("cose")?;
            let expires: i64 = r.try_get("expires_at")?;
            tx.commit().await?;
            return Ok(CredentialSlot {
                status_index: u64::try_from(index).unwrap_or(0),
                issued: (!cose.is_empty()).then(|| (cose, from_us(expires))),
            });
        }
        sqlx::query("INSERT INTO status_counters (economy, next_index) VALUES ($1, 0) ON CONFLICT (economy) DO NOTHING")
            .bind(&home)
            .execute(&mut *tx)
            .await?;
        let next: i64 = sqlx::query(
            "UPDATE status_counters SET next_index = next_index + 1 WHERE economy = $1 RETURNING next_index",
        )
        .bind(&home)
        .fetch_one(&mut *tx)
        .await?
        .try_get("next_index")?;
        let index = next - 1;
        sqlx::query(
            "INSERT INTO credentials (card, revision, device_key_hash, economy, status_index, cose, expires_at) \
             VALUES ($1,$2,$3,$4,$5,$6,0)",
        )
        .bind(card.to_string())
        .bind(i64::from(revision))
        .bind(device_key_hash)
        .bind(&home)
        .bind(index)
        .bind(Vec::<u8>::new())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(CredentialSlot {
            status_index: u64::try_from(index).unwrap_or(0),
            issued: None,
        })
    }

    async fn put_credential(
        &self,
        card: &CardNumber,
        revision: u32,
        device_key_hash: &str,
        cose: Vec<u8>,
        expires_at: OffsetDateTime,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE credentials SET cose = $4, expires_at = $5 WHERE card = $1 AND revision = $2 AND device_key_hash = $3",
        )
        .bind(card.to_string())
        .bind(i64::from(revision))
        .bind(device_key_hash)
        .bind(cose)
        .bind(us(expires_at))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        tx.commit().await?;
        Ok(())
    }

    async fn revoked_indices(&self, economy: EconomyCode) -> StoreResult<Vec<u64>> {
        let rows = sqlx::query(
            "SELECT c.status_index FROM credentials c JOIN cards k ON k.number = c.card \
             LEFT JOIN device_keys d ON d.card = c.card \
             WHERE c.economy = $1 AND (k.status <> 'active' OR k.revision <> c.revision \
             OR c.device_key_hash <> COALESCE(d.key_hash, '')) ORDER BY c.status_index",
        )
        .bind(economy.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let i: i64 = r.try_get("status_index")?;
                Ok(u64::try_from(i).unwrap_or(0))
            })
            .collect()
    }
}
