//! The home economy's review: the queue of its applications and the case page, where an officer
//! starts a review, asks the applicant a question, approves or rejects, and cancels or replaces
//! the card. Every action goes through `CaseAccess::Home`, so another economy's case is not found.

use abtc_domain::role::HomeScope;
use abtc_domain::text::{LongText, ShortText};
use abtc_domain::{
    ApplicationId, ApplicationState, CancellationReason, Command, PassportNumber,
    PreClearanceStatus, ReplacementReason,
};
use abtc_store::{ApplicationFilter, CaseAccess};
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use minijinja::{context, Value};
use serde::Deserialize;
use time::Date;

use super::helpers::{jpeg, names_of, DoneQuery, Queue, PER_PAGE};
use super::history::history_rows;
use crate::state::AppState;
use crate::web::account::see_other;
use crate::web::context::WebCtx;
use crate::web::error::{WebError, WebResult};
use crate::web::forms::CsrfForm;
use crate::web::pages::{filled, notice, scoped, Feedback, NoFields};
use crate::web::render;

/// The states an officer can filter the home queue by (drafts are the applicant's own business).
const QUEUE_STATES: [ApplicationState; 7] = [
    ApplicationState::Submitted,
    ApplicationState::HomeReview,
    ApplicationState::InfoRequested,
    ApplicationState::PreClearance,
    ApplicationState::Issued,
    ApplicationState::Rejected,
    ApplicationState::Withdrawn,
];

/// The reasons a home officer may give for cancelling a card (a renewal cancels by itself).
const CANCEL_REASONS: [CancellationReason; 3] = [
    CancellationReason::LeftEmployer,
    CancellationReason::HolderRequest,
    CancellationReason::NoLongerEligible,
];

/// The `done=…` of `run_case`'s redirects and the notice each one shows.
const OUTCOMES: [(&str, &str); 6] = [
    ("review", "officer-done-review"),
    ("info", "officer-done-info"),
    ("approved", "officer-done-approved"),
    ("rejected", "officer-done-rejected"),
    ("card-cancelled", "officer-done-card-cancelled"),
    ("card-replaced", "officer-done-card-replaced"),
];

fn case_of(ctx: &WebCtx, id: &str) -> WebResult<(HomeScope, ApplicationId)> {
    scoped(ctx, id, ApplicationId::parse)
}

/// A text field that must hold something (a question, a reason).
fn long_text(v: &Option<String>) -> Option<LongText> {
    v.as_deref().and_then(|s| LongText::parse(s).ok())
}

fn parse_date(s: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s.trim(), &format).ok()
}

// ---------------------------------------------------------------------------------------------
// The home economy's review queue.

#[derive(Debug, Default, Deserialize)]
pub struct HomeQueueQuery {
    state: Option<String>,
    overdue: Option<String>,
    q: Option<String>,
    page: Option<String>,
}

pub async fn home_queue(
    State(state): State<AppState>,
    ctx: WebCtx,
    Query(query): Query<HomeQueueQuery>,
) -> WebResult<Response> {
    let (scope, _) = ctx.require::<HomeScope>()?;
    let state_filter = filled(&query.state)
        .map(ApplicationState::parse)
        .transpose()
        .map_err(|_| WebError::BadForm("unknown application state".into()))?;
    let queue = Queue::read(&query.overdue, &query.q, &query.page);
    let filter = ApplicationFilter {
        state: state_filter,
        overdue_only: queue.overdue,
        search: queue.search.clone(),
        page: queue.page,
        per_page: PER_PAGE,
    };
    let result = state
        .store
        .home_queue(&scope, filter, state.clock.now())
        .await?;
    let filters = [
        (
            "state",
            state_filter
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
        ),
        queue.overdue_filter(),
        queue.search_filter(),
    ];
    let data = context! {
        economy => scope.economy().as_str(),
        states => QUEUE_STATES.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        selected_state => state_filter.map(|s| s.as_str()),
        ..queue.view("/work/applications", &filters, &result)
    };
    Ok(render::page(&state, &ctx, "officer/applications.html", data)?.into_response())
}

// ---------------------------------------------------------------------------------------------
// One case, as its home economy sees it.

