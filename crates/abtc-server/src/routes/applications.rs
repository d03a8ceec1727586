//! The application lifecycle: the applicant's draft and answers, the home economy's review.

use abtc_api::{
    Case, CreateApplicationRequest, Event, RejectRequest, RequestInfoRequest, RespondInfoRequest,
    UpdateDraftRequest,
};
use abtc_domain::role::{ApplicantScope, HomeScope};
use abtc_domain::views::{ApplicationSummary, Notification, Page};
use abtc_domain::{ApplicationId, ApplicationState, Command, Photo, Role};
use abtc_store::{ApplicationFilter, CaseAccess};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use serde::Deserialize;

use crate::error::{ApiError, ApiResult};
use crate::extract::{case_access, ApiJson, ApiQuery, Caller, Scoped};
use crate::state::AppState;

pub fn parse_id(s: &str) -> ApiResult<ApplicationId> {
    ApplicationId::parse(s).map_err(|_| ApiError::not_found())
}

async fn run(
    state: &AppState,
    access: CaseAccess,
    id: &str,
    command: Command,
) -> ApiResult<Json<Case>> {
    let id = parse_id(id)?;
    Ok(Json(
        state
            .store
            .execute(access, id, command, state.clock.now())
            .await?,
    ))
}

/// Starts a draft application to the home economy.
#[utoipa::path(post, path = "/api/v1/applications", tag = "applications", request_body = CreateApplicationRequest,
    responses((status = 201, body = Object), (status = 403, body = abtc_api::ErrorBody), (status = 422, body = abtc_api::ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<ApplicantScope>,
    ApiJson(req): ApiJson<CreateApplicationRequest>,
) -> ApiResult<impl IntoResponse> {
    let case = state
        .store
        .create_application(&scope, req.home, req.form, state.clock.now())
        .await?;
    Ok((StatusCode::CREATED, Json(case)))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    /// Home queue only: one state (default: all states still in home review).
    pub state: Option<String>,
    /// Home queue only: only cases past the economy's review target.
    #[serde(default)]
    pub overdue: bool,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

/// The applicant's own applications, or the home economy's review queue (overdue first).
#[utoipa::path(get, path = "/api/v1/applications", tag = "applications", params(ListQuery),
    responses((status = 200, body = Object), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(p): Caller,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> ApiResult<Json<Page<ApplicationSummary>>> {
    match case_access(&p)? {
        CaseAccess::Applicant(scope) => {
            let items = state.store.my_applications(&scope).await?;
            let total = u64::try_from(items.len()).unwrap_or(u64::MAX);
            let per_page = u32::try_from(items.len()).unwrap_or(u32::MAX);
            Ok(Json(Page {
                items,
                total,
                page: 1,
                per_page,
            }))
        }
        CaseAccess::Home(scope) => {
            let state_filter = q
                .state
                .as_deref()
                .map(ApplicationState::parse)
                .transpose()
                .map_err(|_| ApiError::bad_request("invalid_query", "unknown application state"))?;
            let filter = ApplicationFilter {
                state: state_filter,
                overdue_only: q.overdue,
                search: None,
                page: q.page.unwrap_or(1),
                per_page: q.per_page.unwrap_or(50),
            };
            Ok(Json(
                state
                    .store
                    .home_queue(&scope, filter, state.clock.now())
                    .await?,
            ))
        }
        CaseAccess::System => Err(ApiError::forbidden()),
    }
}

/// One application, as its applicant or its home economy sees it.
#[utoipa::path(get, path = "/api/v1/applications/{id}", tag = "applications", params(("id" = String, Path)),
    responses((status = 200, body = Object), (status = 404, body = abtc_api::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Caller(p): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Case>> {
    let access = case_access(&p)?;
    Ok(Json(
        state
            .store
            .case(access, parse_id(&id)?, state.clock.now())
            .await?,
    ))
}

/// Replaces the draft's answers.
#[utoipa::path(put, path = "/api/v1/applications/{id}", tag = "applications", params(("id" = String, Path)),
    request_body = UpdateDraftRequest, responses((status = 200, body = Object), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<ApplicantScope>,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<UpdateDraftRequest>,
) -> ApiResult<Json<Case>> {
    run(
        &state,
        CaseAccess::Applicant(scope),
        &id,
        Command::UpdateDraft { form: req.form },
    )
    .await
}

/// Uploads the applicant's photo (a JPEG, `Content-Type: image/jpeg`).
#[utoipa::path(put, path = "/api/v1/applications/{id}/photo", tag = "applications", params(("id" = String, Path)),
    request_body(content = Vec<u8>, content_type = "image/jpeg"),
    responses((status = 200, body = Object), (status = 415, body = abtc_api::ErrorBody), (status = 422, body = abtc_api::ErrorBody)))]
pub async fn put_photo(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<ApplicantScope>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<Case>> {
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if content_type != "image/jpeg" {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send the photo as image/jpeg",
        ));
    }
    let photo = Photo::parse(body.to_vec(), &state.config.photo_limits)
        .map_err(|e| ApiError::unprocessable(e.code(), e.to_string()))?;
    let id = parse_id(&id)?;
    Ok(Json(
        state
            .store
            .attach_photo(&scope, id, photo, state.clock.now())
            .await?,
    ))
}

/// The application's photo.
#[utoipa::path(get, path = "/api/v1/applications/{id}/photo", tag = "applications", params(("id" = String, Path)),
    responses((status = 200, content_type = "image/jpeg", body = Vec<u8>), (status = 404, body = abtc_api::ErrorBody)))]
