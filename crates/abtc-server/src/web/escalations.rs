//! The escalations page (`/escalations`): pre-clearance requests past their due date per economy,
//! the caller's own economy's by reference, and the form that sets who is told. The same scoped
//! store calls as `/api/v1/escalations` and `/api/v1/contacts/{channel}`: an economy's staff see
//! their economy only, the scheme administrator and auditors every economy as counts.

use abtc_domain::escalation::{Channel, Contact, EscalationScope};
use abtc_domain::{Economies, Email, Principal, Role};
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use minijinja::{context, Value};
use serde::Deserialize;

use super::account::see_other;
use super::context::WebCtx;
use super::error::WebResult;
use super::forms::CsrfForm;
use super::i18n::ArgValue;
use super::pages::{accepted, message, moment, notice, Feedback};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/escalations", get(escalations_page))
        .route("/escalations/contacts", post(save_contacts))
}

const OUTCOMES: [(&str, &str); 1] = [("contacts", "escalations-contacts-saved")];

#[derive(Debug, Default, Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct ContactsForm {
    contacts: Option<String>,
}

/// The channel whose contacts the caller sets on this page: an economy's administrator their
/// economy's, the scheme administrator the efficiency channel (other economies' through the API).
fn own_channel(p: &Principal) -> Option<Channel> {
    match (p.role(), p.economy()) {
        (Role::EconomyAdmin, Some(code)) => Some(Channel::Economy(code)),
        (Role::SchemeAdmin, _) => Some(Channel::Efficiency),
        _ => None,
    }
}

fn economy_name(economies: &Economies, code: abtc_domain::EconomyCode) -> String {
    economies
        .get(code)
        .map(|e| e.name.clone())
        .unwrap_or_else(|_| code.to_string())
}

/// The textarea's text: one contact per line, the language after the address.
fn contacts_text(contacts: &[Contact]) -> String {
    contacts
        .iter()
        .map(|c| match &c.language {
            Some(l) => format!("{} {l}", c.address.as_str()),
            None => c.address.as_str().to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads the textarea; the error is the 1-based number of the first line that is not a contact.
fn parse_contacts(text: &str) -> Result<Vec<Contact>, usize> {
    let mut contacts = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut words = line.split_whitespace();
        let Some(address) = words.next() else {
            continue;
        };
        let language = words.next().map(str::to_owned);
        let address = Email::parse(address).map_err(|_| n + 1)?;
        if words.next().is_some() {
            return Err(n + 1);
        }
        contacts.push(Contact { address, language });
    }
    Ok(contacts)
}

async fn page(
    state: &AppState,
    ctx: &WebCtx,
    feedback: Feedback<Option<String>>,
) -> WebResult<Response> {
    let (scope, principal) = ctx.require::<EscalationScope>()?;
    let overview = state.store.escalations(&scope, state.clock.now()).await?;
    let economies = state.store.economies().await?;
    let rows: Vec<Value> = overview
        .economies
        .iter()
        .map(|e| {
            context! {
                code => e.economy.as_str(),
                name => economy_name(&economies, e.economy),
                open => e.open,
                raised => e.raised,
                oldest => e.oldest_due_on.map(|d| d.to_string()),
            }
        })
        .collect();
    let open: Vec<Value> = overview
        .open
        .iter()
        .map(|i| {
            context! {
                reference => i.reference.as_str(),
                due_on => i.due_on.to_string(),
                raised_at => moment(i.raised_at),
            }
        })
        .collect();
    let own = match scope {
        EscalationScope::Economy(code) => Some(economy_name(&economies, code)),
        EscalationScope::Scheme => None,
    };
    let channel = own_channel(principal);
    let saved = match channel {
        Some(ch) => {
            let scope = principal.contacts(ch)?;
            contacts_text(&state.store.contacts(&scope).await?)
        }
        None => String::new(),
    };
    let queue_link = principal.role() == Role::PreClearanceOfficer;
    feedback.render(state, ctx, "escalations.html", |typed| {
        context! {
            economies => rows,
            open => open,
            own => own,
            queue_link => queue_link,
            channel => channel.map(|c| c.key()),
            channel_name => channel.and_then(|c| c.economy()).map(|c| economy_name(&economies, c)),
            contacts => !saved.is_empty(),
            contacts_text => typed.unwrap_or(saved),
        }
    })
}

pub async fn escalations_page(
    State(state): State<AppState>,
    ctx: WebCtx,
    Query(q): Query<DoneQuery>,
) -> WebResult<Response> {
    let done = notice(&ctx, q.done.as_deref(), &OUTCOMES);
    page(&state, &ctx, Feedback::notice(done)).await
}

pub async fn save_contacts(
    State(state): State<AppState>,
    ctx: WebCtx,
    CsrfForm(form): CsrfForm<ContactsForm>,
) -> WebResult<Response> {
    let (_, principal) = ctx.require::<EscalationScope>()?;
    let channel = own_channel(principal).ok_or(super::error::WebError::Forbidden)?;
    let scope = principal.contacts(channel)?;
    let text = form.contacts.unwrap_or_default();
    let contacts = match parse_contacts(&text) {
        Ok(c) => c,
        Err(line) => {
            let error = message(
                &ctx,
                "escalations-contacts-invalid",
                &[("line", ArgValue::Number(line as f64))],
            );
            return page(&state, &ctx, Feedback::problem(error, Some(text))).await;
        }
    };
    let saved = state
        .store
        .set_contacts(&scope, &contacts, state.clock.now())
        .await;
    if !accepted(saved)? {
        let error = ctx.t("escalations-contacts-rejected");
        return page(&state, &ctx, Feedback::problem(error, Some(text))).await;
    }
    Ok(see_other("/escalations?done=contacts"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn contacts_are_read_one_per_line() {
        let c = parse_contacts("  審査@例え.jp ja \n\n desk@mofa.example.jp\n").unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].language.as_deref(), Some("ja"));
        assert_eq!(c[1].language, None);
        assert_eq!(contacts_text(&c), "審査@例え.jp ja\ndesk@mofa.example.jp");
        assert_eq!(parse_contacts("a@x.jp\nnot an address"), Err(2));
        assert_eq!(parse_contacts("a@x.jp ja extra"), Err(1));
    }
}
