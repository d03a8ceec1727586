//! An application's history as its applicant may read it: what happened, when, and by whom.

use abtc_domain::{Actor, CardNumber, Economies, EconomyCode, Event, EventKind, Role};
use serde::Serialize;

use super::helpers::{economy_name, num, text, tr};
use crate::web::context::WebCtx;

#[derive(Serialize)]
pub(super) struct HistoryRow {
    date: String,
    text: String,
    who: String,
}

/// Who did something, as the applicant may learn it: themselves, an economy, or the system;
/// never an officer's account or name.
fn who(ctx: &WebCtx, economies: &Economies, actor: &Actor) -> String {
    match actor {
        Actor::Account {
            role: Role::Applicant,
            ..
        } => ctx.t("applicant-who-you"),
        Actor::Account {
            economy: Some(e), ..
        } => tr(
            ctx,
            "applicant-who-economy",
            &[("economy", text(economy_name(economies, *e)))],
        ),
        Actor::Account { .. } => ctx.t("applicant-who-scheme"),
        Actor::System => ctx.t("applicant-who-system"),
    }
}

fn event_text(ctx: &WebCtx, economies: &Economies, kind: &EventKind) -> String {
    let economy = |e: &EconomyCode| ("economy", text(economy_name(economies, *e)));
    let card = |c: &CardNumber| ("card", text(c.as_str()));
    match kind {
        EventKind::HomeApproved { requests } => tr(
            ctx,
            "applicant-event-home_approved",
            &[("requests", num(*requests))],
        ),
        EventKind::PreClearanceRequested { economy: e }
        | EventKind::PreClearanceWithdrawn { economy: e }
        | EventKind::PreClearanceClosed { economy: e } => tr(
            ctx,
            &format!("applicant-event-{}", kind.name()),
            &[economy(e)],
        ),
        EventKind::PreClearanceDecided {
            economy: e,
            decision,
        } => {
            let id = match decision {
                abtc_domain::Decision::Approve => "applicant-event-pre_clearance_approved",
                abtc_domain::Decision::Decline => "applicant-event-pre_clearance_declined",
            };
            tr(ctx, id, &[economy(e)])
        }
        EventKind::CardIssued { card: c, .. }
        | EventKind::CardEconomiesChanged { card: c, .. }
        | EventKind::CardCancelled { card: c, .. }
        | EventKind::CardExpired { card: c } => {
            tr(ctx, &format!("applicant-event-{}", kind.name()), &[card(c)])
        }
        EventKind::CardReplaced { old, new, .. } => tr(
            ctx,
            "applicant-event-card_replaced",
            &[("old", text(old.as_str())), ("new", text(new.as_str()))],
        ),
        other => ctx.t(&format!("applicant-event-{}", other.name())),
    }
}

pub(super) fn history_rows(
    ctx: &WebCtx,
    economies: &Economies,
    events: &[Event],
) -> Vec<HistoryRow> {
    let mut rows = Vec::with_capacity(events.len());
    let mut last: Option<&str> = None;
    for e in events {
        let name = e.kind.name();
        // Every saved step is an update of the draft; one line per run of them is enough. The
        // requests to each economy are already counted by the home approval's line, and the
        // pre-clearance table shows them one by one.
        if (name == "draft_updated" && last == Some(name)) || name == "pre_clearance_requested" {
            continue;
        }
        last = Some(name);
        rows.push(HistoryRow {
            date: e.at.date().to_string(),
            text: event_text(ctx, economies, &e.kind),
            who: who(ctx, economies, &e.actor),
        });
    }
    rows
}
