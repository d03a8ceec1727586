//! The photo: shown to its applicant only, and uploaded on the photo step or when the home economy
//! asks for a new one.

use abtc_domain::photo::PhotoError;
use abtc_domain::{ApplicationState, Photo};
use abtc_store::CaseAccess;
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::fields::Entered;
use super::helpers::{num, tr, FieldError};
use super::status::{render_status, StatusExtras};
use super::steps::{render_step, Step};
use super::{applicant, load, parse_id, status_path, step_path};
use crate::state::AppState;
use crate::web::account::see_other;
use crate::web::context::WebCtx;
use crate::web::error::WebResult;
use crate::web::forms::CsrfMultipart;

pub(super) async fn photo(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
) -> WebResult<Response> {
    let scope = applicant(&ctx)?;
    let id = parse_id(&id)?;
    let bytes = state
        .store
        .photo(CaseAccess::Applicant(scope), id, state.clock.now())
        .await?;
    // A face is personal data: no shared cache may keep it.
    Ok((
        [
            (CONTENT_TYPE, "image/jpeg"),
            (CACHE_CONTROL, "private, no-store"),
        ],
        bytes,
    )
        .into_response())
}

fn photo_why(ctx: &WebCtx, e: &PhotoError) -> String {
    match e {
        PhotoError::Empty => ctx.t("applicant-photo-error-none"),
        PhotoError::TooLarge { max_bytes } => tr(
            ctx,
            "applicant-photo-error-too-large",
            &[("kib", num((*max_bytes / 1024) as f64))],
        ),
        PhotoError::NotJpeg | PhotoError::Truncated | PhotoError::NoFrameHeader => {
            ctx.t("applicant-photo-error-not-jpeg")
        }
        PhotoError::TooSmall {
            width,
            height,
            min_width,
            min_height,
        } => tr(
            ctx,
            "applicant-photo-error-too-small",
            &[
                ("width", num(*width)),
                ("height", num(*height)),
                ("min_width", num(*min_width)),
                ("min_height", num(*min_height)),
            ],
        ),
        PhotoError::TooBig {
            width,
            height,
            max_width,
            max_height,
        } => tr(
            ctx,
            "applicant-photo-error-too-big",
            &[
                ("width", num(*width)),
                ("height", num(*height)),
                ("max_width", num(*max_width)),
                ("max_height", num(*max_height)),
            ],
        ),
    }
}

/// The photo step's upload; also takes a new photo while the home economy waits for an answer
/// (the domain allows that), in which case the applicant goes back to the status page.
pub(super) async fn upload_photo(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    upload: CsrfMultipart,
) -> WebResult<Response> {
    let scope = applicant(&ctx)?;
    let id = parse_id(&id)?;
    let case = load(&state, scope, id).await?;
    let draft = match case.application.state {
        ApplicationState::Draft => true,
        ApplicationState::InfoRequested => false,
        _ => return Ok(see_other(&status_path(id))),
    };
    let problem = match upload.files.get("photo") {
        None => Some(ctx.t("applicant-photo-error-none")),
        Some(file) => match Photo::parse(file.bytes.to_vec(), &state.config.photo_limits) {
            Err(e) => Some(photo_why(&ctx, &e)),
            Ok(photo) => {
                state
                    .store
                    .attach_photo(&scope, id, photo, state.clock.now())
                    .await?;
                None
            }
        },
    };
    match (problem, draft) {
        (None, true) => Ok(see_other(&step_path(id, Step::Review))),
        (None, false) => Ok(see_other(&format!("{}?done=photo", status_path(id)))),
        (Some(message), true) => {
            let economies = state.store.economies().await?;
            render_step(
                &state,
                &ctx,
                scope,
                &case,
                &economies,
                Step::Photo,
                Entered::from_form(&case),
                vec![FieldError {
                    field: "photo",
                    message,
                }],
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        (Some(message), false) => {
            let extras = StatusExtras {
                photo_error: Some(message),
                ..StatusExtras::default()
            };
            render_status(&state, &ctx, case, extras, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}
