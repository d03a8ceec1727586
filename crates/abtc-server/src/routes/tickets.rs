//! Cardholder service: enquiries, complaints and refund requests as tickets routed to the
//! cardholder's home economy or to an economy they name, and the anonymized lessons learned that
//! economies share. Every handler hands the store a scope derived from the caller, so a ticket
//! outside it answers 404 whatever the handler asks; ticket text never reaches logs or errors.

use abtc_domain::role::{ApplicantScope, LessonScope, TicketScope};
use abtc_domain::ticket::{LessonText, Message, RefundReason, Subject, TicketKind};
use abtc_domain::{EconomyCode, TicketId};
use abtc_store::{Lesson, NewLesson, NewTicket, Ticket, TicketAction, TicketRoute, TicketSummary};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, Scoped};
use crate::state::AppState;

#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTicketRequest {
    /// `enquiry`, `complaint` or `refund`.
    #[schema(value_type = String)]
    pub kind: TicketKind,
    /// The economy to route the ticket to (e.g. the one whose border closure a refund is about);
    /// without it, the home economy of the cardholder's latest application.
    pub economy: Option<String>,
    /// One line, up to 200 characters.
    pub subject: String,
    /// Up to 5000 characters.
    pub message: String,
    /// For a refund only: `border_closure`, `application_rejected`, `duplicate_payment`,
    /// `service_not_provided` or `other`.
    #[schema(value_type = Option<String>)]
    pub refund_reason: Option<RefundReason>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplyRequest {
    /// Up to 5000 characters.
    pub message: String,
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RefundVerdict {
    Approve,
    Decline,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefundDecisionRequest {
    pub decision: RefundVerdict,
    /// Told to the cardholder; up to 5000 characters.
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewLessonRequest {
    /// One line, up to 200 characters.
    pub topic: String,
    /// Up to 2000 characters, with no names, addresses, references or document numbers in it.
    pub text: String,
}

/// An id that does not parse names no ticket the caller may see.
fn ticket_id(s: &str) -> ApiResult<TicketId> {
    TicketId::parse(s).map_err(|_| ApiError::not_found())
}

/// Raises a ticket (cardholders).
#[utoipa::path(post, path = "/api/v1/tickets", tag = "cardholder-service", request_body = NewTicketRequest,
    responses((status = 201, body = Object), (status = 403, body = abtc_api::ErrorBody),
        (status = 404, body = abtc_api::ErrorBody), (status = 422, body = abtc_api::ErrorBody)))]
pub async fn raise(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<ApplicantScope>,
    ApiJson(req): ApiJson<NewTicketRequest>,
) -> ApiResult<(StatusCode, Json<Ticket>)> {
    let route = match req.economy.as_deref() {
        Some(code) => TicketRoute::Economy(EconomyCode::parse(code)?),
        None => TicketRoute::Home,
    };
    let ticket = NewTicket {
        kind: req.kind,
        route,
        subject: Subject::parse(&req.subject)?,
        message: Message::parse(&req.message)?,
        refund_reason: req.refund_reason,
    };
    let raised = state
        .store
        .raise_ticket(&scope, ticket, state.clock.now())
        .await?;
    Ok((StatusCode::CREATED, Json(raised)))
}

/// The caller's tickets: a cardholder's own, or those routed to the officer's economy.
#[utoipa::path(get, path = "/api/v1/tickets", tag = "cardholder-service",
    responses((status = 200, body = Vec<Object>), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<TicketScope>,
) -> ApiResult<Json<Vec<TicketSummary>>> {
    Ok(Json(state.store.tickets(&scope).await?))
}

/// One ticket with its replies and history.
#[utoipa::path(get, path = "/api/v1/tickets/{id}", tag = "cardholder-service", params(("id" = String, Path)),
    responses((status = 200, body = Object), (status = 404, body = abtc_api::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<TicketScope>,
    Path(id): Path<String>,
) -> ApiResult<Json<Ticket>> {
    let ticket = state
        .store
        .ticket(&scope, ticket_id(&id)?, state.clock.now())
        .await?;
    Ok(Json(ticket))
}

async fn act(
    state: &AppState,
    scope: &TicketScope,
    id: &str,
    action: TicketAction,
) -> ApiResult<Json<Ticket>> {
    let ticket = state
        .store
        .act_on_ticket(scope, ticket_id(id)?, action, state.clock.now())
        .await?;
    Ok(Json(ticket))
}

/// A reply: the economy's answers the ticket, the cardholder's passes it back (409 when closed).
#[utoipa::path(post, path = "/api/v1/tickets/{id}/replies", tag = "cardholder-service", params(("id" = String, Path)),
    request_body = ReplyRequest,
    responses((status = 200, body = Object), (status = 404, body = abtc_api::ErrorBody), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn reply(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<TicketScope>,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<ReplyRequest>,
) -> ApiResult<Json<Ticket>> {
    let message = Message::parse(&req.message)?;
    act(&state, &scope, &id, TicketAction::Reply(message)).await
}

/// Closes the ticket (either party).
#[utoipa::path(post, path = "/api/v1/tickets/{id}/close", tag = "cardholder-service", params(("id" = String, Path)),
    responses((status = 200, body = Object), (status = 404, body = abtc_api::ErrorBody), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn close(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<TicketScope>,
    Path(id): Path<String>,
) -> ApiResult<Json<Ticket>> {
    act(&state, &scope, &id, TicketAction::Close).await
}

/// Reopens a closed ticket (its cardholder only).
#[utoipa::path(post, path = "/api/v1/tickets/{id}/reopen", tag = "cardholder-service", params(("id" = String, Path)),
    responses((status = 200, body = Object), (status = 403, body = abtc_api::ErrorBody),
        (status = 404, body = abtc_api::ErrorBody), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn reopen(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<ApplicantScope>,
    Path(id): Path<String>,
) -> ApiResult<Json<Ticket>> {
    act(
        &state,
        &TicketScope::Cardholder(scope),
        &id,
        TicketAction::Reopen,
    )
    .await
}

/// Approves or declines a refund request routed to the officer's economy, with the reason.
#[utoipa::path(post, path = "/api/v1/tickets/{id}/refund-decision", tag = "cardholder-service", params(("id" = String, Path)),
    request_body = RefundDecisionRequest,
    responses((status = 200, body = Object), (status = 403, body = abtc_api::ErrorBody),
        (status = 404, body = abtc_api::ErrorBody), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn refund_decision(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<TicketScope>,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<RefundDecisionRequest>,
) -> ApiResult<Json<Ticket>> {
    // Only the economy decides; a cardholder's scope is refused before the ticket is looked up.
    if matches!(scope, TicketScope::Cardholder(_)) {
        return Err(ApiError::forbidden());
    }
    let action = TicketAction::DecideRefund {
        approve: matches!(req.decision, RefundVerdict::Approve),
        reason: Message::parse(&req.reason)?,
    };
    act(&state, &scope, &id, action).await
}

/// Every economy's lessons learned, newest first (economies' staff and the scheme administrator).
#[utoipa::path(get, path = "/api/v1/lessons", tag = "cardholder-service",
    responses((status = 200, body = Vec<Object>), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn lessons(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<LessonScope>,
) -> ApiResult<Json<Vec<Lesson>>> {
    Ok(Json(state.store.lessons(&scope).await?))
}

/// Shares a lesson learned, credited to the writer's economy only (economies' staff).
#[utoipa::path(post, path = "/api/v1/lessons", tag = "cardholder-service", request_body = NewLessonRequest,
    responses((status = 201, body = Object), (status = 403, body = abtc_api::ErrorBody), (status = 422, body = abtc_api::ErrorBody)))]
pub async fn share_lesson(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<LessonScope>,
    ApiJson(req): ApiJson<NewLessonRequest>,
) -> ApiResult<(StatusCode, Json<Lesson>)> {
    if scope.economy().is_none() {
        return Err(ApiError::forbidden());
    }
    let lesson = NewLesson {
        topic: Subject::parse(&req.topic)?,
        text: LessonText::parse(&req.text)?,
    };
    let shared = state
        .store
        .add_lesson(&scope, lesson, state.clock.now())
        .await?;
    Ok((StatusCode::CREATED, Json(shared)))
}
