//! Administration pages: an economy administrator's officers, national-system API clients, signing
//! keys and issuance policy (`/admin`), and the scheme administrator's economies and trust list
//! (`/scheme`). Accounts, tokens, keys and the trust list are made by the same functions the API
//! uses, so the two can never disagree on what is valid.

mod economy;
mod scheme;

use std::str::FromStr;

use abtc_domain::IssuancePolicy;
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;

use self::economy::{
    admin_page, create_api_client, create_staff, revoke_api_client, rotate_keys, update_policy,
};
use self::scheme::{publish_trust_list, scheme_page, update_economy};
use super::context::WebCtx;
use super::i18n::ArgValue;
use super::pages::{filled, message};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin", get(admin_page))
        .route("/admin/staff", post(create_staff))
        .route("/admin/api-clients", post(create_api_client))
        .route("/admin/api-clients/{id}/revoke", post(revoke_api_client))
        .route("/admin/keys/rotate", post(rotate_keys))
        .route("/admin/policy", post(update_policy))
        .route("/scheme", get(scheme_page))
        .route("/scheme/economies/{code}", post(update_economy))
        .route("/scheme/trust-list", post(publish_trust_list))
}

// ---------------------------------------------------------------------------------------------
// Shared pieces.

/// The query of both pages after a redirect; `economy` names the economy the scheme page saved.
#[derive(Debug, Default, Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
    economy: Option<String>,
}

/// A number typed into a form: `Ok(None)` when left empty, `Err` when it is not a number in range.
fn number<T: FromStr>(v: &Option<String>) -> Result<Option<T>, ()> {
    filled(v)
        .map(|s| s.parse::<T>().map_err(|_| ()))
        .transpose()
}

/// The issuance policy in words, with its numbers.
fn policy_text(ctx: &WebCtx, p: &IssuancePolicy) -> String {
    let n = |v: u16| ArgValue::Number(f64::from(v));
    match *p {
        IssuancePolicy::AllResponded => ctx.t("admin-policy-all_responded"),
        IssuancePolicy::Priority { max_named } => message(
            ctx,
            "admin-policy-priority",
            &[("max_named", n(u16::from(max_named)))],
        ),
        IssuancePolicy::Interim {
            min_days,
            min_approvals,
        } => message(
            ctx,
            "admin-policy-interim",
            &[
                ("min_days", n(min_days)),
                ("min_approvals", n(min_approvals)),
            ],
        ),
        IssuancePolicy::VirtualImmediate => ctx.t("admin-policy-virtual_immediate"),
    }
}
