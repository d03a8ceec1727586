//! Cards: the holder's own, the home economy's, replacement and cancellation.

use abtc_api::{CancelCardRequest, Card, ReplaceCardRequest};
use abtc_domain::views::Page;
use abtc_domain::{CardNumber, Command};
use abtc_store::CaseAccess;
use axum::extract::{Path, State};
use axum::Json;
use serde::Deserialize;

use crate::error::{ApiError, ApiResult};
use crate::extract::{case_access, ApiJson, ApiQuery, Caller};
use crate::state::AppState;

fn parse_number(s: &str) -> ApiResult<CardNumber> {
    CardNumber::parse(s).map_err(|e| ApiError::unprocessable(e.code(), e.to_string()))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct CardQuery {
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

/// The holder's cards, or the home economy's (paged).
#[utoipa::path(get, path = "/api/v1/cards", tag = "cards", params(CardQuery),
    responses((status = 200, body = Object), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Caller(p): Caller,
    ApiQuery(q): ApiQuery<CardQuery>,
) -> ApiResult<Json<Page<Card>>> {
    match case_access(&p)? {
        CaseAccess::Applicant(scope) => {
            let items = state.store.my_cards(&scope).await?;
            Ok(Json(Page {
                total: u64::try_from(items.len()).unwrap_or(u64::MAX),
                per_page: u32::try_from(items.len()).unwrap_or(u32::MAX),
                page: 1,
                items,
            }))
        }
        CaseAccess::Home(scope) => Ok(Json(
            state
                .store
                .home_cards(&scope, q.page.unwrap_or(1), q.per_page.unwrap_or(50))
                .await?,
        )),
        CaseAccess::System => Err(ApiError::forbidden()),
    }
}

/// One card.
#[utoipa::path(get, path = "/api/v1/cards/{number}", tag = "cards", params(("number" = String, Path)),
    responses((status = 200, body = Object), (status = 404, body = abtc_api::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Caller(p): Caller,
    Path(number): Path<String>,
) -> ApiResult<Json<Card>> {
    let access = case_access(&p)?;
    Ok(Json(
        state.store.card(access, &parse_number(&number)?).await?,
    ))
}

async fn card_command(
    state: &AppState,
    access: CaseAccess,
    number: &str,
    command: Command,
) -> ApiResult<Json<Card>> {
    let number = parse_number(number)?;
    let app = state.store.card_application(access, &number).await?;
    let case = state
        .store
        .execute(access, app, command, state.clock.now())
        .await?;
    // A replacement's answer is the new card; otherwise the card itself.
    let card = case
        .cards
        .iter()
        .find(|c| c.replaces.as_ref() == Some(&number))
        .or_else(|| case.cards.iter().find(|c| c.number == number))
        .cloned()
        .ok_or_else(ApiError::not_found)?;
    Ok(Json(card))
}

/// Replaces the card (new passport, lost with a police report, or changed approvals); answers with
/// the new card.
#[utoipa::path(post, path = "/api/v1/cards/{number}/replace", tag = "cards", params(("number" = String, Path)),
    request_body = ReplaceCardRequest, responses((status = 200, body = Object), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn replace(
    State(state): State<AppState>,
    Caller(p): Caller,
    Path(number): Path<String>,
    ApiJson(req): ApiJson<ReplaceCardRequest>,
) -> ApiResult<Json<Card>> {
    card_command(
        &state,
        case_access(&p)?,
        &number,
        Command::ReplaceCard { reason: req.reason },
    )
    .await
}

/// Cancels the card.
#[utoipa::path(post, path = "/api/v1/cards/{number}/cancel", tag = "cards", params(("number" = String, Path)),
    request_body = CancelCardRequest, responses((status = 200, body = Object), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn cancel(
    State(state): State<AppState>,
    Caller(p): Caller,
    Path(number): Path<String>,
    ApiJson(req): ApiJson<CancelCardRequest>,
) -> ApiResult<Json<Card>> {
    card_command(
        &state,
        case_access(&p)?,
        &number,
        Command::CancelCard { reason: req.reason },
    )
    .await
}
