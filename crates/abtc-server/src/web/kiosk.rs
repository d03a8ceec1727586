//! The kiosk page (`/kiosk`) for an economy's border officers: the passport's zone, the virtual
//! card's QR (text or picture) and optionally the live and chip photos go in; the e-gate's
//! decision comes out, with its reasons in the officer's language. The same engine and rules as
//! `POST /api/v1/border/gate` (`crate::gate::decide`); nothing about the traveller is kept.

use abtc_border::gate::{FaceResult, GateDecision, GateInput, GateReason};
use abtc_credential::qr;
use abtc_domain::role::BorderScope;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use minijinja::{context, Value};

use super::context::WebCtx;
use super::error::{WebError, WebResult};
use super::forms::CsrfMultipart;
use super::i18n::ArgValue;
use super::pages::message;
use super::render;
use crate::routes::border::{check_sizes, MAX_IMAGE_BYTES};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/kiosk", get(kiosk_page).post(kiosk_decide))
}

/// One reason in the officer's language; the zone's reasons name the field that failed.
fn reason_text(ctx: &WebCtx, reason: &GateReason) -> String {
    match reason {
        GateReason::MrzInvalid {
            field: Some(field), ..
        } => message(
            ctx,
            "gate-reason-mrz_invalid_field",
            &[(
                "field",
                ArgValue::Text(ctx.t(&format!("mrz-field-{}", field.code()))),
            )],
        ),
        other => ctx.t(&format!("gate-reason-{}", other.code())),
    }
}

fn face_text(ctx: &WebCtx, face: &FaceResult) -> String {
    let distance = |d: f32| ArgValue::Text(format!("{d:.2}"));
    match face {
        FaceResult::Matched { distance: d } => {
            message(ctx, "kiosk-face-matched", &[("distance", distance(*d))])
        }
        FaceResult::NotMatched { distance: d } => {
            message(ctx, "kiosk-face-not-matched", &[("distance", distance(*d))])
        }
        FaceResult::NotChecked => ctx.t("kiosk-face-not-checked"),
        FaceResult::Error { .. } => ctx.t("kiosk-face-error"),
    }
}

async fn page(
    state: &AppState,
    ctx: &WebCtx,
    scope: BorderScope,
    typed: Value,
    decision: Option<&GateDecision>,
    problem: Option<&str>,
) -> WebResult<Response> {
    let economies = state.store.economies().await?;
    let economy = economies.get(scope.economy())?;
    let stats = crate::gate::stats(state, scope.economy()).snapshot();
    let result = decision.map(|d| {
        context! {
            open => d.is_open(),
            stay_days => d.stay_days,
            reasons => d.reasons.iter().map(|r| reason_text(ctx, r)).collect::<Vec<_>>(),
            face => face_text(ctx, &d.face),
        }
    });
    let data = context! {
        economy => economy.name.clone(),
        typed => typed,
        result => result,
        problem => problem,
        face_step => state.face.is_some(),
        stats => context! {
            decisions => stats.stats.decisions,
            opened => stats.stats.opened,
            referred => stats.stats.referred,
            mean => stats.mean_latency_us,
        },
    };
    let status = if problem.is_some() {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    Ok((status, render::page(state, ctx, "border/kiosk.html", data)?).into_response())
}

pub async fn kiosk_page(State(state): State<AppState>, ctx: WebCtx) -> WebResult<Response> {
    let (scope, _) = ctx.require::<BorderScope>()?;
    page(&state, &ctx, scope, Value::UNDEFINED, None, None).await
}

pub async fn kiosk_decide(
    State(state): State<AppState>,
    ctx: WebCtx,
    form: CsrfMultipart,
) -> WebResult<Response> {
    let (scope, _) = ctx.require::<BorderScope>()?;
    let field = |name: &str| form.fields.get(name).map(|s| s.trim().to_owned());
    let mrz = field("mrz").unwrap_or_default();
    let mut qr_text = field("qr").unwrap_or_default();
    let typed = context! { mrz => mrz.clone(), qr => qr_text.clone() };
    if qr_text.is_empty() {
        if let Some(upload) = form.files.get("qr_image") {
            match qr::decode_png(&upload.bytes) {
                Ok(found) => qr_text = found.into_iter().next().unwrap_or_default(),
                Err(_) => {
                    return page(
                        &state,
                        &ctx,
                        scope,
                        typed,
                        None,
                        Some("verify-image-unreadable"),
                    )
                    .await
                }
            }
        }
    }
    if check_sizes(&mrz, &qr_text).is_err() {
        return page(&state, &ctx, scope, typed, None, Some("kiosk-missing")).await;
    }
    let image = |name: &str| {
        form.files
            .get(name)
            .map(|u| u.bytes.as_ref())
            .filter(|b| !b.is_empty())
    };
    let (live, chip) = (image("live_face"), image("chip_photo"));
    if [live, chip]
        .iter()
        .flatten()
        .any(|b| b.len() > MAX_IMAGE_BYTES)
    {
        return page(
            &state,
            &ctx,
            scope,
            typed,
            None,
            Some("kiosk-image-too-large"),
        )
        .await;
    }
    let economies = state.store.economies().await?;
    let economy = economies.get(scope.economy())?;
    let input = GateInput {
        mrz: &mrz,
        qr: &qr_text,
        live_face: live,
        chip_photo: chip,
    };
    let decision = crate::gate::decide(&state, economy, &input)
        .await
        .map_err(|_| WebError::Internal)?;
    page(&state, &ctx, scope, typed, Some(&decision), None).await
}
