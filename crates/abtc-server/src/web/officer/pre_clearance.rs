//! The asked economy's pre-clearance: the queue of requests addressed to it and the request page,
//! where an officer approves or declines and may later withdraw an approval. Every read and
//! decision is scoped to the officer's economy, so another economy's request is not found.

use abtc_domain::role::PreClearanceScope;
use abtc_domain::text::LongText;
use abtc_domain::{Decision, EconomyCode, PreClearanceId, PreClearanceStatus};
use abtc_store::{PreClearanceAction, PreClearanceFilter};
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use minijinja::{context, Value};
use serde::Deserialize;

use super::helpers::{jpeg, names_of, DoneQuery, Queue, PER_PAGE};
use super::history::history_rows;
use crate::routes::pre_clearances::count_decision;
use crate::state::AppState;
use crate::web::account::see_other;
use crate::web::context::WebCtx;
use crate::web::error::{WebError, WebResult};
use crate::web::forms::CsrfForm;
use crate::web::pages::{filled, moment, notice, scoped, Feedback};
use crate::web::render;

/// The `done=…` of the request page's redirects and the notice each one shows.
const OUTCOMES: [(&str, &str); 3] = [
    ("approved", "officer-done-pc-approved"),
    ("declined", "officer-done-pc-declined"),
    ("withdrawn", "officer-done-pc-withdrawn"),
];

fn request_of(ctx: &WebCtx, id: &str) -> WebResult<(PreClearanceScope, PreClearanceId)> {
    scoped(ctx, id, PreClearanceId::parse)
}

/// An optional note: empty is none, anything else must be valid text.
fn optional_note(v: &Option<String>) -> Result<Option<LongText>, ()> {
    match filled(v) {
        None => Ok(None),
        Some(s) => LongText::parse(s).map(Some).map_err(|_| ()),
    }
}

// ---------------------------------------------------------------------------------------------
// The asked economy's pre-clearance queue.

#[derive(Debug, Default, Deserialize)]
pub struct PreClearanceQueueQuery {
    status: Option<String>,
    overdue: Option<String>,
    home: Option<String>,
    q: Option<String>,
    page: Option<String>,
}

pub async fn pre_clearance_queue(
    State(state): State<AppState>,
    ctx: WebCtx,
    Query(query): Query<PreClearanceQueueQuery>,
) -> WebResult<Response> {
    let (scope, _) = ctx.require::<PreClearanceScope>()?;
    let status = filled(&query.status)
        .map(PreClearanceStatus::parse)
        .transpose()
        .map_err(|_| WebError::BadForm("unknown pre-clearance status".into()))?
        .unwrap_or(PreClearanceStatus::Pending);
    let home = filled(&query.home)
        .map(EconomyCode::parse)
        .transpose()
        .map_err(|_| WebError::BadForm("home must be an economy code".into()))?;
    let queue = Queue::read(&query.overdue, &query.q, &query.page);
    let filter = PreClearanceFilter {
        status: Some(status),
        overdue_only: queue.overdue,
        home,
        search: queue.search.clone(),
        page: queue.page,
        per_page: PER_PAGE,
    };
    let result = state
        .store
        .pre_clearance_queue(&scope, filter, state.clock.now())
        .await?;
    let economies = state.store.economies().await?;
    let homes: Vec<Value> = economies
        .iter()
        .filter(|e| e.code != scope.economy())
        .map(|e| context! { code => e.code.as_str(), name => e.name.clone() })
        .collect();
    let filters = [
        ("status", status.as_str().to_owned()),
        queue.overdue_filter(),
        ("home", home.map(|h| h.to_string()).unwrap_or_default()),
        queue.search_filter(),
    ];
    let data = context! {
        economy => scope.economy().as_str(),
        names => names_of(&economies),
        statuses => PreClearanceStatus::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        selected_status => status.as_str(),
        homes => homes,
        selected_home => home.map(|h| h.to_string()),
        ..queue.view("/work/pre-clearances", &filters, &result)
    };
    Ok(render::page(&state, &ctx, "officer/pre_clearances.html", data)?.into_response())
}

// ---------------------------------------------------------------------------------------------
// One request addressed to the officer's economy.

