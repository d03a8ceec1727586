//! A case's or request's history as officers read it: what happened, when, and which role of
//! which economy did it.

use abtc_domain::{Actor, CardNumber, Decision, EconomyCode, Event, EventKind};
use minijinja::{context, Value};

use crate::web::context::WebCtx;
use crate::web::i18n::ArgValue;
use crate::web::pages::{message, moment};

/// What a history line says happened, in the reader's language.
fn describe(ctx: &WebCtx, kind: &EventKind) -> String {
    let economy = |c: &EconomyCode| ("economy", ArgValue::Text(c.to_string()));
    let card = |name, c: &CardNumber| (name, ArgValue::Text(c.to_string()));
    let codes = |name, v: &[EconomyCode]| {
        let text = if v.is_empty() {
            "–".to_owned()
        } else {
            v.iter()
                .map(EconomyCode::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        };
        (name, ArgValue::Text(text))
    };
    match kind {
        EventKind::HomeApproved { requests } => message(
            ctx,
            "officer-event-home_approved",
            &[("requests", ArgValue::Number(f64::from(*requests)))],
        ),
        EventKind::PreClearanceRequested { economy: e }
        | EventKind::PreClearanceWithdrawn { economy: e }
        | EventKind::PreClearanceClosed { economy: e } => message(
            ctx,
            &format!("officer-event-{}", kind.name()),
            &[economy(e)],
        ),
        EventKind::PreClearanceDecided {
            economy: e,
            decision,
        } => {
            let id = match decision {
                Decision::Approve => "officer-event-pre_clearance_approved",
                Decision::Decline => "officer-event-pre_clearance_declined",
            };
            message(ctx, id, &[economy(e)])
        }
        EventKind::CardIssued { card: c, .. } | EventKind::CardExpired { card: c } => message(
            ctx,
            &format!("officer-event-{}", kind.name()),
            &[card("card", c)],
        ),
        EventKind::CardEconomiesChanged {
            card: c,
            added,
            removed,
        } => message(
            ctx,
            "officer-event-card_economies_changed",
            &[
                card("card", c),
                codes("added", added),
                codes("removed", removed),
            ],
        ),
        EventKind::CardReplaced { old, new, reason } => {
            let why = message(ctx, &format!("officer-replace-reason-{reason}"), &[]);
            message(
                ctx,
                "officer-event-card_replaced",
                &[
                    card("old", old),
                    card("new", new),
                    ("reason", ArgValue::Text(why)),
                ],
            )
        }
        EventKind::CardCancelled { card: c, reason } => {
            let why = message(ctx, &format!("officer-cancel-reason-{reason}"), &[]);
            message(
                ctx,
                "officer-event-card_cancelled",
                &[card("card", c), ("reason", ArgValue::Text(why))],
            )
        }
        other => message(ctx, &format!("officer-event-{}", other.name()), &[]),
    }
}

/// Who acted: a role and an economy, never a person's name (as the audit log keeps it).
fn actor_text(ctx: &WebCtx, actor: &Actor) -> String {
    match actor {
        Actor::Account { role, economy, .. } => {
            let role = ctx.t(&format!("role-{}", role.as_str()));
            match economy {
                Some(e) => format!("{role} · {e}"),
                None => role,
            }
        }
        Actor::System => ctx.t("officer-actor-system"),
    }
}

pub(super) fn history_rows(ctx: &WebCtx, events: &[Event]) -> Vec<Value> {
    events
        .iter()
        .map(|e| {
            context! {
                at => moment(e.at),
                what => describe(ctx, &e.kind),
                actor => actor_text(ctx, &e.actor),
            }
        })
        .collect()
}
