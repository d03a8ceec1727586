//! The border verifier page and the holder's wallet page. Both work offline once loaded: the
//! verifier with the credential crate compiled to WebAssembly and the last trust and status lists
//! (static/js/verifier.js), the wallet with its device key in the browser and the last credential
//! (static/js/wallet.js). Without JavaScript the verifier form posts here and the server runs the
//! same verification on its own copies.

use abtc_credential::qr;
use abtc_credential::verify::{self, Policy, Report};
use abtc_domain::role::ApplicantScope;
use abtc_domain::{CardStatus, EconomyCode};
use abtc_store::CaseAccess;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use minijinja::{context, Value};
use serde::Deserialize;
use std::collections::BTreeMap;

use super::context::WebCtx;
use super::error::{WebError, WebResult};
use super::forms::CsrfMultipart;
use super::i18n;
use super::render;
use super::static_files::has_wasm;
use crate::routes::public::{rate_limited, ClientIp};
use crate::state::AppState;

/// Messages the browser scripts need, handed over as a JSON data block.
const SCRIPT_MESSAGES: &[&str] = &[
    "verdict-admit",
    "verdict-lane_only",
    "verdict-refer",
    "stay-days",
    "reason-malformed",
    "reason-unknown_issuer",
    "reason-bad_signature",
    "reason-expired",
    "reason-revoked",
    "reason-stale_proof",
    "reason-missing_proof",
    "reason-not_accepted",
    "reason-status_unavailable",
    "offline-ready",
    "offline-unavailable",
    "wallet-registering",
    "wallet-refreshing",
    "wallet-offline",
    "wallet-next-in",
    "wallet-no-card",
    "wallet-error",
    "wallet-ready",
    "field-card_number",
    "field-family_name",
    "field-given_names",
    "field-native_name",
    "field-sex",
    "field-date_of_birth",
    "field-nationality",
    "field-passport_number",
    "field-passport_expires_on",
    "field-card_expires_on",
];

/// The script messages in the reader's language, with placeholders left for the script (`{days}`).
fn script_messages(lang: &str) -> String {
    let cat = i18n::catalog();
    let map: BTreeMap<&str, String> = SCRIPT_MESSAGES
        .iter()
        .map(|id| {
            let args = [
                ("days", i18n::ArgValue::Text("{days}".into())),
                ("seconds", i18n::ArgValue::Text("{seconds}".into())),
                ("version", i18n::ArgValue::Text("{version}".into())),
            ];
            (*id, cat.message(lang, id, &args))
        })
        .collect();
    // A JSON data block inside <script>: `</` must not close it.
    serde_json::to_string(&map)
        .unwrap_or_else(|_| "{}".into())
        .replace("</", "<\\/")
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/verify", get(verify_page).post(verify_submit))
        .route("/wallet", get(wallet))
}

async fn economy_options(state: &AppState) -> WebResult<Vec<Value>> {
    let economies = state.store.economies().await?;
    Ok(economies
        .iter()
        .map(|e| context! { code => e.code.as_str(), name => e.name.clone() })
        .collect())
}

#[derive(Deserialize)]
pub struct VerifyQuery {
    economy: Option<String>,
}

pub async fn verify_page(
    State(state): State<AppState>,
    ctx: WebCtx,
    Query(q): Query<VerifyQuery>,
) -> WebResult<Response> {
    let selected = q.economy.or_else(|| {
        ctx.principal
            .as_ref()
            .and_then(|p| p.economy())
            .map(|e| e.as_str().to_owned())
    });
    let data = context! {
        economies => economy_options(&state).await?,
        selected => selected,
        messages => script_messages(ctx.lang),
        wasm => has_wasm(),
    };
    Ok(render::page(&state, &ctx, "border/verify.html", data)?.into_response())
}

