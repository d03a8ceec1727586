//! Email confirmation: a new applicant gets a link by mail and confirms the address by opening it;
//! until then the applicant may prepare applications but not submit them (when the operator
//! requires confirmation, as by default). Only the token's hash is stored.

use abtc_domain::role::ApplicantScope;
use abtc_domain::{AccountId, Email};
use axum::http::StatusCode;

use crate::auth::new_token;
use crate::error::{ApiError, ApiResult};
use crate::mail::Mail;
use crate::state::AppState;
use crate::web::i18n::{self, ArgValue};

const TOKEN_PREFIX: &str = "abtce_";
/// How long a link works.
pub const LINK_DAYS: i64 = 3;

/// Mails a confirmation link for `account`'s address, in `lang`.
pub async fn send_link(
    state: &AppState,
    account: AccountId,
    to: &Email,
    name: &str,
    lang: &str,
) -> ApiResult<()> {
    let now = state.clock.now();
    let (token, hash) = new_token(TOKEN_PREFIX, state.entropy.as_ref());
    state
        .store
        .add_email_confirmation(account, &hash, now + time::Duration::days(LINK_DAYS))
        .await?;
    let Some(mail) = &state.mail else {
        tracing::warn!("no mail transport is configured: the confirmation link was not sent");
        return Ok(());
    };
    let link = format!(
        "{}/confirm-email?token={token}",
        state.config.public_url.trim_end_matches('/')
    );
    let cat = i18n::catalog();
    let body = [
        cat.message_or_english(
            lang,
            "mail-confirm-greeting",
            &[("name", ArgValue::Text(name.to_owned()))],
        ),
        String::new(),
        cat.message_or_english(
            lang,
            "mail-confirm-text",
            &[("days", ArgValue::Number(LINK_DAYS as f64))],
        ),
        String::new(),
        link,
        String::new(),
        cat.message_or_english(lang, "mail-confirm-ignore", &[]),
    ]
    .join("\n");
    let message = Mail {
        to: to.clone(),
        subject: cat.message_or_english(lang, "mail-confirm-subject", &[]),
        body,
    };
    if let Err(e) = mail.send(&message, now, state.entropy.as_ref()).await {
        // The account exists; the applicant can ask for the link again by registering again.
        tracing::error!(error = %e, "the confirmation mail could not be written");
    }
    Ok(())
}

/// Refuses submission until the address is confirmed, when the operator requires it.
pub async fn ensure_confirmed(state: &AppState, scope: &ApplicantScope) -> ApiResult<()> {
    if !state.config.require_email_confirmation || state.store.email_confirmed(scope).await? {
        return Ok(());
    }
    Err(ApiError::new(
        StatusCode::FORBIDDEN,
        "email_not_confirmed",
        "confirm your email address first: open the link that was mailed to it",
    ))
}

/// Confirms the address of the link's token; `false` for an unknown, used or expired link.
pub async fn confirm(state: &AppState, token: &str) -> ApiResult<bool> {
    if !token.starts_with(TOKEN_PREFIX) || token.len() > 200 {
        return Ok(false);
    }
    Ok(state
        .store
        .confirm_email(&crate::auth::token_hash(token), state.clock.now())
        .await?)
}
