//! The scheme administrator's page (`/scheme`): every member economy's settings, and the trust
//! list that verifiers everywhere rely on.

use std::collections::BTreeSet;

use abtc_credential::trust::{Trust, TrustRole};
use abtc_domain::role::SchemeAdminScope;
use abtc_domain::{EconomyCode, Membership};
use axum::extract::{Path, Query, State};
use axum::response::Response;
use minijinja::{context, Value};
use serde::Deserialize;

use super::{number, policy_text, DoneQuery};
use crate::keyring::Keyring;
use crate::routes::keys::publish_trust_list_as;
use crate::state::AppState;
use crate::web::account::see_other;
use crate::web::context::WebCtx;
use crate::web::error::{WebError, WebResult};
use crate::web::forms::CsrfForm;
use crate::web::i18n::ArgValue;
use crate::web::pages::{accepted, filled, message, moment, notice, scoped, Feedback, NoFields};

/// The `done=…` of the page's redirects that need no argument, and the notice each one shows.
const OUTCOMES: [(&str, &str); 1] = [("trust-list", "admin-done-trust-list")];

/// A form's checkbox: present (any value) when ticked.
fn ticked(v: &Option<String>) -> bool {
    v.is_some()
}

/// What was typed into an economy's form, shown again with its problem.
#[derive(Debug, Default)]
struct SchemeTyped {
    /// The economy whose form had a problem: it opens, with what was typed.
    error_code: Option<String>,
    typed: Option<Value>,
}

pub async fn scheme_page(
    State(state): State<AppState>,
    ctx: WebCtx,
    Query(q): Query<DoneQuery>,
) -> WebResult<Response> {
    ctx.require::<SchemeAdminScope>()?;
    let notice = match q.done.as_deref() {
        Some("economy") => {
            let code = q
                .economy
                .as_deref()
                .and_then(|c| EconomyCode::parse(c).ok())
                .map(|c| c.to_string())
                .unwrap_or_default();
            Some(message(
                &ctx,
                "admin-done-economy",
                &[("economy", ArgValue::Text(code))],
            ))
        }
        done => notice(&ctx, done, &OUTCOMES),
    };
    render_scheme(&state, &ctx, Feedback::notice(notice)).await
}

/// The trust list as verifiers will see it: its version, date and what it vouches for, read back
/// through the same verification they run.
async fn trust_summary(state: &AppState) -> WebResult<Value> {
    let Some((version, signed)) = state.store.latest_trust_list().await? else {
        return Ok(Value::from(()));
    };
    let ring = Keyring::load(state.store.as_ref()).await.map_err(|e| {
        tracing::error!(error = %e, "keys could not be loaded");
        WebError::Internal
    })?;
    let verified = ring
        .anchor
        .as_ref()
        .and_then(|a| Trust::verify(&signed, &a.cert_der, state.clock.now()).ok());
    Ok(match verified {
        Some(trust) => {
            let entries = &trust.list().entries;
            let count = |role: TrustRole| entries.iter().filter(|e| e.role == role).count();
            let economies: BTreeSet<EconomyCode> = entries.iter().map(|e| e.economy).collect();
            context! {
                version => version,
                readable => true,
                issued_at => moment(trust.issued_at()),
                signers => count(TrustRole::Dsc),
                roots => count(TrustRole::Csca),
                economies => economies.len(),
            }
        }
        None => context! { version => version, readable => false },
    })
}

async fn render_scheme(
    state: &AppState,
    ctx: &WebCtx,
    feedback: Feedback<SchemeTyped>,
) -> WebResult<Response> {
    let economies = state.store.economies().await?;
    let rows: Vec<Value> = economies
        .iter()
        .map(|e| {
            context! {
                code => e.code.as_str(),
                name => e.name.clone(),
                membership => e.membership.as_str(),
                stay_days => e.stay_days,
                accepts_virtual_card => e.accepts_virtual_card,
                issues_virtual_card => e.issues_virtual_card,
                accepts_permanent_residents => e.accepts_permanent_residents,
                pre_clearance_target_days => e.pre_clearance_target_days,
                home_review_target_days => e.home_review_target_days,
                policy => policy_text(ctx, &e.issuance_policy),
            }
        })
        .collect();
    let trust = trust_summary(state).await?;
    feedback.render(state, ctx, "admin/scheme.html", |typed| {
        context! {
            economies => rows,
            memberships => [Membership::Full.as_str(), Membership::Transitional.as_str()],
            trust => trust,
            error_code => typed.error_code,
            typed => typed.typed,
        }
    })
}

#[derive(Debug, Deserialize)]
pub struct EconomyForm {
    name: Option<String>,
    membership: Option<String>,
    stay_days: Option<String>,
    accepts_virtual_card: Option<String>,
    issues_virtual_card: Option<String>,
    accepts_permanent_residents: Option<String>,
    pre_clearance_target_days: Option<String>,
    home_review_target_days: Option<String>,
}

pub async fn update_economy(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(code): Path<String>,
    CsrfForm(form): CsrfForm<EconomyForm>,
) -> WebResult<Response> {
    let (scope, code) = scoped::<SchemeAdminScope, _, _>(&ctx, &code, EconomyCode::parse)?;
    let economies = state.store.economies().await?;
    let mut economy = economies.get(code).map_err(|_| WebError::NotFound)?.clone();
    // Everything the form sends is applied; the store checks the whole record (a full member grants
    // stays, a transitional one none; targets within bounds) before saving it.
    let parsed = (|| {
        let membership = Membership::parse(filled(&form.membership)?).ok()?;
        economy.name = filled(&form.name)?.to_owned();
        economy.membership = membership;
        economy.stay_days = match membership {
            Membership::Full => Some(number::<u16>(&form.stay_days).ok()??),
            Membership::Transitional => None,
        };
        economy.accepts_virtual_card = ticked(&form.accepts_virtual_card);
        economy.issues_virtual_card = ticked(&form.issues_virtual_card);
        economy.accepts_permanent_residents = ticked(&form.accepts_permanent_residents);
        economy.pre_clearance_target_days = number(&form.pre_clearance_target_days).ok()??;
        economy.home_review_target_days = number(&form.home_review_target_days).ok()??;
        Some(())
    })();
    let saved = match parsed {
        None => false,
        Some(()) => accepted(
            state
                .store
                .update_economy(&scope, economy, state.clock.now())
                .await,
        )?,
    };
    if saved {
        return Ok(see_other(&format!("/scheme?done=economy&economy={code}")));
    }
    let typed = SchemeTyped {
        error_code: Some(code.to_string()),
        typed: Some(context! {
            name => form.name,
            membership => form.membership,
            stay_days => form.stay_days,
            accepts_virtual_card => ticked(&form.accepts_virtual_card),
            issues_virtual_card => ticked(&form.issues_virtual_card),
            accepts_permanent_residents => ticked(&form.accepts_permanent_residents),
            pre_clearance_target_days => form.pre_clearance_target_days,
            home_review_target_days => form.home_review_target_days,
        }),
    };
    let error = message(
        &ctx,
        "admin-error-economy",
        &[("economy", ArgValue::Text(code.to_string()))],
    );
    render_scheme(&state, &ctx, Feedback::problem(error, typed)).await
}

pub async fn publish_trust_list(
    State(state): State<AppState>,
    ctx: WebCtx,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> WebResult<Response> {
    let (scope, _) = ctx.require::<SchemeAdminScope>()?;
    publish_trust_list_as(&state, scope).await?;
    Ok(see_other("/scheme?done=trust-list"))
}
