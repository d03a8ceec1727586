//! The status page and the applicant's actions on it: answering the home economy's question,
//! withdrawing, and asking for the card to be issued.

use abtc_domain::text::LongText;
use abtc_domain::{ApplicationState, Case, Command, PreClearanceStatus};
use abtc_store::CaseAccess;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use minijinja::{context, Value};
use serde::{Deserialize, Serialize};

use super::helpers::{card_row, economy_name, num, tr, CardRow};
use super::history::history_rows;
use super::review::missing;
use super::steps::Step;
use super::{applicant, load, page, parse_id, run, status_path, step_path};
use crate::state::AppState;
use crate::web::account::{see_other, CsrfOnly};
use crate::web::context::WebCtx;
use crate::web::error::WebResult;
use crate::web::forms::CsrfForm;

#[derive(Serialize)]
struct PreClearanceRow {
    economy: String,
    code: String,
    status: &'static str,
    due_on: String,
    decided_on: Option<String>,
    overdue: bool,
}

#[derive(Default)]
pub(super) struct StatusExtras {
    pub(super) notice: Option<String>,
    pub(super) answer: Option<String>,
    pub(super) answer_error: Option<String>,
    pub(super) withdraw_error: Option<String>,
    pub(super) photo_error: Option<String>,
}

/// Notices after the actions that lead back to the status page.
const DONE: [&str; 5] = ["submitted", "answered", "withdrawn", "issue", "photo"];

#[derive(Deserialize)]
pub(super) struct StatusQuery {
    done: Option<String>,
}

pub(super) async fn status_page(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    Query(q): Query<StatusQuery>,
) -> WebResult<Response> {
    let scope = applicant(&ctx)?;
    let id = parse_id(&id)?;
    let case = load(&state, scope, id).await?;
    let notice = q
        .done
        .filter(|d| DONE.contains(&d.as_str()))
        .map(|d| ctx.t(&format!("applicant-done-{d}")));
    let extras = StatusExtras {
        notice,
        ..StatusExtras::default()
    };
    render_status(&state, &ctx, case, extras, StatusCode::OK).await
}

pub(super) async fn render_status(
    state: &AppState,
    ctx: &WebCtx,
    case: Case,
    extras: StatusExtras,
    status: StatusCode,
) -> WebResult<Response> {
    let scope = applicant(ctx)?;
    let economies = state.store.economies().await?;
    let app = &case.application;
    let id = app.id;
    let today = state.clock.now().date();
    let home = economies.get(app.home).ok();
    let in_home_review = matches!(
        app.state,
        ApplicationState::Submitted
            | ApplicationState::HomeReview
            | ApplicationState::InfoRequested
    );
    let review_target = match (app.submitted_at, home) {
        (Some(at), Some(h)) if in_home_review => Some(
            (at.date() + time::Duration::days(i64::from(h.home_review_target_days))).to_string(),
        ),
        _ => None,
    };
    let mut pre_clearances: Vec<PreClearanceRow> = case
        .pre_clearances
        .iter()
        .map(|p| PreClearanceRow {
            economy: economy_name(&economies, p.economy),
            code: p.economy.as_str().to_owned(),
            status: p.status.as_str(),
            due_on: p.due_on.to_string(),
            decided_on: p
                .withdrawn_at
                .or(p.decided_at)
                .map(|t| t.date().to_string()),
            overdue: p.status == PreClearanceStatus::Pending && p.is_overdue(today),
        })
        .collect();
    pre_clearances.sort_by(|a, b| a.economy.cmp(&b.economy));
    let answered = pre_clearances
        .iter()
        .filter(|p| p.status != "pending" && p.status != "closed")
        .count();
    let cards: Vec<CardRow> = case.cards.iter().map(card_row).collect();
    let can_request_issue = app.state == ApplicationState::PreClearance
        && !app.issue_requested
        && home.is_some_and(|h| h.issuance_policy.max_named() > 0);
    let events = state
        .store
        .history(CaseAccess::Applicant(scope), id, state.clock.now())
        .await?;
    let history = history_rows(ctx, &economies, &events);
    let continue_at = if app.state == ApplicationState::Draft {
        let first_missing = missing(ctx, &case).into_iter().next().map(|p| p.href);
        Some(first_missing.unwrap_or_else(|| step_path(id, Step::Review)))
    } else {
        None
    };
    let data = context! {
        id => id.to_string(),
        reference => app.reference.as_str(),
        state => app.state.as_str(),
        home => economy_name(&economies, app.home),
        home_code => app.home.as_str(),
        created_on => app.created_at.date().to_string(),
        submitted_on => app.submitted_at.map(|t| t.date().to_string()),
        review_target => review_target,
        question => app.open_question.as_ref().map(|q| q.as_str().to_owned()),
        rejection_reason => app.rejection_reason.as_ref().map(|r| r.as_str().to_owned()),
        issue_requested => app.issue_requested,
        pre_clearances => Value::from_serialize(&pre_clearances),
        answered => answered,
        cards => Value::from_serialize(&cards),
        can_withdraw => in_home_review,
        can_request_issue => can_request_issue,
        can_replace_photo => app.state == ApplicationState::InfoRequested,
        has_photo => app.photo.is_some(),
        history => Value::from_serialize(&history),
        continue_at => continue_at,
        notice => extras.notice,
        answer => extras.answer,
        answer_error => extras.answer_error,
        withdraw_error => extras.withdraw_error,
        photo_error => extras.photo_error,
    };
    page(state, ctx, status, "applicant/status.html", data)
}

