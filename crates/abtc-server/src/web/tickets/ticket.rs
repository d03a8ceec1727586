//! The page of one ticket, for its cardholder (`/portal/tickets/{id}`) and for the officers of the
//! economy it is routed to (`/work/tickets/{id}`): what it is about, where it stands, the thread of
//! messages, and the forms that move it on (reply, close, reopen, a refund's decision, sharing a
//! lesson learned; the economy's own forms are in `decide`). Every read and action goes through the same `TicketScope`d store calls as
//! `/api/v1/tickets/{id}`, so a ticket outside the caller's scope is the same 404 as a missing one.

use std::collections::BTreeMap;

use abtc_domain::role::{ApplicantScope, LessonScope, TicketScope};
use abtc_domain::ticket::{EntryKind, Message, RefundStatus, TicketStatus};
use abtc_domain::TicketId;
use abtc_store::{Ticket, TicketAction, TicketEntry};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use minijinja::{context, Value};
use serde::Deserialize;
use time::format_description::well_known::Rfc3339;

use super::DoneQuery;
use crate::state::AppState;
use crate::web::account::see_other;
use crate::web::context::WebCtx;
use crate::web::error::{WebError, WebResult};
use crate::web::forms::CsrfForm;
use crate::web::pages::{accepted, moment, notice, Feedback, NoFields};

/// The `done=…` of the ticket page's redirects and the notice each one shows.
const OUTCOMES: [(&str, &str); 6] = [
    ("replied", "tickets-done-replied"),
    ("closed", "tickets-done-closed"),
    ("reopened", "tickets-done-reopened"),
    ("approved", "tickets-done-approved"),
    ("declined", "tickets-done-declined"),
    ("lesson", "tickets-done-lesson"),
];

/// Which of the two pages: the cardholder's or the routed economy's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    Portal,
    Work,
}

impl Side {
    fn base(self) -> &'static str {
        match self {
            Self::Portal => "/portal/tickets",
            Self::Work => "/work/tickets",
        }
    }

    /// The caller's ticket scope for this side, then the id: someone who may not see the page is
    /// sent away before learning whether the id names anything, and an id that does not parse is
    /// the same 404 as a ticket of someone else.
    pub(super) fn target(self, ctx: &WebCtx, id: &str) -> WebResult<Target> {
        let scope = match self {
            Self::Portal => TicketScope::Cardholder(ctx.require::<ApplicantScope>()?.0),
            Self::Work => match ctx.require::<TicketScope>()?.0 {
                scope @ TicketScope::Economy { .. } => scope,
                TicketScope::Cardholder(_) => return Err(WebError::Forbidden),
            },
        };
        let id = TicketId::parse(id).map_err(|_| WebError::NotFound)?;
        Ok(Target {
            side: self,
            scope,
            id,
        })
    }
}

/// The ticket a request is about, on which page, in the caller's scope.
pub(super) struct Target {
    pub(super) side: Side,
    pub(super) scope: TicketScope,
    pub(super) id: TicketId,
}

impl Target {
    /// Back to the ticket's page, with the notice of `done`.
    pub(super) fn done(&self, done: &str) -> Response {
        see_other(&format!("{}/{}?done={done}", self.side.base(), self.id))
    }
}

/// What was typed into the page's forms, and the problem of each field, shown again with the page.
#[derive(Debug, Default)]
pub(super) struct Typed {
    pub(super) reply: Option<String>,
    pub(super) decision: Option<String>,
    pub(super) reason: Option<String>,
    pub(super) topic: Option<String>,
    pub(super) text: Option<String>,
    /// Field name → its problem, in the reader's language.
    pub(super) errors: BTreeMap<&'static str, String>,
}

impl Typed {
    pub(super) fn problem(&mut self, ctx: &WebCtx, field: &'static str, id: &str) {
        self.errors.insert(field, ctx.t(id));
    }

    /// The page again (422), with each field's problem by the field.
    pub(super) fn feedback(self, ctx: &WebCtx) -> Feedback<Self> {
        Feedback::problem(ctx.t("tickets-error-summary"), self)
    }
}

