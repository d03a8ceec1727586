//! The officers' workbench: the home economy's review queue and case pages, and the asked economy's
//! pre-clearance queue and request pages. Reads and decisions go through the same scoped store calls
//! as the API, so a page can neither show nor change what the officer's role and economy do not
//! allow: another economy's case or request is simply not found.

mod helpers;
mod history;
mod home;
mod pre_clearance;

use axum::routing::{get, post};
use axum::Router;

use self::home::{
    approve, cancel_card, case_page, case_photo, home_queue, reject, replace_card, request_info,
    start_review,
};
use self::pre_clearance::{
    decide, pre_clearance_page, pre_clearance_photo, pre_clearance_queue, withdraw,
};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/work/applications", get(home_queue))
        .route("/work/applications/{id}", get(case_page))
        .route("/work/applications/{id}/photo", get(case_photo))
        .route("/work/applications/{id}/review", post(start_review))
        .route("/work/applications/{id}/request-info", post(request_info))
        .route("/work/applications/{id}/approve", post(approve))
        .route("/work/applications/{id}/reject", post(reject))
        .route("/work/applications/{id}/cancel-card", post(cancel_card))
        .route("/work/applications/{id}/replace-card", post(replace_card))
        .route("/work/pre-clearances", get(pre_clearance_queue))
        .route("/work/pre-clearances/{id}", get(pre_clearance_page))
        .route("/work/pre-clearances/{id}/photo", get(pre_clearance_photo))
        .route("/work/pre-clearances/{id}/decision", post(decide))
        .route("/work/pre-clearances/{id}/withdraw", post(withdraw))
}
