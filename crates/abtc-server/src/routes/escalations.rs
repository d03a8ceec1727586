//! Escalation of slow processing: who is told when an economy's pre-clearance requests pass their
//! due date (its contacts, and the scheme administrator's efficiency channel), and the overview of
//! open escalations. An economy's staff see their own requests by reference; the scheme
//! administrator and auditors see every economy's as counts.

use abtc_domain::escalation::{Channel, Contact, EscalationScope};
use abtc_store::escalation::EscalationOverview;
use axum::extract::{Path, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, Caller, Scoped};
use crate::state::AppState;

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactList {
    /// Up to 10 `{"address": "...", "language": "ja"}` (language optional: English). Addresses may
    /// be internationalized (SMTPUTF8).
    #[schema(value_type = Vec<Object>)]
    pub contacts: Vec<Contact>,
}

fn channel(s: &str) -> ApiResult<Channel> {
    Channel::parse(s).map_err(|_| {
        ApiError::unprocessable(
            "invalid_channel",
            "the channel is an economy's code (e.g. JPN) or efficiency",
        )
    })
}

/// The open escalations the caller may see: per economy, how many are open, how many were raised
/// in the last seven days and the oldest due date; for an economy's staff also the open requests
/// by application reference.
#[utoipa::path(get, path = "/api/v1/escalations", tag = "escalations",
    responses((status = 200, body = Object), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn overview(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<EscalationScope>,
) -> ApiResult<Json<EscalationOverview>> {
    Ok(Json(
        state.store.escalations(&scope, state.clock.now()).await?,
    ))
}

/// A channel's contacts (an economy's administrator: their economy's; the scheme administrator:
/// any channel, `efficiency` included).
#[utoipa::path(get, path = "/api/v1/contacts/{channel}", tag = "escalations",
    params(("channel" = String, Path, description = "An economy's code, or efficiency")),
    responses((status = 200, body = ContactList), (status = 403, body = abtc_api::ErrorBody),
        (status = 422, body = abtc_api::ErrorBody)))]
pub async fn get_contacts(
    State(state): State<AppState>,
    Caller(p): Caller,
    Path(ch): Path<String>,
) -> ApiResult<Json<ContactList>> {
    let scope = p.contacts(channel(&ch)?)?;
    Ok(Json(ContactList {
        contacts: state.store.contacts(&scope).await?,
    }))
}

/// Replaces a channel's contacts; an empty list stops its mail. Audited as a configuration change.
#[utoipa::path(put, path = "/api/v1/contacts/{channel}", tag = "escalations", request_body = ContactList,
    params(("channel" = String, Path, description = "An economy's code, or efficiency")),
    responses((status = 200, body = ContactList), (status = 403, body = abtc_api::ErrorBody),
        (status = 422, body = abtc_api::ErrorBody)))]
pub async fn put_contacts(
    State(state): State<AppState>,
    Caller(p): Caller,
    Path(ch): Path<String>,
    ApiJson(list): ApiJson<ContactList>,
) -> ApiResult<Json<ContactList>> {
    let scope = p.contacts(channel(&ch)?)?;
    state
        .store
        .set_contacts(&scope, &list.contacts, state.clock.now())
        .await?;
    Ok(Json(ContactList {
        contacts: state.store.contacts(&scope).await?,
    }))
}
