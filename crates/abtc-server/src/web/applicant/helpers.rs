//! What every applicant page shares: messages in the reader's language, economy names, the card
//! row of the portal and the status page, the list of economies to choose from, and the two kinds
//! of problem a page reports (beside a field, or with a link to the step that fixes it).

use abtc_domain::{Card, Economies, EconomyCode};
use serde::Serialize;

use crate::web::context::WebCtx;
use crate::web::i18n::{self, ArgValue};

/// A message with arguments in the reader's language.
pub(super) fn tr(ctx: &WebCtx, id: &str, args: &[(&str, ArgValue)]) -> String {
    i18n::catalog().message(ctx.lang, id, args)
}

pub(super) fn text(s: impl Into<String>) -> ArgValue {
    ArgValue::Text(s.into())
}

pub(super) fn num(n: impl Into<f64>) -> ArgValue {
    ArgValue::Number(n.into())
}

pub(super) fn economy_name(economies: &Economies, code: EconomyCode) -> String {
    economies
        .get(code)
        .map(|e| e.name.clone())
        .unwrap_or_else(|_| code.as_str().to_owned())
}

#[derive(Serialize)]
pub(super) struct CardRow {
    number: String,
    status: &'static str,
    issued_on: String,
    expires_on: String,
}

pub(super) fn card_row(card: &Card) -> CardRow {
    CardRow {
        number: card.number.as_str().to_owned(),
        status: card.status.as_str(),
        issued_on: card.issued_on.to_string(),
        expires_on: card.expires_on.to_string(),
    }
}

#[derive(Serialize)]
pub(super) struct EconomyOption {
    code: String,
    name: String,
    transitional: bool,
}

/// Every member may be a home economy (`Application::draft` accepts any of them); transitional
/// members' cardholders get fast-track lanes but no pre-clearance, which the page says.
pub(super) fn economy_options(economies: &Economies) -> Vec<EconomyOption> {
    let mut list: Vec<EconomyOption> = economies
        .iter()
        .map(|e| EconomyOption {
            code: e.code.as_str().to_owned(),
            name: e.name.clone(),
            transitional: !e.is_full(),
        })
        .collect();
    list.sort_by(|a, b| a.name.cmp(&b.name));
    list
}

#[derive(Serialize)]
pub(super) struct FieldError {
    pub(super) field: &'static str,
    pub(super) message: String,
}

#[derive(Serialize)]
pub(super) struct Problem {
    pub(super) text: String,
    pub(super) href: String,
}
