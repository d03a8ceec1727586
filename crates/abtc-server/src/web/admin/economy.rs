//! The economy administrator's page (`/admin`): the economy's officers, its national systems' API
//! clients, its signing keys and its issuance policy.

use abtc_api::CreateStaffRequest;
use abtc_credential::{cose, pki};
use abtc_domain::role::EconomyAdminScope;
use abtc_domain::{AccountId, EconomyCode, IssuancePolicy, Role};
use abtc_store::StaffAuthority;
use axum::extract::{Path, Query, State};
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use minijinja::{context, Value};
use serde::Deserialize;

use super::{number, policy_text, DoneQuery};
use crate::routes::admin::{create_api_client_account, create_staff_account};
use crate::routes::keys::rotate_economy_signer;
use crate::state::AppState;
use crate::web::account::see_other;
use crate::web::context::WebCtx;
use crate::web::error::WebResult;
use crate::web::forms::CsrfForm;
use crate::web::pages::{accepted, moment, notice, scoped, Feedback, NoFields};

/// The roles an economy administrator gives its staff (the scheme administrator makes
/// administrators; API clients have their own form).
const OFFICER_ROLES: [Role; 3] = [
    Role::CaseOfficer,
    Role::PreClearanceOfficer,
    Role::BorderOfficer,
];

const POLICY_KINDS: [&str; 4] = ["all_responded", "priority", "interim", "virtual_immediate"];

/// The `done=…` of the page's redirects and the notice each one shows.
const OUTCOMES: [(&str, &str); 4] = [
    ("staff", "admin-done-staff"),
    ("client-revoked", "admin-done-client-revoked"),
    ("keys", "admin-done-keys"),
    ("policy", "admin-done-policy"),
];

/// What the policy form starts from: the policy in force, with sensible numbers for the kinds it
/// is not.
fn policy_values(p: &IssuancePolicy) -> Value {
    let (kind, max_named, min_days, min_approvals) = match *p {
        IssuancePolicy::AllResponded => ("all_responded", 5, 21, 10),
        IssuancePolicy::Priority { max_named } => ("priority", max_named, 21, 10),
        IssuancePolicy::Interim {
            min_days,
            min_approvals,
        } => ("interim", 5, min_days, min_approvals),
        IssuancePolicy::VirtualImmediate => ("virtual_immediate", 5, 21, 10),
    };
    context! {
        kind => kind,
        max_named => max_named.to_string(),
        min_days => min_days.to_string(),
        min_approvals => min_approvals.to_string(),
    }
}

/// What the page's forms show again after a problem, and the API client just made, whose token
/// is shown this once.
#[derive(Debug, Default)]
struct EconomyTyped {
    /// Which form the error belongs to, so it shows beside that form.
    error_in: Option<&'static str>,
    staff: Option<Value>,
    client_name: Option<String>,
    created_client: Option<Value>,
    policy: Option<Value>,
}

/// A form's problem, shown beside the form (`section`) it belongs to.
fn problem(
    ctx: &WebCtx,
    section: &'static str,
    id: &str,
    status: StatusCode,
    typed: EconomyTyped,
) -> Feedback<EconomyTyped> {
    let typed = EconomyTyped {
        error_in: Some(section),
        ..typed
    };
    Feedback {
        status,
        ..Feedback::problem(ctx.t(id), typed)
    }
}

pub async fn admin_page(
    State(state): State<AppState>,
    ctx: WebCtx,
    Query(q): Query<DoneQuery>,
) -> WebResult<Response> {
    let (scope, _) = ctx.require::<EconomyAdminScope>()?;
    let feedback = Feedback::notice(notice(&ctx, q.done.as_deref(), &OUTCOMES));
    render_admin(&state, &ctx, scope, feedback).await
}

async fn key_rows(state: &AppState, code: EconomyCode) -> WebResult<Vec<Value>> {
    let now = state.clock.now();
    let keys = state.store.signing_keys().await?;
    Ok(keys
        .into_iter()
        .filter(|k| k.economy == Some(code))
        .map(|k| {
            let cert = pki::parse_certificate(&k.cert_der).ok();
            let valid_from = cert.as_ref().map(|c| c.not_before.date().to_string());
            let valid_until = cert.as_ref().map(|c| c.not_after.date().to_string());
            let status = match (&k.retired_at, &cert) {
                (Some(_), _) => "retired",
                (None, Some(c)) if c.not_after < now => "expired",
                _ => "active",
            };
            context! {
                role => k.role.as_str(),
                kid => hex::encode(cose::kid_for_certificate(&k.cert_der)),
                created => moment(k.created_at),
                retired => k.retired_at.map(moment),
                valid_from => valid_from,
                valid_until => valid_until,
                status => status,
            }
        })
        .collect())
}

