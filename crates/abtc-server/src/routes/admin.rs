//! Economy and scheme administration: issuance policy, participation, staff, national-system clients,
//! and the audit log.

use abtc_api::{
    ApiClientCreated, CreateApiClientRequest, CreateStaffRequest, Economy, PolicyUpdateRequest,
};
use abtc_domain::role::{AuditScope, EconomyAdminScope, SchemeAdminScope};
use abtc_domain::views::{AccountSummary, ApiClient, AuditEntry, Page};
use abtc_domain::{AccountId, EconomyCode, Principal, Role};
use abtc_store::{AuditReport, NewAccount, StaffAuthority};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;
use serde::Deserialize;

use crate::auth::{new_token, normalize_username, API_TOKEN_PREFIX};
use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiJson, ApiQuery, Caller, Scoped};
use crate::routes::accounts::hash_password;
use crate::state::AppState;

fn parse_economy(s: &str) -> ApiResult<EconomyCode> {
    EconomyCode::parse(s).map_err(|_| ApiError::not_found())
}

/// An economy administrator acts on their own economy only.
fn own_economy(scope: &EconomyAdminScope, code: &str) -> ApiResult<EconomyCode> {
    let code = parse_economy(code)?;
    if code != scope.economy() {
        return Err(ApiError::forbidden());
    }
    Ok(code)
}

/// Sets the economy's issuance policy and pre-clearance target (its administrator).
#[utoipa::path(put, path = "/api/v1/economies/{code}/policy", tag = "administration", params(("code" = String, Path)),
    request_body = PolicyUpdateRequest,
    responses((status = 200, body = Object), (status = 403, body = abtc_api::ErrorBody), (status = 422, body = abtc_api::ErrorBody)))]
pub async fn update_policy(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<EconomyAdminScope>,
    Path(code): Path<String>,
    ApiJson(req): ApiJson<PolicyUpdateRequest>,
) -> ApiResult<Json<Economy>> {
    own_economy(&scope, &code)?;
    Ok(Json(
        state
            .store
            .update_own_policy(
                &scope,
                req.issuance_policy,
                req.pre_clearance_target_days,
                state.clock.now(),
            )
            .await?,
    ))
}

/// Replaces an economy's record, e.g. to make a transitional member full (the scheme administrator).
#[utoipa::path(put, path = "/api/v1/economies/{code}", tag = "administration", params(("code" = String, Path)),
    request_body = Object,
    responses((status = 200, body = Object), (status = 403, body = abtc_api::ErrorBody), (status = 422, body = abtc_api::ErrorBody)))]
pub async fn update_economy(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<SchemeAdminScope>,
    Path(code): Path<String>,
    ApiJson(economy): ApiJson<Economy>,
) -> ApiResult<Json<Economy>> {
    if parse_economy(&code)? != economy.code {
        return Err(ApiError::unprocessable(
            "code_mismatch",
            "the body's code differs from the path's",
        ));
    }
    state
        .store
        .update_economy(&scope, economy.clone(), state.clock.now())
        .await?;
    Ok(Json(economy))
}

/// Who may manage staff of `code`: its own administrator, or the scheme administrator.
fn staff_authority(p: &Principal, code: EconomyCode) -> ApiResult<StaffAuthority> {
    if let Ok(s) = p.economy_admin() {
        if s.economy() == code {
            return Ok(StaffAuthority::Economy(s));
        }
    }
    if let Ok(s) = p.scheme_admin() {
        return Ok(StaffAuthority::Scheme(s));
    }
    Err(ApiError::forbidden())
}

/// The economy's staff accounts.
#[utoipa::path(get, path = "/api/v1/economies/{code}/staff", tag = "administration", params(("code" = String, Path)),
    responses((status = 200, body = Vec<Object>), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn list_staff(
    State(state): State<AppState>,
    Caller(p): Caller,
    Path(code): Path<String>,
) -> ApiResult<Json<Vec<AccountSummary>>> {
    let code = parse_economy(&code)?;
    let by = staff_authority(&p, code)?;
    let mut list = state.store.list_staff(by).await?;
    list.retain(|a| a.economy == Some(code));
    Ok(Json(list))
}

/// Creates a staff account: officers by the economy's administrator, economy administrators by the
/// scheme administrator.
#[utoipa::path(post, path = "/api/v1/economies/{code}/staff", tag = "administration", params(("code" = String, Path)),
    request_body = CreateStaffRequest,
    responses((status = 201, body = Object), (status = 403, body = abtc_api::ErrorBody), (status = 409, body = abtc_api::ErrorBody)))]
pub async fn create_staff(
    State(state): State<AppState>,
    Caller(p): Caller,
    Path(code): Path<String>,
    ApiJson(req): ApiJson<CreateStaffRequest>,
) -> ApiResult<impl IntoResponse> {
    let code = parse_economy(&code)?;
    let by = staff_authority(&p, code)?;
    let summary = create_staff_account(&state, by, code, req).await?;
    Ok((StatusCode::CREATED, Json(summary)))
}

