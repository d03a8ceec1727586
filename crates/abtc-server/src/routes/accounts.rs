//! Registration, sign-in and sign-out, with no way to learn from the answers who has an account.

use abtc_api::{Accepted, LoginRequest, LoginResponse, Me, RegisterRequest};
use abtc_domain::{AccountId, Email, Role};
use abtc_store::{NewAccount, NewAudit, StoreError};
use axum::extract::State;
use axum::http::header::{RETRY_AFTER, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::Json;

use crate::auth::{
    check_new_password, locked_until, new_token, normalize_username, token_hash, SESSION_PREFIX,
};
use crate::error::{ApiError, ApiResult};
use crate::extract::{presented_token, ApiJson, Caller, SESSION_COOKIE};
use crate::routes::public::{rate_limited, ClientIp};
use crate::state::AppState;

async fn hash_blocking(state: &AppState, password: String) -> ApiResult<String> {
    let passwords = state.passwords.clone();
    let entropy = state.entropy.clone();
    tokio::task::spawn_blocking(move || passwords.hash(&password, entropy.as_ref()))
        .await
        .map_err(|_| ApiError::internal())?
        .map_err(|_| ApiError::internal())
}

pub async fn hash_password(state: &AppState, password: &str) -> ApiResult<String> {
    check_new_password(password).map_err(|m| ApiError::unprocessable("weak_password", m))?;
    hash_blocking(state, password.to_owned()).await
}

/// Registers an applicant. The answer is the same whether or not the address already has an
/// account, so registration cannot be used to find out who applied.
#[utoipa::path(post, path = "/api/v1/accounts", tag = "accounts", request_body = RegisterRequest,
    responses((status = 202, body = Accepted), (status = 422, body = abtc_api::ErrorBody), (status = 429, body = abtc_api::ErrorBody)))]
pub async fn register(
    State(state): State<AppState>,
    ip: ClientIp,
    headers: HeaderMap,
    ApiJson(req): ApiJson<RegisterRequest>,
) -> ApiResult<impl IntoResponse> {
    rate_limited(&state, &ip)?;
    let lang = crate::web::context::language(&headers);
    register_applicant(&state, &req.email, &req.password, req.display_name, lang).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(Accepted {
            status: "accepted: if the address is new, its account is ready".into(),
        }),
    ))
}

/// Creates an applicant's account and mails the link that confirms its address (in `lang`); shared
/// by the API and the registration page. Succeeds the same way when the address already has an
/// account; returns whether the account is new.
pub async fn register_applicant(
    state: &AppState,
    email: &str,
    password: &str,
    display_name: Option<String>,
    lang: &str,
) -> ApiResult<bool> {
    let email =
        Email::parse(email).map_err(|e| ApiError::unprocessable(e.code(), e.to_string()))?;
    let hash = hash_password(state, password).await?;
    let mut id = [0u8; 16];
    state.entropy.fill(&mut id);
    let display_name = display_name
        .map(|d| d.trim().chars().take(100).collect::<String>())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| email.local_part().to_owned());
    let account = NewAccount {
        id: AccountId::from_bytes(id),
        username: normalize_username(email.as_str()),
        password_hash: Some(hash),
        role: Role::Applicant,
        economy: None,
        display_name: display_name.clone(),
    };
    match state
        .store
        .create_applicant(account, state.clock.now())
        .await
    {
        Ok(()) => {
            let id = AccountId::from_bytes(id);
            // Notifications by mail go in the language the applicant registered in.
            if let Ok(scope) =
                abtc_domain::Principal::new(id, Role::Applicant, None).and_then(|p| p.applicant())
            {
                if let Err(e) = state.store.set_mail_language(&scope, lang).await {
                    tracing::warn!(error = %e, "the applicant's language was not kept");
                }
            }
            crate::confirmation::send_link(state, id, &email, &display_name, lang).await?;
            Ok(true)
        }
        Err(StoreError::Conflict(_)) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

pub fn session_cookie(state: &AppState, token: &str, max_age: u64) -> Option<HeaderValue> {
    let secure = if state.config.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    ))
    .ok()
}

/// A successful sign-in: the new session's token and who it belongs to.
pub struct SignedIn {
    pub token: String,
    pub expires_at: time::OffsetDateTime,
    pub record: abtc_store::LoginRecord,
}

