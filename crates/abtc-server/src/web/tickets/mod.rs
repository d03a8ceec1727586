//! Cardholder service pages: the applicant raises an enquiry or a complaint from the portal and
//! follows their tickets; an officer lists the tickets routed to their economy. Both go through the
//! same `TicketScope`d store calls as `/api/v1/tickets`, so neither page can show a ticket of
//! another cardholder or routed to another economy. The page of one ticket is in `ticket`, the
//! economy's refund decision and lesson forms in `decide`.

mod decide;
mod ticket;

use abtc_domain::role::{ApplicantScope, TicketScope};
use abtc_domain::ticket::{Message, Subject, TicketKind};
use abtc_domain::EconomyCode;
use abtc_store::{NewTicket, TicketRoute, TicketSummary};
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use minijinja::{context, Value};
use serde::Deserialize;

use super::account::see_other;
use super::context::WebCtx;
use super::error::{WebError, WebResult};
use super::forms::CsrfForm;
use super::pages::{accepted, filled, notice, Feedback};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/portal/tickets", get(my_tickets).post(raise))
        .route("/work/tickets", get(economy_tickets))
        .route("/portal/tickets/{id}", get(ticket::portal_ticket))
        .route("/portal/tickets/{id}/reply", post(ticket::portal_reply))
        .route("/portal/tickets/{id}/close", post(ticket::portal_close))
        .route("/portal/tickets/{id}/reopen", post(ticket::portal_reopen))
        .route("/work/tickets/{id}", get(ticket::work_ticket))
        .route("/work/tickets/{id}/reply", post(ticket::work_reply))
        .route("/work/tickets/{id}/close", post(ticket::work_close))
        .route(
            "/work/tickets/{id}/refund-decision",
            post(decide::work_refund_decision),
        )
        .route("/work/tickets/{id}/lesson", post(decide::work_lesson))
}

/// The `done=…` of the redirect after raising, and its notice.
const OUTCOMES: [(&str, &str); 1] = [("raised", "tickets-raised")];

#[derive(Debug, Default, Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

/// What the applicant typed, kept when the form comes back with a problem.
#[derive(Debug, Default, Deserialize)]
pub struct RaiseForm {
    kind: Option<String>,
    economy: Option<String>,
    subject: Option<String>,
    message: Option<String>,
}

/// A ticket row for the templates, linking to the ticket's page on `side` (`portal` or `work`):
/// message text never appears in lists.
fn rows(tickets: &[TicketSummary], side: &str) -> Vec<Value> {
    tickets
        .iter()
        .map(|t| {
            context! {
                side => side,
                id => t.id.to_string(),
                kind => t.kind.as_str(),
                economy => t.economy.as_str(),
                status => t.status.as_str(),
                subject => t.subject.as_str(),
                due_on => t.due_on.map(|d| d.to_string()),
            }
        })
        .collect()
}

async fn economy_codes(state: &AppState) -> WebResult<Vec<String>> {
    Ok(state
        .store
        .economies()
        .await?
        .iter()
        .map(|e| e.code.to_string())
        .collect())
}

async fn portal_page(
    state: &AppState,
    ctx: &WebCtx,
    scope: ApplicantScope,
    feedback: Feedback<RaiseForm>,
) -> WebResult<Response> {
    let tickets = state.store.tickets(&TicketScope::Cardholder(scope)).await?;
    let economies = economy_codes(state).await?;
    feedback.render(state, ctx, "tickets/portal.html", |typed| {
        context! {
            tickets => rows(&tickets, "portal"),
            economies => economies,
            typed => context! {
                kind => typed.kind,
                economy => typed.economy,
                subject => typed.subject,
                message => typed.message,
            },
        }
    })
}

pub async fn my_tickets(
    State(state): State<AppState>,
    ctx: WebCtx,
    Query(q): Query<DoneQuery>,
) -> WebResult<Response> {
    let (scope, _) = ctx.require::<ApplicantScope>()?;
    let feedback = Feedback::notice(notice(&ctx, q.done.as_deref(), &OUTCOMES));
    portal_page(&state, &ctx, scope, feedback).await
}

/// The ticket the form describes, or `None` when a value is not valid.
fn new_ticket(form: &RaiseForm) -> Option<NewTicket> {
    let kind = match filled(&form.kind) {
        Some("complaint") => TicketKind::Complaint,
        _ => TicketKind::Enquiry,
    };
    let route = match filled(&form.economy) {
        Some(code) => TicketRoute::Economy(EconomyCode::parse(code).ok()?),
        None => TicketRoute::Home,
    };
    Some(NewTicket {
        kind,
        route,
        subject: Subject::parse(form.subject.as_deref().unwrap_or_default()).ok()?,
        message: Message::parse(form.message.as_deref().unwrap_or_default()).ok()?,
        refund_reason: None,
    })
}

pub async fn raise(
    State(state): State<AppState>,
    ctx: WebCtx,
    CsrfForm(form): CsrfForm<RaiseForm>,
) -> WebResult<Response> {
    let (scope, _) = ctx.require::<ApplicantScope>()?;
    let raised = match new_ticket(&form) {
        Some(ticket) => {
            let outcome = state
                .store
                .raise_ticket(&scope, ticket, state.clock.now())
                .await;
            match outcome {
                // Routed home without an application yet: the form's problem, not the page's.
                Err(abtc_store::StoreError::NotFound) => false,
                other => accepted(other)?,
            }
        }
        None => false,
    };
    if raised {
        return Ok(see_other("/portal/tickets?done=raised"));
    }
    let feedback = Feedback::problem(ctx.t("tickets-invalid"), form);
    portal_page(&state, &ctx, scope, feedback).await
}

pub async fn economy_tickets(State(state): State<AppState>, ctx: WebCtx) -> WebResult<Response> {
    let (scope, _) = ctx.require::<TicketScope>()?;
    let TicketScope::Economy { economy, .. } = scope else {
        return Err(WebError::Forbidden);
    };
    let tickets = state.store.tickets(&scope).await?;
    Feedback::<()>::notice(None).render(&state, &ctx, "tickets/work.html", |_| {
        context! { tickets => rows(&tickets, "work"), economy => economy.as_str() }
    })
}