/// Verifies on the server, from the server's own trust list and status lists, exactly as the
/// offline verifier would: the fallback for browsers without JavaScript or WebAssembly.
pub async fn verify_submit(
    State(state): State<AppState>,
    ctx: WebCtx,
    ip: ClientIp,
    form: CsrfMultipart,
) -> WebResult<Response> {
    rate_limited(&state, &ip)?;
    let economy_text = form.fields.get("economy").cloned().unwrap_or_default();
    let mut problem = None;
    let text = match form
        .fields
        .get("qr")
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
    {
        Some(t) => Some(t.to_owned()),
        None => match form.files.get("image") {
            Some(upload) => match qr::decode_png(&upload.bytes) {
                Ok(found) => {
                    if found.is_empty() {
                        problem = Some("verify-no-qr-in-image");
                    }
                    found.into_iter().next()
                }
                Err(_) => {
                    problem = Some("verify-image-unreadable");
                    None
                }
            },
            None => {
                problem = Some("verify-nothing");
                None
            }
        },
    };
    let economies = state.store.economies().await?;
    let economy = EconomyCode::parse(&economy_text)
        .ok()
        .and_then(|c| economies.get(c).ok());
    let report = match (economy, text.as_deref()) {
        (Some(record), Some(text)) => Some(server_verify(&state, record, text).await?),
        (None, _) => {
            problem = Some("verify-choose-economy");
            None
        }
        _ => None,
    };
    let data = context! {
        economies => economy_options(&state).await?,
        selected => economy_text,
        qr => text,
        messages => script_messages(ctx.lang),
        wasm => has_wasm(),
        problem => problem,
        report => report.map(|r| Value::from_serialize(&r)),
    };
    Ok(render::page(&state, &ctx, "border/verify.html", data)?.into_response())
}

async fn server_verify(
    state: &AppState,
    economy: &abtc_domain::Economy,
    text: &str,
) -> WebResult<Report> {
    let (trust, lists) = crate::gate::verifier_rules(state, text)
        .await
        .map_err(|_| WebError::Internal)?;
    let policy = Policy::for_economy(economy);
    let outcome = verify::verify(text, &trust, &lists, &policy, state.clock.now());
    Ok(Report::new(&outcome, economy.code))
}

#[derive(Deserialize)]
pub struct WalletQuery {
    card: Option<String>,
}

/// The holder's virtual card: the QR with a fresh device proof (drawn by wallet.js), the names,
/// number, expiry and the economies with their stay days.
pub async fn wallet(
    State(state): State<AppState>,
    ctx: WebCtx,
    Query(q): Query<WalletQuery>,
) -> WebResult<Response> {
    let (scope, _) = ctx.require::<ApplicantScope>()?;
    let cards = state.store.my_cards(&scope).await?;
    let card = cards
        .iter()
        .filter(|c| c.status == CardStatus::Active)
        .find(|c| q.card.as_deref().is_none_or(|n| c.number.as_str() == n));
    let economies = state.store.economies().await?;
    let data = match card {
        Some(card) => {
            let application = state
                .store
                .case(
                    CaseAccess::Applicant(scope),
                    card.application,
                    state.clock.now(),
                )
                .await?
                .application;
            let form = &application.form;
            let stays: Vec<Value> = card
                .economies
                .iter()
                .map(|code| {
                    let record = economies.get(*code).ok();
                    context! {
                        code => code.as_str(),
                        name => record.map(|e| e.name.clone()),
                        stay_days => record.and_then(|e| e.stay_days),
                    }
                })
                .collect();
            context! {
                card => Value::from_serialize(card),
                family_name => form.family_name.as_ref().map(|n| n.as_str().replace('<', " ")),
                given_names => form.given_names.as_ref().map(|n| n.as_str().replace('<', " ")),
                native_name => form.native_name.as_ref().map(|n| n.as_str().to_owned()),
                stays => stays,
                messages => script_messages(ctx.lang),
                wasm => has_wasm(),
            }
        }
        None => context! { messages => script_messages(ctx.lang), wasm => has_wasm() },
    };
    Ok(render::page(&state, &ctx, "border/wallet.html", data)?.into_response())
}
