//! The front door: the landing page, sign-in and sign-out, registration and the language switch.

use abtc_domain::role::ApplicantScope;
use abtc_domain::Role;
use axum::extract::{Query, State};
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use minijinja::context;
use serde::Deserialize;

use super::context::{local_path, WebCtx, LANG_COOKIE};
use super::error::{WebError, WebResult};
use super::forms::CsrfForm;
use super::i18n;
use super::render;
use crate::auth::token_hash;
use crate::extract::presented_token;
use crate::routes::accounts::{register_applicant, session_cookie, sign_in, SignInError};
use crate::routes::public::{rate_limited, ClientIp};
use crate::state::AppState;

/// Where each role starts.
pub fn home_of(role: Role) -> &'static str {
    match role {
        Role::Applicant => "/portal",
        Role::CaseOfficer | Role::NationalSystem => "/work/applications",
        Role::PreClearanceOfficer => "/work/pre-clearances",
        Role::BorderOfficer => "/verify",
        Role::EconomyAdmin => "/admin",
        Role::SchemeAdmin => "/scheme",
        Role::Auditor => "/",
    }
}

/// A 303 to `to`, with extra headers.
pub fn see_other(to: &str) -> Response {
    let mut res = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        res.headers_mut().insert(LOCATION, v);
    }
    res
}

pub async fn home(State(state): State<AppState>, ctx: WebCtx) -> WebResult<Response> {
    let start = ctx.role().map(home_of);
    Ok(render::page(&state, &ctx, "home.html", context! { start => start })?.into_response())
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
    registered: Option<String>,
}

pub async fn login_page(
    State(state): State<AppState>,
    ctx: WebCtx,
    Query(q): Query<NextQuery>,
) -> WebResult<Response> {
    let data = context! {
        next => local_path(q.next.as_deref()),
        registered => q.registered.is_some(),
    };
    Ok(render::page(&state, &ctx, "login.html", data)?.into_response())
}

#[derive(Deserialize)]
pub struct LoginForm {
    username: String,
    password: String,
    next: Option<String>,
}