/// What was typed into the case page's forms, shown again with a form's problem.
#[derive(Debug, Default)]
struct CaseTyped {
    question: Option<String>,
    reason: Option<String>,
    police_report: Option<String>,
}

pub async fn case_page(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    Query(q): Query<DoneQuery>,
) -> WebResult<Response> {
    let (scope, id) = case_of(&ctx, &id)?;
    let feedback = Feedback::notice(notice(&ctx, q.done.as_deref(), &OUTCOMES));
    render_case(&state, &ctx, scope, id, feedback).await
}

async fn render_case(
    state: &AppState,
    ctx: &WebCtx,
    scope: HomeScope,
    id: ApplicationId,
    feedback: Feedback<CaseTyped>,
) -> WebResult<Response> {
    let access = CaseAccess::Home(scope);
    let case = state.store.case(access, id, state.clock.now()).await?;
    let history = state.store.history(access, id, state.clock.now()).await?;
    let economies = state.store.economies().await?;
    let names = names_of(&economies);
    let today = state.clock.now().date();
    let app = &case.application;

    let progress: Vec<Value> = case
        .pre_clearances
        .iter()
        .map(|p| {
            context! {
                economy => p.economy.as_str(),
                name => names.get(p.economy.as_str()),
                status => p.status.as_str(),
                due_on => p.due_on.to_string(),
                overdue => p.is_overdue(today),
                decided_on => p.decided_at.map(|t| t.date().to_string()),
            }
        })
        .collect();
    let count =
        |s: PreClearanceStatus| case.pre_clearances.iter().filter(|p| p.status == s).count();
    let open = matches!(
        app.state,
        ApplicationState::Submitted
            | ApplicationState::HomeReview
            | ApplicationState::InfoRequested
    );
    let review_due = match (open, app.submitted_at, economies.get(app.home)) {
        (true, Some(at), Ok(home)) => {
            Some(at.date() + time::Duration::days(i64::from(home.home_review_target_days)))
        }
        _ => None,
    };
    feedback.render(state, ctx, "officer/case.html", |typed| {
        context! {
            id => id.to_string(),
            case => Value::from_serialize(&case),
            home_name => names.get(app.home.as_str()),
            names => names.clone(),
            submitted_on => app.submitted_at.map(|t| t.date().to_string()),
            review_due => review_due.map(|d| d.to_string()),
            review_overdue => review_due.is_some_and(|d| today > d),
            progress => progress,
            approved => count(PreClearanceStatus::Approved),
            declined => count(PreClearanceStatus::Declined),
            pending => count(PreClearanceStatus::Pending),
            withdrawn => count(PreClearanceStatus::Withdrawn),
            asked => case.pre_clearances.len(),
            targets => economies.pre_clearance_targets(app.home).map(|t| t.len()).unwrap_or(0),
            can_review => app.state == ApplicationState::Submitted,
            can_decide => app.state == ApplicationState::HomeReview,
            active_card => case.active_card().map(|c| c.number.to_string()),
            cancel_reasons => CANCEL_REASONS.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
            history => history_rows(ctx, &history),
            question => typed.question,
            reason => typed.reason,
            police_report => typed.police_report,
        }
    })
}

pub async fn case_photo(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    let (scope, id) = case_of(&ctx, &id)?;
    let bytes = state
        .store
        .photo(CaseAccess::Home(scope), id, state.clock.now())
        .await?;
    Ok(jpeg(bytes))
}

/// Runs a home-review command and goes back to the case with the outcome's notice.
async fn run_case(
    state: &AppState,
    scope: HomeScope,
    id: ApplicationId,
    command: Command,
    done: &str,
) -> WebResult<Response> {
    state
        .store
        .execute(CaseAccess::Home(scope), id, command, state.clock.now())
        .await?;
    Ok(see_other(&format!("/work/applications/{id}?done={done}")))
}