/// The text of a field the store checks, or `None`; an empty field is as invalid as a long one.
pub(super) fn text<T, E>(
    v: &Option<String>,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Option<T> {
    parse(v.as_deref().unwrap_or_default()).ok()
}

fn entry_row(e: &TicketEntry) -> Value {
    context! {
        by => e.by.as_str(),
        kind => e.kind.as_str(),
        at => moment(e.at),
        at_iso => e.at.format(&Rfc3339).ok(),
        // Line breaks as typed; the template puts `<br>` between the lines.
        lines => e.message.as_ref().map(|m| m.as_str().lines().collect::<Vec<_>>()),
    }
}

/// The ticket for the template, and which forms its state allows on this side.
fn ticket_view(ctx: &WebCtx, side: Side, ticket: &Ticket) -> Value {
    let s = &ticket.summary;
    let open = s.status != TicketStatus::Closed;
    let decision = ticket.history.iter().rev().find(|e| {
        matches!(
            e.kind,
            EntryKind::RefundApproved | EntryKind::RefundDeclined
        )
    });
    let requested = s
        .refund
        .is_some_and(|r| r.status == RefundStatus::Requested);
    context! {
        side => match side { Side::Portal => "portal", Side::Work => "work" },
        id => s.id.to_string(),
        subject => s.subject.as_str(),
        kind => s.kind.as_str(),
        economy => s.economy.as_str(),
        status => s.status.as_str(),
        due_on => s.due_on.map(|d| d.to_string()),
        refund => s.refund.map(|r| context! {
            reason => r.reason.as_str(),
            status => r.status.as_str(),
        }),
        decision => decision.map(entry_row),
        entries => ticket.history.iter().map(entry_row).collect::<Vec<_>>(),
        can_reply => open,
        can_close => open,
        can_reopen => side == Side::Portal && !open,
        can_decide => side == Side::Work && open && requested,
        can_share => side == Side::Work && ctx.require::<LessonScope>().is_ok(),
    }
}

pub(super) async fn render_ticket(
    state: &AppState,
    ctx: &WebCtx,
    on: &Target,
    feedback: Feedback<Typed>,
) -> WebResult<Response> {
    let ticket = state
        .store
        .ticket(&on.scope, on.id, state.clock.now())
        .await?;
    let view = ticket_view(ctx, on.side, &ticket);
    feedback.render(state, ctx, "tickets/ticket.html", |typed| {
        context! {
            ticket => view,
            typed => context! {
                reply => typed.reply,
                decision => typed.decision,
                reason => typed.reason,
                topic => typed.topic,
                text => typed.text,
            },
            errors => typed.errors,
        }
    })
}

async fn show(
    state: AppState,
    ctx: WebCtx,
    side: Side,
    id: &str,
    done: Option<&str>,
) -> WebResult<Response> {
    let on = side.target(&ctx, id)?;
    let feedback = Feedback::notice(notice(&ctx, done, &OUTCOMES));
    render_ticket(&state, &ctx, &on, feedback).await
}

/// Acts on the ticket and goes back to its page with `done`; when the ticket's state no longer
/// allows the action (closed or decided meanwhile, e.g. in another tab), shows the page as it is
/// now (409), keeping what was typed.
pub(super) async fn act(
    state: &AppState,
    ctx: &WebCtx,
    on: &Target,
    action: TicketAction,
    done: &str,
    typed: Typed,
) -> WebResult<Response> {
    let outcome = state
        .store
        .act_on_ticket(&on.scope, on.id, action, state.clock.now())
        .await;
    if accepted(outcome)? {
        return Ok(on.done(done));
    }
    let mut feedback = Feedback::problem(ctx.t("tickets-error-conflict"), typed);
    feedback.status = StatusCode::CONFLICT;
    render_ticket(state, ctx, on, feedback).await
}

#[derive(Debug, Deserialize)]
pub struct ReplyForm {
    message: Option<String>,
}

async fn reply(
    state: AppState,
    ctx: WebCtx,
    side: Side,
    id: &str,
    form: ReplyForm,
) -> WebResult<Response> {
    let on = side.target(&ctx, id)?;
    let message = text(&form.message, Message::parse);
    let mut typed = Typed {
        reply: form.message,
        ..Typed::default()
    };
    let Some(message) = message else {
        typed.problem(&ctx, "reply", "tickets-error-reply");
        return render_ticket(&state, &ctx, &on, typed.feedback(&ctx)).await;
    };
    let action = TicketAction::Reply(message);
    act(&state, &ctx, &on, action, "replied", typed).await
}

async fn close(state: AppState, ctx: WebCtx, side: Side, id: &str) -> WebResult<Response> {
    let on = side.target(&ctx, id)?;
    act(
        &state,
        &ctx,
        &on,
        TicketAction::Close,
        "closed",
        Typed::default(),
    )
    .await
}

// ---------------------------------------------------------------------------------------------
// The cardholder's page.

pub async fn portal_ticket(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    Query(q): Query<DoneQuery>,
) -> WebResult<Response> {
    show(state, ctx, Side::Portal, &id, q.done.as_deref()).await
}

pub async fn portal_reply(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReplyForm>,
) -> WebResult<Response> {
    reply(state, ctx, Side::Portal, &id, form).await
}

pub async fn portal_close(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> WebResult<Response> {
    close(state, ctx, Side::Portal, &id).await
}

/// Reopens a closed ticket: its cardholder only, as `/api/v1/tickets/{id}/reopen`.
pub async fn portal_reopen(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> WebResult<Response> {
    let on = Side::Portal.target(&ctx, &id)?;
    let action = TicketAction::Reopen;
    act(&state, &ctx, &on, action, "reopened", Typed::default()).await
}

// ---------------------------------------------------------------------------------------------
// The routed economy's page.

pub async fn work_ticket(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    Query(q): Query<DoneQuery>,
) -> WebResult<Response> {
    show(state, ctx, Side::Work, &id, q.done.as_deref()).await
}

pub async fn work_reply(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ReplyForm>,
) -> WebResult<Response> {
    reply(state, ctx, Side::Work, &id, form).await
}

pub async fn work_close(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> WebResult<Response> {
    close(state, ctx, Side::Work, &id).await
}