pub async fn login(
    State(state): State<AppState>,
    ctx: WebCtx,
    ip: ClientIp,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> WebResult<Response> {
    rate_limited(&state, &ip)?;
    let next = local_path(form.next.as_deref());
    let failure = match sign_in(&state, &form.username, form.password).await {
        Ok(signed) => {
            let to = next.unwrap_or_else(|| home_of(signed.record.role).to_owned());
            let mut res = see_other(&to);
            if let Some(c) =
                session_cookie(&state, &signed.token, state.config.session_ttl.as_secs())
            {
                res.headers_mut().append(SET_COOKIE, c);
            }
            return Ok(res);
        }
        Err(SignInError::Locked { wait_seconds }) => i18n::catalog().message(
            ctx.lang,
            "login-locked",
            &[("seconds", i18n::ArgValue::Number(wait_seconds as f64))],
        ),
        Err(SignInError::WrongCredentials) => ctx.t("login-wrong"),
        Err(SignInError::Failed(e)) => return Err(e.into()),
    };
    let data = context! {
        next => next,
        username => form.username,
        error => failure,
    };
    Ok((
        StatusCode::UNAUTHORIZED,
        render::page(&state, &ctx, "login.html", data)?,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct CsrfOnly {}

pub async fn logout(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    CsrfForm(CsrfOnly {}): CsrfForm<CsrfOnly>,
) -> WebResult<Response> {
    if let Some(token) = presented_token(&headers) {
        state.store.delete_session(&token_hash(&token)).await?;
    }
    let mut res = see_other("/");
    if let Some(c) = session_cookie(&state, "", 0) {
        res.headers_mut().append(SET_COOKIE, c);
    }
    Ok(res)
}

pub async fn register_page(State(state): State<AppState>, ctx: WebCtx) -> WebResult<Response> {
    Ok(render::page(&state, &ctx, "register.html", context! {})?.into_response())
}

#[derive(Deserialize)]
pub struct RegisterForm {
    email: String,
    display_name: Option<String>,
    password: String,
    password_again: String,
}

pub async fn register(
    State(state): State<AppState>,
    ctx: WebCtx,
    ip: ClientIp,
    CsrfForm(form): CsrfForm<RegisterForm>,
) -> WebResult<Response> {
    rate_limited(&state, &ip)?;
    let problem = if form.password != form.password_again {
        Some(ctx.t("register-password-mismatch"))
    } else {
        match register_applicant(
            &state,
            &form.email,
            &form.password,
            form.display_name.clone(),
            ctx.lang,
        )
        .await
        {
            Ok(_) => None,
            Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => {
                let id = if e.code == "weak_password" {
                    "register-weak-password"
                } else {
                    "register-invalid-email"
                };
                Some(ctx.t(id))
            }
            Err(e) => return Err(WebError::from(e)),
        }
    };
    match problem {
        None => Ok(see_other("/login?registered=1")),
        Some(error) => {
            let data = context! {
                email => form.email,
                display_name => form.display_name,
                error => error,
            };
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                render::page(&state, &ctx, "register.html", data)?,
            )
                .into_response())
        }
    }
}

#[derive(Deserialize)]
pub struct LangQuery {
    to: String,
    back: Option<String>,
}

/// The language switcher (a plain GET form, so it works without JavaScript): remembers the choice
/// for a year and goes back to the page.
/// Switches the pages' language; a signed-in applicant's mail follows it from then on, so the
/// language chosen at registration is not the last word.
pub async fn switch_language(
    State(state): State<AppState>,
    ctx: WebCtx,
    Query(q): Query<LangQuery>,
) -> WebResult<Response> {
    let lang = i18n::supported(&q.to).ok_or(WebError::NotFound)?;
    if let Some(scope) = ctx.principal.as_ref().and_then(|p| p.applicant().ok()) {
        if let Err(e) = state.store.set_mail_language(&scope, lang).await {
            tracing::warn!(error = %e, "the applicant's mail language was not changed");
        }
    }
    let back = local_path(q.back.as_deref()).unwrap_or_else(|| "/".to_owned());
    let mut res = see_other(&back);
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{LANG_COOKIE}={lang}; Path=/; Max-Age=31536000; SameSite=Lax"
    )) {
        res.headers_mut().append(SET_COOKIE, v);
    }
    Ok(res)
}

#[derive(Deserialize)]
pub struct ConfirmQuery {
    token: Option<String>,
    sent: Option<String>,
}

/// The link mailed at registration. Opening it confirms the address; the page says whether it did
/// (an unknown, used or expired link changes nothing).
pub async fn confirm_email(
    State(state): State<AppState>,
    ctx: WebCtx,
    Query(q): Query<ConfirmQuery>,
) -> WebResult<Response> {
    if q.sent.is_some() && q.token.is_none() {
        let data = context! { sent => true };
        return Ok(render::page(&state, &ctx, "confirm.html", data)?.into_response());
    }
    let confirmed = match q.token.as_deref() {
        Some(token) => crate::confirmation::confirm(&state, token).await?,
        None => false,
    };
    let status = if confirmed {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let data = context! { confirmed => confirmed };
    Ok((status, render::page(&state, &ctx, "confirm.html", data)?).into_response())
}

/// Mails a new confirmation link to the signed-in applicant's own address (the first may have
/// expired or gone astray).
pub async fn resend_confirmation(
    State(state): State<AppState>,
    ctx: WebCtx,
    ip: ClientIp,
    CsrfForm(CsrfOnly {}): CsrfForm<CsrfOnly>,
) -> WebResult<Response> {
    rate_limited(&state, &ip)?;
    let (scope, _) = ctx.require::<ApplicantScope>()?;
    if state.store.email_confirmed(&scope).await? {
        return Ok(see_other("/portal"));
    }
    let (username, name) = state.store.applicant_contact(&scope).await?;
    let email = abtc_domain::Email::parse(&username).map_err(|_| WebError::Internal)?;
    crate::confirmation::send_link(&state, scope.account(), &email, &name, ctx.lang).await?;
    Ok(see_other("/confirm-email?sent=1"))
}
