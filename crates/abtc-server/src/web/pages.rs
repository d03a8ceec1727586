//! What the officer and administration pages have in common. Their forms work the same way: after a
//! POST the handler either redirects to the page with `done=…`, which the page turns into a notice,
//! or shows the page again, with the problem and what was typed, so a mistake costs nothing to
//! put right. Keeping that here keeps the pages consistent with each other.

use abtc_store::StoreError;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use minijinja::{context, Value};
use serde::Deserialize;
use time::{OffsetDateTime, UtcOffset};

use super::context::WebCtx;
use super::error::{WebError, WebResult};
use super::i18n::{self, ArgValue};
use super::render;
use crate::extract::Scope;
use crate::state::AppState;

/// A message with arguments in the reader's language (`WebCtx::t` has none).
pub fn message(ctx: &WebCtx, id: &str, args: &[(&str, ArgValue)]) -> String {
    i18n::catalog().message(ctx.lang, id, args)
}

/// A timestamp to the minute, in UTC: officers of 21 economies compare notes in one time zone.
pub fn moment(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    format!("{} {:02}:{:02} UTC", t.date(), t.hour(), t.minute())
}

/// Browsers send every field of a form, filled or not: an empty one means "not given" (for a GET
/// form, "no filter").
pub fn filled(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The caller's scope, then the id in the path, in that order: someone who may not see the page
/// is sent away before learning whether the id names anything. An id that does not parse names
/// nothing, the same 404 as another economy's.
pub fn scoped<S: Scope, I, E>(
    ctx: &WebCtx,
    id: &str,
    parse: impl FnOnce(&str) -> Result<I, E>,
) -> WebResult<(S, I)> {
    let (scope, _) = ctx.require::<S>()?;
    let id = parse(id).map_err(|_| WebError::NotFound)?;
    Ok((scope, id))
}

/// Whether the store took a form's values: a domain error means the values were wrong, and the
/// form shows again; any other error is the page's failure.
pub fn accepted<T>(outcome: Result<T, StoreError>) -> WebResult<bool> {
    match outcome {
        Ok(_) => Ok(true),
        Err(StoreError::Domain(_)) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// A form that carries nothing but its CSRF token: the URL says what to do.
#[derive(Debug, Deserialize)]
pub struct NoFields {}

/// The notice for the `done=…` of a redirect, from the page's list of (outcome, message id): only
/// known outcomes, so a hand-made link cannot make a page claim anything.
pub fn notice(ctx: &WebCtx, done: Option<&str>, outcomes: &[(&str, &str)]) -> Option<String> {
    let done = done?;
    let (_, id) = outcomes.iter().find(|(outcome, _)| *outcome == done)?;
    Some(ctx.t(id))
}

/// What a page shows besides its data: the outcome of the last action, or a form's problem with
/// what was typed (`typed`, the page's own form values), so nothing is lost.
#[derive(Debug, Default)]
pub struct Feedback<T> {
    pub notice: Option<String>,
    pub error: Option<String>,
    pub status: StatusCode,
    pub typed: T,
}

impl<T: Default> Feedback<T> {
    /// The page as a link or a redirect reaches it.
    pub fn notice(notice: Option<String>) -> Self {
        Self {
            notice,
            ..Self::default()
        }
    }

    /// The page again after a form it could not accept (422), with what was typed.
    pub fn problem(error: String, typed: T) -> Self {
        Self {
            notice: None,
            error: Some(error),
            status: StatusCode::UNPROCESSABLE_ENTITY,
            typed,
        }
    }
}

impl<T> Feedback<T> {
    /// Renders `template` with the context `data` makes from what was typed, and the notice and
    /// error every such page shows in the same place; answers with the feedback's status.
    pub fn render(
        self,
        state: &AppState,
        ctx: &WebCtx,
        template: &str,
        data: impl FnOnce(T) -> Value,
    ) -> WebResult<Response> {
        let page = context! {
            notice => self.notice,
            error => self.error,
            ..data(self.typed)
        };
        let html = render::page(state, ctx, template, page)?;
        Ok((self.status, html).into_response())
    }
}