pub async fn get_photo(
    State(state): State<AppState>,
    Caller(p): Caller,
    Path(id): Path<String>,
) -> ApiResult<impl IntoResponse> {
    let access = case_access(&p)?;
    let bytes = state
        .store
        .photo(access, parse_id(&id)?, state.clock.now())
        .await?;
    Ok(([(CONTENT_TYPE, "image/jpeg")], bytes))
}

/// Submits the draft to the home economy.
#[utoipa::path(post, path = "/api/v1/applications/{id}/submit", tag = "applications", params(("id" = String, Path)),
    responses((status = 200, body = Object), (status = 409, body = abtc_api::ErrorBody), (status = 422, body = abtc_api::ErrorBody)))]
pub async fn submit(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<ApplicantScope>,
    Path(id): Path<String>,
) -> ApiResult<Json<Case>> {
    crate::confirmation::ensure_confirmed(&state, &scope).await?;
    run(&state, CaseAccess::Applicant(scope), &id, Command::Submit).await
}

/// Withdraws the application before the home economy has decided.
#[utoipa::path(post, path = "/api/v1/applications/{id}/withdraw", tag = "applications", params(("id" = String, Path)),
    responses((status = 200, body = Object), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn withdraw(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<ApplicantScope>,
    Path(id): Path<String>,
) -> ApiResult<Json<Case>> {
    run(&state, CaseAccess::Applicant(scope), &id, Command::Withdraw).await
}

/// Answers the home economy's request for information, optionally with corrected answers.
#[utoipa::path(post, path = "/api/v1/applications/{id}/respond", tag = "applications", params(("id" = String, Path)),
    request_body = RespondInfoRequest, responses((status = 200, body = Object), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn respond(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<ApplicantScope>,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<RespondInfoRequest>,
) -> ApiResult<Json<Case>> {
    run(
        &state,
        CaseAccess::Applicant(scope),
        &id,
        Command::RespondInfo {
            answer: req.answer,
            form: req.form,
        },
    )
    .await
}

/// Asks for the card now (home economies with a priority issuance policy).
#[utoipa::path(post, path = "/api/v1/applications/{id}/request-issue", tag = "applications", params(("id" = String, Path)),
    responses((status = 200, body = Object), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn request_issue(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<ApplicantScope>,
    Path(id): Path<String>,
) -> ApiResult<Json<Case>> {
    run(
        &state,
        CaseAccess::Applicant(scope),
        &id,
        Command::RequestIssue,
    )
    .await
}

/// Takes a submitted application into home review.
#[utoipa::path(post, path = "/api/v1/applications/{id}/review", tag = "home review", params(("id" = String, Path)),
    responses((status = 200, body = Object), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn review(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<HomeScope>,
    Path(id): Path<String>,
) -> ApiResult<Json<Case>> {
    run(&state, CaseAccess::Home(scope), &id, Command::StartReview).await
}

/// Asks the applicant for more information.
#[utoipa::path(post, path = "/api/v1/applications/{id}/request-info", tag = "home review", params(("id" = String, Path)),
    request_body = RequestInfoRequest, responses((status = 200, body = Object), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn request_info(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<HomeScope>,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<RequestInfoRequest>,
) -> ApiResult<Json<Case>> {
    run(
        &state,
        CaseAccess::Home(scope),
        &id,
        Command::RequestInfo {
            question: req.question,
        },
    )
    .await
}

/// Approves at home and sends pre-clearance requests to every other full member.
#[utoipa::path(post, path = "/api/v1/applications/{id}/approve", tag = "home review", params(("id" = String, Path)),
    responses((status = 200, body = Object), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn approve(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<HomeScope>,
    Path(id): Path<String>,
) -> ApiResult<Json<Case>> {
    run(&state, CaseAccess::Home(scope), &id, Command::Approve).await
}

/// Rejects the application at home.
#[utoipa::path(post, path = "/api/v1/applications/{id}/reject", tag = "home review", params(("id" = String, Path)),
    request_body = RejectRequest, responses((status = 200, body = Object), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn reject(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<HomeScope>,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<RejectRequest>,
) -> ApiResult<Json<Case>> {
    run(
        &state,
        CaseAccess::Home(scope),
        &id,
        Command::Reject { reason: req.reason },
    )
    .await
}

/// The case's history, oldest first.
#[utoipa::path(get, path = "/api/v1/applications/{id}/history", tag = "applications", params(("id" = String, Path)),
    responses((status = 200, body = Vec<Object>), (status = 404, body = abtc_api::ErrorBody)))]
pub async fn history(
    State(state): State<AppState>,
    Caller(p): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<Event>>> {
    let access = case_access(&p)?;
    Ok(Json(
        state
            .store
            .history(access, parse_id(&id)?, state.clock.now())
            .await?,
    ))
}

/// The applicant's notifications about their applications and cards.
#[utoipa::path(get, path = "/api/v1/notifications", tag = "applications",
    responses((status = 200, body = Vec<Object>), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn notifications(
    State(state): State<AppState>,
    Scoped(scope, p): Scoped<ApplicantScope>,
) -> ApiResult<Json<Vec<Notification>>> {
    debug_assert_eq!(p.role(), Role::Applicant);
    Ok(Json(state.store.notifications(&scope).await?))
}
