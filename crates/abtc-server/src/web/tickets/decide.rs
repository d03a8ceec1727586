//! The forms only the routed economy's officers have on a ticket's page: a refund request's
//! decision, told to the cardholder with its reason, and sharing what the ticket taught as an
//! anonymized lesson learned. Both are the API's calls (`/api/v1/tickets/{id}/refund-decision`,
//! `POST /api/v1/lessons`) on the same scopes.

use abtc_domain::role::LessonScope;
use abtc_domain::ticket::{LessonText, Message, Subject};
use abtc_store::{NewLesson, TicketAction};
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use super::ticket::{act, render_ticket, text, Side, Typed};
use crate::state::AppState;
use crate::web::context::WebCtx;
use crate::web::error::{WebError, WebResult};
use crate::web::forms::CsrfForm;
use crate::web::pages::filled;

#[derive(Debug, Deserialize)]
pub struct RefundDecisionForm {
    decision: Option<String>,
    reason: Option<String>,
}

/// Grants or refuses a refund request, with the reason told to the cardholder (the economy only,
/// as `/api/v1/tickets/{id}/refund-decision`).
pub async fn work_refund_decision(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<RefundDecisionForm>,
) -> WebResult<Response> {
    let on = Side::Work.target(&ctx, &id)?;
    let approve = match filled(&form.decision) {
        Some("approve") => Some(true),
        Some("decline") => Some(false),
        _ => None,
    };
    let reason = text(&form.reason, Message::parse);
    let mut typed = Typed {
        decision: form.decision,
        reason: form.reason,
        ..Typed::default()
    };
    let (approve, reason) = match (approve, reason) {
        (Some(approve), Some(reason)) => (approve, reason),
        (approve, reason) => {
            if approve.is_none() {
                typed.problem(&ctx, "decision", "tickets-error-decision");
            }
            if reason.is_none() {
                typed.problem(&ctx, "reason", "tickets-error-reason");
            }
            return render_ticket(&state, &ctx, &on, typed.feedback(&ctx)).await;
        }
    };
    let done = if approve { "approved" } else { "declined" };
    let action = TicketAction::DecideRefund { approve, reason };
    act(&state, &ctx, &on, action, done, typed).await
}

#[derive(Debug, Deserialize)]
pub struct LessonForm {
    topic: Option<String>,
    text: Option<String>,
}

/// Shares what the ticket taught as an anonymized lesson, credited to the officer's economy only,
/// as `POST /api/v1/lessons`. The lesson does not name the ticket; the ticket is read first only
/// so that the form answers 404 for a ticket outside the officer's scope, like the page does.
pub async fn work_lesson(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<LessonForm>,
) -> WebResult<Response> {
    let on = Side::Work.target(&ctx, &id)?;
    state
        .store
        .ticket(&on.scope, on.id, state.clock.now())
        .await?;
    let (lessons, _) = ctx.require::<LessonScope>()?;
    if lessons.economy().is_none() {
        return Err(WebError::Forbidden);
    }
    let topic = text(&form.topic, Subject::parse);
    let lesson_text = text(&form.text, LessonText::parse);
    let mut typed = Typed {
        topic: form.topic,
        text: form.text,
        ..Typed::default()
    };
    let lesson = match (topic, lesson_text) {
        (Some(topic), Some(text)) => NewLesson { topic, text },
        (topic, text) => {
            if topic.is_none() {
                typed.problem(&ctx, "topic", "tickets-error-topic");
            }
            if text.is_none() {
                typed.problem(&ctx, "text", "tickets-error-lesson");
            }
            return render_ticket(&state, &ctx, &on, typed.feedback(&ctx)).await;
        }
    };
    state
        .store
        .add_lesson(&lessons, lesson, state.clock.now())
        .await?;
    Ok(on.done("lesson"))
}