/// Creates a staff account of `code` (the API's and the administration page's shared path).
pub(crate) async fn create_staff_account(
    state: &AppState,
    by: StaffAuthority,
    code: EconomyCode,
    req: CreateStaffRequest,
) -> ApiResult<AccountSummary> {
    if !req.role.needs_economy() || req.role == Role::NationalSystem {
        return Err(ApiError::unprocessable("invalid_role", "staff of an economy are officers or its administrator; API clients have their own route"));
    }
    let username = normalize_username(&req.username);
    if username.is_empty()
        || username.chars().count() > 100
        || username.chars().any(char::is_whitespace)
    {
        return Err(ApiError::unprocessable(
            "invalid_username",
            "user names are 1 to 100 characters without spaces",
        ));
    }
    let display_name = req
        .display_name
        .trim()
        .chars()
        .take(100)
        .collect::<String>();
    let hash = hash_password(state, &req.password).await?;
    let mut id = [0u8; 16];
    state.entropy.fill(&mut id);
    let account = NewAccount {
        id: AccountId::from_bytes(id),
        username: username.clone(),
        password_hash: Some(hash),
        role: req.role,
        economy: Some(code),
        display_name: display_name.clone(),
    };
    state
        .store
        .create_staff(by, account, state.clock.now())
        .await?;
    Ok(AccountSummary {
        id: AccountId::from_bytes(id),
        username,
        role: req.role,
        economy: Some(code),
        display_name,
        disabled: false,
        created_at: state.clock.now(),
    })
}

/// The economy's national-system API clients.
#[utoipa::path(get, path = "/api/v1/economies/{code}/api-clients", tag = "administration", params(("code" = String, Path)),
    responses((status = 200, body = Vec<Object>), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn list_api_clients(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<EconomyAdminScope>,
    Path(code): Path<String>,
) -> ApiResult<Json<Vec<ApiClient>>> {
    own_economy(&scope, &code)?;
    Ok(Json(state.store.list_api_clients(&scope).await?))
}

/// Creates an API client for the economy's national system; the token is shown once.
#[utoipa::path(post, path = "/api/v1/economies/{code}/api-clients", tag = "administration", params(("code" = String, Path)),
    request_body = CreateApiClientRequest,
    responses((status = 201, body = ApiClientCreated), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn create_api_client(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<EconomyAdminScope>,
    Path(code): Path<String>,
    ApiJson(req): ApiJson<CreateApiClientRequest>,
) -> ApiResult<impl IntoResponse> {
    own_economy(&scope, &code)?;
    let created = create_api_client_account(&state, scope, &req.name).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// Creates an API client of the administrator's economy and its token (the API's and the
/// administration page's shared path).
pub(crate) async fn create_api_client_account(
    state: &AppState,
    scope: EconomyAdminScope,
    name: &str,
) -> ApiResult<ApiClientCreated> {
    let code = scope.economy();
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(ApiError::unprocessable(
            "invalid_name",
            "names are 1 to 100 characters",
        ));
    }
    let (token, hash) = new_token(API_TOKEN_PREFIX, state.entropy.as_ref());
    let mut id = [0u8; 16];
    state.entropy.fill(&mut id);
    let id = AccountId::from_bytes(id);
    state
        .store
        .create_api_client(
            StaffAuthority::Economy(scope),
            code,
            id,
            name,
            &hash,
            state.clock.now(),
        )
        .await?;
    Ok(ApiClientCreated {
        id,
        economy: code,
        name: name.to_owned(),
        token,
    })
}

/// Revokes an API client's token at once.
#[utoipa::path(delete, path = "/api/v1/economies/{code}/api-clients/{id}", tag = "administration",
    params(("code" = String, Path), ("id" = String, Path)),
    responses((status = 204), (status = 403, body = abtc_api::ErrorBody), (status = 404, body = abtc_api::ErrorBody)))]
pub async fn revoke_api_client(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<EconomyAdminScope>,
    Path((code, id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    own_economy(&scope, &code)?;
    let id = AccountId::parse(&id).map_err(|_| ApiError::not_found())?;
    state
        .store
        .revoke_api_client(&scope, id, state.clock.now())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

/// The audit log, newest first (auditors).
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", params(AuditQuery),
    responses((status = 200, body = Object), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn audit_log(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<AuditScope>,
    ApiQuery(q): ApiQuery<AuditQuery>,
) -> ApiResult<Json<Page<AuditEntry>>> {
    Ok(Json(
        state
            .store
            .audit_log(&scope, q.page.unwrap_or(1), q.per_page.unwrap_or(100))
            .await?,
    ))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct AuditReportQuery {
    /// First day of the period (YYYY-MM-DD, UTC); 30 days before `to` when absent.
    pub from: Option<String>,
    /// Last day of the period, included (YYYY-MM-DD, UTC); today when absent.
    pub to: Option<String>,
}

fn report_day(field: &'static str, s: &str) -> ApiResult<time::Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s.trim(), &format).map_err(|_| {
        ApiError::unprocessable("invalid_date", format!("{field} is not a YYYY-MM-DD date"))
    })
}

/// The audit report for a period (auditors): accesses to personal data by role and economy, logins
/// and failed logins, key events, revocations and configuration changes. Figures only.
#[utoipa::path(get, path = "/api/v1/audit/report", tag = "audit", params(AuditReportQuery),
    responses((status = 200, body = Object), (status = 403, body = abtc_api::ErrorBody), (status = 422, body = abtc_api::ErrorBody)))]
pub async fn audit_report(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<AuditScope>,
    ApiQuery(q): ApiQuery<AuditReportQuery>,
) -> ApiResult<Json<AuditReport>> {
    let to = match q.to.as_deref() {
        Some(s) => report_day("to", s)?,
        None => state.clock.now().date(),
    };
    let from = match q.from.as_deref() {
        Some(s) => report_day("from", s)?,
        None => to.saturating_sub(time::Duration::days(30)),
    };
    if from > to {
        return Err(ApiError::unprocessable(
            "invalid_period",
            "from is after to",
        ));
    }
    let start = from.midnight().assume_utc();
    let end = to.next_day().unwrap_or(to).midnight().assume_utc();
    Ok(Json(state.store.audit_report(&scope, start, end).await?))
}