async fn render_admin(
    state: &AppState,
    ctx: &WebCtx,
    scope: EconomyAdminScope,
    feedback: Feedback<EconomyTyped>,
) -> WebResult<Response> {
    let code = scope.economy();
    let economies = state.store.economies().await?;
    let economy = economies.get(code)?.clone();
    let mut staff = state
        .store
        .list_staff(StaffAuthority::Economy(scope))
        .await?;
    staff.retain(|a| a.economy == Some(code) && a.role != Role::NationalSystem);
    let staff_rows: Vec<Value> = staff
        .iter()
        .map(|a| {
            context! {
                username => a.username.clone(),
                display_name => a.display_name.clone(),
                role => a.role.as_str(),
                disabled => a.disabled,
                created => a.created_at.date().to_string(),
            }
        })
        .collect();
    let clients: Vec<Value> = state
        .store
        .list_api_clients(&scope)
        .await?
        .iter()
        .map(|c| {
            context! {
                id => c.id.to_string(),
                name => c.name.clone(),
                created => c.created_at.date().to_string(),
                revoked => c.revoked,
            }
        })
        .collect();
    let keys = key_rows(state, code).await?;
    feedback.render(state, ctx, "admin/economy.html", |typed| {
        context! {
            economy => Value::from_serialize(&economy),
            policy_text => policy_text(ctx, &economy.issuance_policy),
            policy => typed.policy.unwrap_or_else(|| policy_values(&economy.issuance_policy)),
            policy_kinds => POLICY_KINDS,
            staff => staff_rows,
            roles => OFFICER_ROLES.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
            staff_form => typed.staff,
            clients => clients,
            client_name => typed.client_name,
            created_client => typed.created_client,
            keys => keys,
            error_in => typed.error_in,
        }
    })
}

#[derive(Debug, Deserialize)]
pub struct StaffForm {
    username: Option<String>,
    display_name: Option<String>,
    role: Option<String>,
    password: Option<String>,
}

pub async fn create_staff(
    State(state): State<AppState>,
    ctx: WebCtx,
    CsrfForm(form): CsrfForm<StaffForm>,
) -> WebResult<Response> {
    let (scope, _) = ctx.require::<EconomyAdminScope>()?;
    let typed = context! {
        username => form.username.clone(),
        display_name => form.display_name.clone(),
        role => form.role.clone(),
    };
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    let role = form
        .role
        .as_deref()
        .and_then(|r| Role::parse(r).ok())
        .filter(|r| OFFICER_ROLES.contains(r));
    let outcome = match role {
        None => Err(("admin-error-role", unprocessable)),
        Some(role) => {
            let req = CreateStaffRequest {
                username: form.username.unwrap_or_default(),
                password: form.password.unwrap_or_default(),
                role,
                display_name: form.display_name.unwrap_or_default(),
            };
            match create_staff_account(&state, StaffAuthority::Economy(scope), scope.economy(), req)
                .await
            {
                Ok(_) => Ok(()),
                Err(e) if e.status == StatusCode::CONFLICT => {
                    Err(("admin-error-username-taken", StatusCode::CONFLICT))
                }
                Err(e) if e.code == "weak_password" => {
                    Err(("admin-error-weak-password", unprocessable))
                }
                Err(e) if e.code == "invalid_username" => {
                    Err(("admin-error-username", unprocessable))
                }
                Err(e) if e.code == "invalid_role" => Err(("admin-error-role", unprocessable)),
                Err(e) => return Err(e.into()),
            }
        }
    };
    let Err((id, status)) = outcome else {
        return Ok(see_other("/admin?done=staff"));
    };
    let typed = EconomyTyped {
        staff: Some(typed),
        ..EconomyTyped::default()
    };
    let feedback = problem(&ctx, "staff", id, status, typed);
    render_admin(&state, &ctx, scope, feedback).await
}

#[derive(Debug, Deserialize)]
pub struct ClientForm {
    name: Option<String>,
}