pub async fn start_review(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> WebResult<Response> {
    let (scope, id) = case_of(&ctx, &id)?;
    run_case(&state, scope, id, Command::StartReview, "review").await
}

pub async fn approve(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> WebResult<Response> {
    let (scope, id) = case_of(&ctx, &id)?;
    run_case(&state, scope, id, Command::Approve, "approved").await
}

/// A case command that needs a text from its form (a question, a reason): what to say when the
/// text is missing or too long, where what was typed goes back, and what the text is for.
struct TextCommand {
    problem: &'static str,
    keep: fn(Option<String>) -> CaseTyped,
    command: fn(LongText) -> Command,
    done: &'static str,
}

const REQUEST_INFO: TextCommand = TextCommand {
    problem: "officer-error-question",
    keep: |question| CaseTyped {
        question,
        ..CaseTyped::default()
    },
    command: |question| Command::RequestInfo { question },
    done: "info",
};

const REJECT: TextCommand = TextCommand {
    problem: "officer-error-reason",
    keep: |reason| CaseTyped {
        reason,
        ..CaseTyped::default()
    },
    command: |reason| Command::Reject { reason },
    done: "rejected",
};

/// Runs `how`'s command with the text, or shows the case again with the problem and the text.
async fn run_with_text(
    state: &AppState,
    ctx: &WebCtx,
    id: &str,
    text: Option<String>,
    how: &TextCommand,
) -> WebResult<Response> {
    let (scope, id) = case_of(ctx, id)?;
    let Some(valid) = long_text(&text) else {
        let feedback = Feedback::problem(ctx.t(how.problem), (how.keep)(text));
        return render_case(state, ctx, scope, id, feedback).await;
    };
    run_case(state, scope, id, (how.command)(valid), how.done).await
}

#[derive(Debug, Deserialize)]
pub struct QuestionForm {
    question: Option<String>,
}

pub async fn request_info(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<QuestionForm>,
) -> WebResult<Response> {
    run_with_text(&state, &ctx, &id, form.question, &REQUEST_INFO).await
}

#[derive(Debug, Deserialize)]
pub struct ReasonForm {
    reason: Option<String>,
}

pub async fn reject(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReasonForm>,
) -> WebResult<Response> {
    run_with_text(&state, &ctx, &id, form.reason, &REJECT).await
}

pub async fn cancel_card(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReasonForm>,
) -> WebResult<Response> {
    let (scope, id) = case_of(&ctx, &id)?;
    let reason = CANCEL_REASONS
        .into_iter()
        .find(|r| Some(r.as_str()) == form.reason.as_deref())
        .ok_or_else(|| WebError::BadForm("unknown cancellation reason".into()))?;
    run_case(
        &state,
        scope,
        id,
        Command::CancelCard { reason },
        "card-cancelled",
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct ReplaceForm {
    kind: Option<String>,
    police_report: Option<String>,
    passport_number: Option<String>,
    passport_issued_on: Option<String>,
    passport_expires_on: Option<String>,
}

pub async fn replace_card(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReplaceForm>,
) -> WebResult<Response> {
    let (scope, id) = case_of(&ctx, &id)?;
    let reason = match form.kind.as_deref() {
        Some("lost") => match form.police_report.as_deref().map(ShortText::parse) {
            Some(Ok(police_report)) => ReplacementReason::Lost { police_report },
            _ => {
                let typed = CaseTyped {
                    police_report: form.police_report,
                    ..CaseTyped::default()
                };
                let feedback = Feedback::problem(ctx.t("officer-error-police-report"), typed);
                return render_case(&state, &ctx, scope, id, feedback).await;
            }
        },
        Some("new_passport") => {
            let number = form
                .passport_number
                .as_deref()
                .and_then(|n| PassportNumber::parse(n).ok());
            let issued = form.passport_issued_on.as_deref().and_then(parse_date);
            let expires = form.passport_expires_on.as_deref().and_then(parse_date);
            match (number, issued, expires) {
                (Some(number), Some(issued_on), Some(expires_on)) => {
                    ReplacementReason::NewPassport {
                        number,
                        issued_on,
                        expires_on,
                    }
                }
                _ => {
                    let typed = CaseTyped::default();
                    let feedback = Feedback::problem(ctx.t("officer-error-passport"), typed);
                    return render_case(&state, &ctx, scope, id, feedback).await;
                }
            }
        }
        Some("change_of_approvals") => ReplacementReason::ChangeOfApprovals,
        _ => return Err(WebError::BadForm("unknown replacement reason".into())),
    };
    run_case(
        &state,
        scope,
        id,
        Command::ReplaceCard { reason },
        "card-replaced",
    )
    .await
}
