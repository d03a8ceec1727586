//! The portal: the applicant's applications, cards and notifications on one page.

use std::collections::BTreeMap;

use abtc_domain::{ApplicationId, ApplicationState};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use minijinja::{context, Value};
use serde::Serialize;

use super::helpers::{card_row, economy_name, tr, CardRow};
use super::{applicant, page};
use crate::state::AppState;
use crate::web::context::WebCtx;
use crate::web::error::WebResult;

#[derive(Serialize)]
struct ApplicationRow {
    id: String,
    reference: String,
    home: String,
    state: &'static str,
    submitted_on: Option<String>,
    draft: bool,
}

#[derive(Serialize)]
struct NotificationRow {
    date: String,
    text: String,
    application: String,
    reference: Option<String>,
}

/// Notification kinds with a message of their own; anything newer reads as a general update.
const NOTICE_KINDS: [&str; 15] = [
    "submitted",
    "review_started",
    "info_requested",
    "info_provided",
    "rejected",
    "withdrawn",
    "home_approved",
    "pre_clearance_decided",
    "pre_clearance_withdrawn",
    "issue_requested",
    "card_issued",
    "card_economies_changed",
    "card_replaced",
    "card_cancelled",
    "card_expired",
];

pub(super) async fn portal(State(state): State<AppState>, ctx: WebCtx) -> WebResult<Response> {
    let scope = applicant(&ctx)?;
    let economies = state.store.economies().await?;
    let apps = state.store.my_applications(&scope).await?;
    let cards = state.store.my_cards(&scope).await?;
    let notes = state.store.notifications(&scope).await?;

    let references: BTreeMap<ApplicationId, String> = apps
        .iter()
        .map(|a| (a.id, a.reference.as_str().to_owned()))
        .collect();
    let applications: Vec<ApplicationRow> = apps
        .iter()
        .map(|a| ApplicationRow {
            id: a.id.to_string(),
            reference: a.reference.as_str().to_owned(),
            home: economy_name(&economies, a.home),
            state: a.state.as_str(),
            submitted_on: a.submitted_at.map(|t| t.date().to_string()),
            draft: a.state == ApplicationState::Draft,
        })
        .collect();
    let cards: Vec<CardRow> = cards.iter().map(card_row).collect();
    // The store lists the inbox oldest first; the newest news matters most.
    let notifications: Vec<NotificationRow> = notes
        .iter()
        .rev()
        .map(|n| {
            let id = if NOTICE_KINDS.contains(&n.kind.as_str()) {
                format!("applicant-notice-{}", n.kind)
            } else {
                "applicant-notice-other".to_owned()
            };
            NotificationRow {
                date: n.created_at.date().to_string(),
                text: tr(&ctx, &id, &[]),
                application: n.application.to_string(),
                reference: references.get(&n.application).cloned(),
            }
        })
        .collect();
    let unconfirmed =
        state.config.require_email_confirmation && !state.store.email_confirmed(&scope).await?;
    let data = context! {
        applications => Value::from_serialize(&applications),
        cards => Value::from_serialize(&cards),
        notifications => Value::from_serialize(&notifications),
        unconfirmed => unconfirmed,
    };
    page(&state, &ctx, StatusCode::OK, "applicant/portal.html", data)
}