/// Answers with the page itself rather than a redirect: the token is shown this once and is kept
/// nowhere, not even in the URL.
pub async fn create_api_client(
    State(state): State<AppState>,
    ctx: WebCtx,
    CsrfForm(form): CsrfForm<ClientForm>,
) -> WebResult<Response> {
    let (scope, _) = ctx.require::<EconomyAdminScope>()?;
    let name = form.name.unwrap_or_default();
    match create_api_client_account(&state, scope, &name).await {
        Ok(created) => {
            let typed = EconomyTyped {
                created_client: Some(context! {
                    name => created.name,
                    token => created.token,
                }),
                ..EconomyTyped::default()
            };
            let feedback = Feedback {
                typed,
                ..Feedback::notice(Some(ctx.t("admin-done-client")))
            };
            let mut res = render_admin(&state, &ctx, scope, feedback).await?;
            res.headers_mut()
                .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            Ok(res)
        }
        Err(e) if e.code == "invalid_name" => {
            let typed = EconomyTyped {
                client_name: Some(name),
                ..EconomyTyped::default()
            };
            let id = "admin-error-client-name";
            let feedback = problem(&ctx, "clients", id, StatusCode::UNPROCESSABLE_ENTITY, typed);
            render_admin(&state, &ctx, scope, feedback).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn revoke_api_client(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path(id): Path<String>,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> WebResult<Response> {
    let (scope, id) = scoped::<EconomyAdminScope, _, _>(&ctx, &id, AccountId::parse)?;
    state
        .store
        .revoke_api_client(&scope, id, state.clock.now())
        .await?;
    Ok(see_other("/admin?done=client-revoked"))
}

pub async fn rotate_keys(
    State(state): State<AppState>,
    ctx: WebCtx,
    CsrfForm(NoFields {}): CsrfForm<NoFields>,
) -> WebResult<Response> {
    let (scope, _) = ctx.require::<EconomyAdminScope>()?;
    rotate_economy_signer(&state, scope).await?;
    Ok(see_other("/admin?done=keys"))
}

#[derive(Debug, Deserialize)]
pub struct PolicyForm {
    kind: Option<String>,
    max_named: Option<String>,
    min_days: Option<String>,
    min_approvals: Option<String>,
    pre_clearance_target_days: Option<String>,
}

fn parse_policy(form: &PolicyForm) -> Option<(IssuancePolicy, Option<u16>)> {
    let policy = match form.kind.as_deref()? {
        "all_responded" => IssuancePolicy::AllResponded,
        "priority" => IssuancePolicy::Priority {
            max_named: number(&form.max_named).ok()??,
        },
        "interim" => IssuancePolicy::Interim {
            min_days: number(&form.min_days).ok()??,
            min_approvals: number(&form.min_approvals).ok()??,
        },
        "virtual_immediate" => IssuancePolicy::VirtualImmediate,
        _ => return None,
    };
    let target = number(&form.pre_clearance_target_days).ok()?;
    Some((policy, target))
}

pub async fn update_policy(
    State(state): State<AppState>,
    ctx: WebCtx,
    CsrfForm(form): CsrfForm<PolicyForm>,
) -> WebResult<Response> {
    let (scope, _) = ctx.require::<EconomyAdminScope>()?;
    let saved = match parse_policy(&form) {
        None => false,
        Some((policy, target)) => accepted(
            state
                .store
                .update_own_policy(&scope, policy, target, state.clock.now())
                .await,
        )?,
    };
    if saved {
        return Ok(see_other("/admin?done=policy"));
    }
    let typed = EconomyTyped {
        policy: Some(context! {
            kind => form.kind,
            max_named => form.max_named,
            min_days => form.min_days,
            min_approvals => form.min_approvals,
            pre_clearance_target_days => form.pre_clearance_target_days,
        }),
        ..EconomyTyped::default()
    };
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    let feedback = problem(&ctx, "policy", "admin-error-policy", status, typed);
    render_admin(&state, &ctx, scope, feedback).await
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn form(kind: &str, max_named: &str, min_days: &str, min_approvals: &str) -> PolicyForm {
        let some = |s: &str| Some(s.to_owned());
        PolicyForm {
            kind: some(kind),
            max_named: some(max_named),
            min_days: some(min_days),
            min_approvals: some(min_approvals),
            pre_clearance_target_days: some(""),
        }
    }

    #[test]
    fn policy_forms_read_only_the_numbers_their_kind_needs() {
        assert_eq!(
            parse_policy(&form("priority", "3", "x", "")),
            Some((IssuancePolicy::Priority { max_named: 3 }, None))
        );
        assert_eq!(
            parse_policy(&form("interim", "", "21", "10")),
            Some((
                IssuancePolicy::Interim {
                    min_days: 21,
                    min_approvals: 10
                },
                None
            ))
        );
        assert_eq!(
            parse_policy(&form("all_responded", "x", "x", "x")),
            Some((IssuancePolicy::AllResponded, None))
        );
        assert_eq!(parse_policy(&form("interim", "", "21", "")), None);
        assert_eq!(parse_policy(&form("priority", "300", "", "")), None);
        assert_eq!(parse_policy(&form("bogus", "", "", "")), None);
    }
}
