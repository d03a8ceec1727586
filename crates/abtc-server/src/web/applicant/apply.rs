//! Starting an application: the applicant picks a home economy and lands on the first step.

use abtc_domain::{ApplicationForm, EconomyCode};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use minijinja::{context, Value};
use serde::Deserialize;

use super::helpers::economy_options;
use super::steps::Step;
use super::{applicant, page, step_path};
use crate::state::AppState;
use crate::web::account::see_other;
use crate::web::context::WebCtx;
use crate::web::error::WebResult;
use crate::web::forms::CsrfForm;

async fn render_apply(
    state: &AppState,
    ctx: &WebCtx,
    home: Option<String>,
    error: Option<String>,
    status: StatusCode,
) -> WebResult<Response> {
    let economies = state.store.economies().await?;
    let data = context! {
        economies => Value::from_serialize(economy_options(&economies)),
        home => home,
        error => error,
    };
    page(state, ctx, status, "applicant/apply.html", data)
}

pub(super) async fn apply_page(State(state): State<AppState>, ctx: WebCtx) -> WebResult<Response> {
    applicant(&ctx)?;
    render_apply(&state, &ctx, None, None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub(super) struct ApplyForm {
    home: Option<String>,
}

pub(super) async fn apply(
    State(state): State<AppState>,
    ctx: WebCtx,
    CsrfForm(form): CsrfForm<ApplyForm>,
) -> WebResult<Response> {
    let scope = applicant(&ctx)?;
    let economies = state.store.economies().await?;
    let home = form
        .home
        .as_deref()
        .and_then(|h| EconomyCode::parse(h).ok())
        .filter(|c| economies.get(*c).is_ok());
    let Some(home) = home else {
        let error = ctx.t("applicant-apply-error-home");
        return render_apply(
            &state,
            &ctx,
            form.home,
            Some(error),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let case = state
        .store
        .create_application(&scope, home, ApplicationForm::default(), state.clock.now())
        .await?;
    Ok(see_other(&step_path(case.application.id, Step::Personal)))
}
