//! Server-side rendering: the templates (embedded at build time from `web/templates`), a `t()`
//! function for messages in the reader's language, and the context every page gets (language,
//! signed-in user, CSRF token, path, the language switcher's list).

use std::sync::OnceLock;

use axum::response::Html;
use minijinja::value::{Kwargs, Value};
use minijinja::{context, Environment, State};

use super::assets;
use super::context::WebCtx;
use super::error::WebResult;
use super::i18n::{self, ArgValue, LANGUAGES};
use crate::state::AppState;

fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        for (name, source) in assets::TEMPLATES {
            if let Err(e) = env.add_template(name, source) {
                tracing::error!(template = name, error = %e, "template does not parse");
            }
        }
        env.add_function("t", t);
        env.add_filter("day", day);
        env.add_filter("urlencode_path", |s: String| super::context::urlencode(&s));
        env
    })
}

/// `{{ t("id", name=value) }}`: the message in the page's language.
fn t(state: &State, id: String, kwargs: Kwargs) -> Result<String, minijinja::Error> {
    let lang = state
        .lookup("lang")
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| i18n::DEFAULT.to_owned());
    let mut args = Vec::new();
    for name in kwargs.args() {
        let value: Value = kwargs.get(name)?;
        let arg = match value.as_i64() {
            Some(n) if value.kind() == minijinja::value::ValueKind::Number => {
                ArgValue::Number(n as f64)
            }
            _ => ArgValue::Text(value.to_string()),
        };
        args.push((name, arg));
    }
    Ok(i18n::catalog().message(&lang, &id, &args))
}

/// The calendar day of a timestamp or date as serialized by the API (`2025-06-02…`).
fn day(value: Value) -> String {
    let s = value.to_string();
    match s.get(..10) {
        Some(d) if d.as_bytes().get(4) == Some(&b'-') => d.to_owned(),
        _ => s,
    }
}

/// Renders page `name` with `data` and the common context.
pub fn page(_state: &AppState, ctx: &WebCtx, name: &str, data: Value) -> WebResult<Html<String>> {
    let template = environment().get_template(name)?;
    let user = ctx.principal.as_ref().map(|p| {
        context! {
            role => p.role().as_str(),
            economy => p.economy().map(|e| e.as_str().to_owned()),
        }
    });
    let languages: Vec<Value> = LANGUAGES
        .iter()
        .map(|l| context! { tag => l.tag, name => l.name })
        .collect();
    let base = context! {
        lang => ctx.lang,
        csrf => ctx.csrf.clone(),
        user => user,
        path => ctx.path.clone(),
        languages => languages,
    };
    Ok(Html(template.render(context! { ..data, ..base })?))
}

/// The names of all templates (the page tests check that each one parses).
pub fn template_names() -> impl Iterator<Item = &'static str> {
    assets::TEMPLATES.iter().map(|(n, _)| *n)
}

/// Parses every template; the errors, if any.
pub fn template_errors() -> Vec<String> {
    let mut env = Environment::new();
    let mut errors = Vec::new();
    for (name, source) in assets::TEMPLATES {
        if let Err(e) = env.add_template(name, source) {
            errors.push(format!("{name}: {e}"));
        }
    }
    errors
}