/// Checks a password and opens a session: shared by the API and the sign-in page. Failed
/// attempts, for known and unknown names alike, make the next one wait longer and longer.
pub async fn sign_in(
    state: &AppState,
    username: &str,
    password: String,
) -> Result<SignedIn, SignInError> {
    let username = normalize_username(username);
    let now = state.clock.now();
    if let Some(t) = state.store.login_throttle(&username).await? {
        if let Some(until) = locked_until(t.failures, t.last_failure_at) {
            if now < until {
                state.metrics.logins.with_label_values(&["locked"]).inc();
                let wait_seconds = (until - now).whole_seconds().max(1);
                return Err(SignInError::Locked { wait_seconds });
            }
        }
    }
    let record = state.store.login_record(&username).await?;
    let hash = record.as_ref().and_then(|r| r.password_hash.clone());
    let passwords = state.passwords.clone();
    let ok = tokio::task::spawn_blocking(move || passwords.verify(&password, hash.as_deref()))
        .await
        .map_err(|_| ApiError::internal())?;
    let record = record.filter(|r| ok && !r.disabled);
    let Some(record) = record else {
        state.store.record_login_failure(&username, now).await?;
        state.metrics.logins.with_label_values(&["failed"]).inc();
        state
            .store
            .record_audit(NewAudit {
                at: now,
                actor_account: None,
                actor_role: None,
                actor_economy: None,
                action: "login".into(),
                subject: "session".into(),
                outcome: "failed".into(),
            })
            .await?;
        return Err(SignInError::WrongCredentials);
    };
    state.store.clear_login_failures(&username).await?;
    let (token, hash) = new_token(SESSION_PREFIX, state.entropy.as_ref());
    let ttl =
        time::Duration::try_from(state.config.session_ttl).unwrap_or(time::Duration::hours(8));
    let expires_at = now + ttl;
    state
        .store
        .create_session(&hash, record.account, now, expires_at)
        .await?;
    state.metrics.logins.with_label_values(&["ok"]).inc();
    state
        .store
        .record_audit(NewAudit {
            at: now,
            actor_account: Some(record.account),
            actor_role: Some(record.role),
            actor_economy: record.economy,
            action: "login".into(),
            subject: format!("account:{}", record.account),
            outcome: "ok".into(),
        })
        .await?;
    Ok(SignedIn {
        token,
        expires_at,
        record,
    })
}

/// Why a sign-in failed.
#[derive(Debug)]
pub enum SignInError {
    Locked { wait_seconds: i64 },
    WrongCredentials,
    Failed(ApiError),
}

impl From<ApiError> for SignInError {
    fn from(e: ApiError) -> Self {
        Self::Failed(e)
    }
}

impl From<StoreError> for SignInError {
    fn from(e: StoreError) -> Self {
        Self::Failed(e.into())
    }
}

impl From<SignInError> for ApiError {
    fn from(e: SignInError) -> Self {
        match e {
            SignInError::Locked { wait_seconds } => ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "too_many_attempts",
                format!("too many failed sign-ins; try again in {wait_seconds} seconds"),
            ),
            SignInError::WrongCredentials => ApiError::new(
                StatusCode::UNAUTHORIZED,
                "invalid_credentials",
                "the user name or password is wrong",
            ),
            SignInError::Failed(e) => e,
        }
    }
}

/// Signs in with a password. Failed attempts, for known and unknown names alike, make the next one
/// wait longer and longer.
#[utoipa::path(post, path = "/api/v1/sessions", tag = "accounts", request_body = LoginRequest,
    responses((status = 200, body = LoginResponse), (status = 401, body = abtc_api::ErrorBody), (status = 429, body = abtc_api::ErrorBody)))]
pub async fn login(
    State(state): State<AppState>,
    ip: ClientIp,
    ApiJson(req): ApiJson<LoginRequest>,
) -> ApiResult<impl IntoResponse> {
    rate_limited(&state, &ip)?;
    let signed = match sign_in(&state, &req.username, req.password).await {
        Ok(s) => s,
        Err(e) => {
            let wait = match &e {
                SignInError::Locked { wait_seconds } => {
                    HeaderValue::from_str(&wait_seconds.to_string()).ok()
                }
                _ => None,
            };
            let mut res = ApiError::from(e).into_response();
            if let Some(v) = wait {
                res.headers_mut().insert(RETRY_AFTER, v);
            }
            return Ok(res);
        }
    };
    let mut headers = HeaderMap::new();
    if let Some(c) = session_cookie(&state, &signed.token, state.config.session_ttl.as_secs()) {
        headers.insert(SET_COOKIE, c);
    }
    let body = LoginResponse {
        token: signed.token,
        expires_at: signed.expires_at,
        account: signed.record.account,
        role: signed.record.role,
        economy: signed.record.economy,
    };
    Ok((headers, Json(body)).into_response())
}

/// Ends the current session.
#[utoipa::path(delete, path = "/api/v1/sessions/current", tag = "accounts",
    responses((status = 204), (status = 401, body = abtc_api::ErrorBody)))]
pub async fn logout(
    State(state): State<AppState>,
    Caller(_): Caller,
    request_headers: HeaderMap,
) -> ApiResult<impl IntoResponse> {
    if let Some(token) = presented_token(&request_headers) {
        state.store.delete_session(&token_hash(&token)).await?;
    }
    let mut headers = HeaderMap::new();
    if let Some(c) = session_cookie(&state, "", 0) {
        headers.insert(SET_COOKIE, c);
    }
    Ok((StatusCode::NO_CONTENT, headers))
}

/// Who the caller is.
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts", responses((status = 200, body = Me), (status = 401, body = abtc_api::ErrorBody)))]
pub async fn me(Caller(p): Caller) -> Json<Me> {
    Json(Me {
        account: p.account(),
        role: p.role(),
        economy: p.economy(),
    })
}
