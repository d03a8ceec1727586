//! The applicant portal: the applicant's own applications, cards and notifications; a new
//! application walked through one step per page (each step saves the draft, so nothing is lost
//! when the applicant stops halfway); the status page with the home economy's questions and every
//! economy's pre-clearance decision; and the card page that leads to the wallet.
//!
//! Every read and change goes through the store with the `ApplicantScope` of the signed-in
//! applicant, so another applicant's id or card number is simply not found (404).
//!
//! Step forms re-render with what was typed and a message beside each wrong field (422) instead of
//! an error page: the domain's own parsers decide what is valid, and the eligibility rules that
//! submission enforces (age, passport validity, issuing state) are checked on the step where the
//! value is entered, so the applicant learns about them there rather than at the end.

mod apply;
mod card;
mod check;
mod fields;
mod helpers;
mod history;
mod photo;
mod portal;
mod review;
mod status;
mod steps;
mod validate;

use abtc_domain::role::ApplicantScope;
use abtc_domain::{ApplicationId, ApplicationState, Case, Command};
use abtc_store::{CaseAccess, StoreError};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use minijinja::Value;

use self::apply::{apply, apply_page};
use self::card::card_page;
use self::photo::{photo, upload_photo};
use self::portal::portal;
use self::status::{request_issue, respond, status_page, withdraw};
use self::steps::{save_step, step_page, Step};
use super::context::WebCtx;
use super::error::{WebError, WebResult};
use super::render;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/portal", get(portal))
        .route("/apply", get(apply_page).post(apply))
        .route("/applications/{id}", get(status_page))
        .route(
            "/applications/{id}/edit/{step}",
            get(step_page).post(save_step),
        )
        .route("/applications/{id}/photo", get(photo).post(upload_photo))
        .route("/applications/{id}/respond", post(respond))
        .route("/applications/{id}/withdraw", post(withdraw))
        .route("/applications/{id}/request-issue", post(request_issue))
        .route("/cards/{number}", get(card_page))
}

// ---------------------------------------------------------------------------------------------
// Shared helpers.

fn applicant(ctx: &WebCtx) -> WebResult<ApplicantScope> {
    Ok(ctx.require::<ApplicantScope>()?.0)
}

/// An id that does not parse names nothing the applicant has: the same 404 as a foreign id.
fn parse_id(s: &str) -> WebResult<ApplicationId> {
    ApplicationId::parse(s).map_err(|_| WebError::NotFound)
}

async fn load(state: &AppState, scope: ApplicantScope, id: ApplicationId) -> WebResult<Case> {
    Ok(state
        .store
        .case(CaseAccess::Applicant(scope), id, state.clock.now())
        .await?)
}

async fn run(
    state: &AppState,
    scope: ApplicantScope,
    id: ApplicationId,
    command: Command,
) -> Result<Case, StoreError> {
    state
        .store
        .execute(CaseAccess::Applicant(scope), id, command, state.clock.now())
        .await
}

fn status_path(id: ApplicationId) -> String {
    format!("/applications/{id}")
}

fn step_path(id: ApplicationId, step: Step) -> String {
    format!("/applications/{id}/edit/{}", step.slug())
}

fn page(
    state: &AppState,
    ctx: &WebCtx,
    status: StatusCode,
    template: &str,
    data: Value,
) -> WebResult<Response> {
    Ok((status, render::page(state, ctx, template, data)?).into_response())
}

/// Only drafts are edited through the steps; once submitted, the answers belong to the review.
fn editable(case: &Case) -> bool {
    case.application.state == ApplicationState::Draft
}
