//! The card page: a card's status, validity and cleared economies, and the way to the wallet.

use abtc_domain::CardNumber;
use abtc_store::CaseAccess;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use minijinja::{context, Value};
use serde::Serialize;

use super::helpers::economy_name;
use super::{applicant, page};
use crate::state::AppState;
use crate::web::context::WebCtx;
use crate::web::error::{WebError, WebResult};

#[derive(Serialize)]
struct ClearedRow {
    name: String,
    code: String,
    stay_days: Option<u16>,
}

pub(super) async fn card_page(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(number): Path<String>,
) -> WebResult<Response> {
    let scope = applicant(&ctx)?;
    // A malformed number names no card of the applicant's: the same 404 as a foreign one.
    let number = CardNumber::parse(&number).map_err(|_| WebError::NotFound)?;
    let card = state
        .store
        .card(CaseAccess::Applicant(scope), &number)
        .await?;
    let economies = state.store.economies().await?;
    let mut cleared: Vec<ClearedRow> = card
        .economies
        .iter()
        .map(|code| ClearedRow {
            name: economy_name(&economies, *code),
            code: code.as_str().to_owned(),
            stay_days: economies.get(*code).ok().and_then(|e| e.stay_days),
        })
        .collect();
    cleared.sort_by(|a, b| a.name.cmp(&b.name));
    let home_transitional = economies.get(card.home).is_ok_and(|e| !e.is_full());
    let data = context! {
        number => card.number.as_str(),
        status => card.status.as_str(),
        active => card.is_active(),
        is_virtual => card.is_virtual,
        home => economy_name(&economies, card.home),
        home_transitional => home_transitional,
        issued_on => card.issued_on.to_string(),
        expires_on => card.expires_on.to_string(),
        application => card.application.to_string(),
        replaces => card.replaces.as_ref().map(|n| n.as_str().to_owned()),
        replaced_by => card.replaced_by.as_ref().map(|n| n.as_str().to_owned()),
        cleared => Value::from_serialize(&cleared),
        wallet => format!("/wallet?card={}", card.number.as_str()),
    };
    page(&state, &ctx, StatusCode::OK, "applicant/card.html", data)
}