#[derive(Deserialize)]
pub(super) struct RespondForm {
    answer: Option<String>,
}

pub(super) async fn respond(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<RespondForm>,
) -> WebResult<Response> {
    let scope = applicant(&ctx)?;
    let id = parse_id(&id)?;
    let raw = form.answer.unwrap_or_default();
    let answer = match LongText::parse(&raw) {
        Ok(a) => a,
        Err(_) => {
            let case = load(&state, scope, id).await?;
            let message = if raw.trim().is_empty() {
                ctx.t("applicant-respond-error-empty")
            } else {
                tr(
                    &ctx,
                    "applicant-error-long-text",
                    &[("max", num(LongText::MAX_CHARS as f64))],
                )
            };
            let extras = StatusExtras {
                answer: Some(raw),
                answer_error: Some(message),
                ..StatusExtras::default()
            };
            return render_status(&state, &ctx, case, extras, StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        }
    };
    run(
        &state,
        scope,
        id,
        Command::RespondInfo { answer, form: None },
    )
    .await?;
    Ok(see_other(&format!("{}?done=answered", status_path(id))))
}

#[derive(Deserialize)]
pub(super) struct WithdrawForm {
    confirm: Option<String>,
}

pub(super) async fn withdraw(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<WithdrawForm>,
) -> WebResult<Response> {
    let scope = applicant(&ctx)?;
    let id = parse_id(&id)?;
    if form.confirm.as_deref() != Some("yes") {
        let case = load(&state, scope, id).await?;
        let extras = StatusExtras {
            withdraw_error: Some(ctx.t("applicant-withdraw-error-confirm")),
            ..StatusExtras::default()
        };
        return render_status(&state, &ctx, case, extras, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    run(&state, scope, id, Command::Withdraw).await?;
    Ok(see_other(&format!("{}?done=withdrawn", status_path(id))))
}

pub(super) async fn request_issue(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(CsrfOnly {}): CsrfForm<CsrfOnly>,
) -> WebResult<Response> {
    let scope = applicant(&ctx)?;
    let id = parse_id(&id)?;
    run(&state, scope, id, Command::RequestIssue).await?;
    Ok(see_other(&format!("{}?done=issue", status_path(id))))
}