/// What was typed into the request page's forms, shown again with a form's problem.
#[derive(Debug, Default)]
struct RequestTyped {
    decision: Option<String>,
    note: Option<String>,
    withdraw_note: Option<String>,
}

pub async fn pre_clearance_page(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    Query(q): Query<DoneQuery>,
) -> WebResult<Response> {
    let (scope, id) = request_of(&ctx, &id)?;
    let feedback = Feedback::notice(notice(&ctx, q.done.as_deref(), &OUTCOMES));
    render_request(&state, &ctx, scope, id, feedback).await
}

async fn render_request(
    state: &AppState,
    ctx: &WebCtx,
    scope: PreClearanceScope,
    id: PreClearanceId,
    feedback: Feedback<RequestTyped>,
) -> WebResult<Response> {
    let view = state
        .store
        .pre_clearance(&scope, id, state.clock.now())
        .await?;
    let history = state
        .store
        .pre_clearance_history(&scope, id, state.clock.now())
        .await?;
    let economies = state.store.economies().await?;
    feedback.render(state, ctx, "officer/pre_clearance.html", |typed| {
        context! {
            id => id.to_string(),
            view => Value::from_serialize(&view),
            names => names_of(&economies),
            requested_at => moment(view.requested_at),
            decided_at => view.decided_at.map(moment),
            can_decide => view.status == PreClearanceStatus::Pending,
            can_withdraw => view.status == PreClearanceStatus::Approved,
            history => history_rows(ctx, &history),
            decision => typed.decision,
            note => typed.note,
            withdraw_note => typed.withdraw_note,
        }
    })
}

pub async fn pre_clearance_photo(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    let (scope, id) = request_of(&ctx, &id)?;
    let bytes = state
        .store
        .pre_clearance_photo(&scope, id, state.clock.now())
        .await?;
    Ok(jpeg(bytes))
}

#[derive(Debug, Deserialize)]
pub struct DecisionForm {
    decision: Option<String>,
    note: Option<String>,
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<DecisionForm>,
) -> WebResult<Response> {
    let (scope, id) = request_of(&ctx, &id)?;
    let decision = match form.decision.as_deref() {
        Some("approve") => Some(Decision::Approve),
        Some("decline") => Some(Decision::Decline),
        _ => None,
    };
    // A decline needs its reason on the record; the page asks again rather than losing the note.
    let checked = match (decision, optional_note(&form.note)) {
        (None, _) => Err("officer-error-decision"),
        (_, Err(())) => Err("officer-error-note"),
        (Some(Decision::Decline), Ok(None)) => Err("officer-error-decline-reason"),
        (Some(decision), Ok(note)) => Ok((decision, note)),
    };
    let (decision, note) = match checked {
        Ok(checked) => checked,
        Err(problem) => {
            let typed = RequestTyped {
                decision: form.decision,
                note: form.note,
                ..RequestTyped::default()
            };
            let feedback = Feedback::problem(ctx.t(problem), typed);
            return render_request(&state, &ctx, scope, id, feedback).await;
        }
    };
    let view = state
        .store
        .execute_pre_clearance(
            &scope,
            id,
            PreClearanceAction::Decide { decision, note },
            state.clock.now(),
        )
        .await?;
    count_decision(&state, scope.economy(), view.status);
    let done = match decision {
        Decision::Approve => "approved",
        Decision::Decline => "declined",
    };
    Ok(see_other(&format!("/work/pre-clearances/{id}?done={done}")))
}

#[derive(Debug, Deserialize)]
pub struct WithdrawForm {
    note: Option<String>,
}

pub async fn withdraw(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<WithdrawForm>,
) -> WebResult<Response> {
    let (scope, id) = request_of(&ctx, &id)?;
    let Ok(note) = optional_note(&form.note) else {
        let typed = RequestTyped {
            withdraw_note: form.note,
            ..RequestTyped::default()
        };
        let feedback = Feedback::problem(ctx.t("officer-error-note"), typed);
        return render_request(&state, &ctx, scope, id, feedback).await;
    };
    state
        .store
        .execute_pre_clearance(
            &scope,
            id,
            PreClearanceAction::WithdrawApproval { note },
            state.clock.now(),
        )
        .await?;
    Ok(see_other(&format!(
        "/work/pre-clearances/{id}?done=withdrawn"
    )))
}
