//! The report page (`/reports`) for every staff role: one economy's or the whole scheme's
//! processing times, backlog, issuance, inclusivity and card forms over a period, as tables and as
//! charts drawn here as inline SVG (no script), each chart with a title, a description and a table
//! giving the same figures for readers who cannot see it. The figures come from the same store call
//! as `GET /api/v1/reports`, and the download links point at that route, so the page, the CSV and
//! the JSON cannot disagree.

use std::fmt::Write as _;

use abtc_domain::role::ReportScope;
use abtc_store::report::{EconomyFigures, MonthFigures};
use abtc_store::ProcessingReport;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use minijinja::{context, Value};
use serde::Deserialize;

use super::context::{urlencode, WebCtx};
use super::error::WebResult;
use super::i18n::ArgValue;
use super::pages::{filled, message};
use super::render;
use crate::routes::reports::{load, report_query};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/reports", get(reports_page))
}

/// The filter form. `economy` absent means the caller's own economy (scheme-wide for scheme roles);
/// present but empty means the whole scheme.
#[derive(Debug, Default, Deserialize)]
pub struct ReportForm {
    economy: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

pub async fn reports_page(
    State(state): State<AppState>,
    ctx: WebCtx,
    Query(q): Query<ReportForm>,
) -> WebResult<Response> {
    let (scope, principal) = ctx.require::<ReportScope>()?;
    let economy = match &q.economy {
        None => principal.economy().map(|e| e.to_string()),
        Some(_) => filled(&q.economy).map(str::to_owned),
    };
    let now = state.clock.now();
    let (query, error) = match report_query(now, economy.as_deref(), filled(&q.from), filled(&q.to))
    {
        Ok(query) => (query, None),
        // A mistyped date or economy shows the form again with the problem, over the default
        // report (the caller's own economy, the last year), rather than an error page.
        Err(_) => (
            report_query(
                now,
                principal.economy().map(|e| e.to_string()).as_deref(),
                None,
                None,
            )?,
            Some(ctx.t("reports-invalid")),
        ),
    };
    let report = load(&state, &scope, query).await?;
    let economies: Vec<String> = state
        .store
        .economies()
        .await?
        .iter()
        .map(|e| e.code.to_string())
        .collect();
    let selected = report.economy.map(|e| e.to_string()).unwrap_or_default();
    let api = format!(
        "/api/v1/reports?economy={}&from={}&to={}",
        urlencode(&selected),
        report.from,
        report.to
    );
    let period = message(
        &ctx,
        "reports-period",
        &[
            (
                "economy",
                ArgValue::Text(if selected.is_empty() {
                    ctx.t("reports-all-economies")
                } else {
                    selected.clone()
                }),
            ),
            ("from", ArgValue::Text(report.from.to_string())),
            ("to", ArgValue::Text(report.to.to_string())),
            ("as_of", ArgValue::Text(report.as_of.to_string())),
        ],
    );
    let data = context! {
        report => Value::from_serialize(&report),
        economies => economies,
        selected => selected,
        from => report.from.to_string(),
        to => report.to.to_string(),
        error => error,
        period => period,
        csv_link => format!("{api}&format=csv"),
        json_link => format!("{api}&format=json"),
        months_chart => Value::from_safe_string(months_chart(&ctx, &report.months)),
        median_chart => Value::from_safe_string(median_chart(&ctx, &report)),
    };
    Ok(render::page(&state, &ctx, "reports.html", data)?.into_response())
}

/// Text for SVG: the translated titles may contain `<` or `&`.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Chart geometry, in SVG user units.
const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 240.0;
const LEFT: f64 = 40.0;
const BOTTOM: f64 = 40.0;
const TOP: f64 = 16.0;

/// A round axis maximum at or above `v`, so that the scale reads easily.
fn axis_max(v: f64) -> f64 {
    let v = v.max(1.0);
    let magnitude = 10f64.powf(v.log10().floor());
    for step in [1.0, 2.0, 5.0, 10.0] {
        if step * magnitude >= v {
            return step * magnitude;
        }
    }
    10.0 * magnitude
}

fn y_of(v: f64, max: f64) -> f64 {
    TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - (v / max).clamp(0.0, 1.0))
}

/// The frame: title and description for assistive technology, the axis and its top label.
fn open_svg(out: &mut String, id: &str, title: &str, desc: &str, max: f64) {
    let _ = write!(
        out,
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>\
         <line class=\"axis\" x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{b}\"/>\
         <line class=\"axis\" x1=\"{LEFT}\" y1=\"{b}\" x2=\"{WIDTH}\" y2=\"{b}\"/>\
         <text class=\"tick\" x=\"{tx}\" y=\"{ty}\" text-anchor=\"end\">{max}</text>\
         <text class=\"tick\" x=\"{tx}\" y=\"{b}\" text-anchor=\"end\">0</text>",
        esc(title),
        esc(desc),
        b = HEIGHT - BOTTOM,
        tx = LEFT - 4.0,
        ty = TOP + 4.0,
    );
}

fn bar(out: &mut String, class: &str, x: f64, w: f64, v: f64, max: f64, label: &str) {
    let y = y_of(v, max);
    let _ = write!(
        out,
        "<rect class=\"{class}\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\">\
         <title>{}</title></rect>",
        esc(label),
        h = (HEIGHT - BOTTOM - y).max(0.0),
    );
}

fn x_label(out: &mut String, x: f64, text: &str) {
    let _ = write!(
        out,
        "<text class=\"label\" x=\"{x:.1}\" y=\"{y}\" text-anchor=\"middle\">{}</text>",
        esc(text),
        y = HEIGHT - BOTTOM + 16.0,
    );
}

/// Grouped bars: home and pre-clearance decisions per month.
fn months_chart(ctx: &WebCtx, months: &[MonthFigures]) -> String {
    #[allow(clippy::cast_precision_loss)]
    let max = axis_max(
        months
            .iter()
            .map(|m| m.home_decisions.max(m.pre_clearance_decisions) as f64)
            .fold(0.0, f64::max),
    );
    let mut out = String::new();
    open_svg(
        &mut out,
        "chart-months",
        &ctx.t("reports-chart-months-title"),
        &ctx.t("reports-chart-months-desc"),
        max,
    );
    #[allow(clippy::cast_precision_loss)]
    let slot = (WIDTH - LEFT) / months.len().max(1) as f64;
    let w = (slot * 0.4).min(24.0);
    let (home, pre) = (ctx.t("reports-legend-home"), ctx.t("reports-legend-pre"));
    #[allow(clippy::cast_precision_loss)]
    for (i, m) in months.iter().enumerate() {
        let x = LEFT + slot * i as f64 + slot / 2.0;
        let hv = m.home_decisions as f64;
        let pv = m.pre_clearance_decisions as f64;
        bar(
            &mut out,
            "bar-home",
            x - w,
            w,
            hv,
            max,
            &format!("{} · {home}: {hv}", m.month),
        );
        bar(
            &mut out,
            "bar-pre",
            x,
            w,
            pv,
            max,
            &format!("{} · {pre}: {pv}", m.month),
        );
        // Every label when they fit; otherwise every third month.
        if months.len() <= 12 || i % 3 == 0 {
            x_label(&mut out, x, m.month.get(2..).unwrap_or(&m.month));
        }
    }
    legend(&mut out, &[("bar-home", &home), ("bar-pre", &pre)]);
    out.push_str("</svg>");
    out
}

fn legend(out: &mut String, items: &[(&str, &str)]) {
    let mut x = LEFT + 8.0;
    for (class, text) in items {
        let _ = write!(
            out,
            "<rect class=\"{class}\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"10\" height=\"10\"/>\
             <text class=\"legend\" x=\"{tx:.1}\" y=\"{ty:.1}\">{}</text>",
            esc(text),
            y = HEIGHT - 14.0,
            tx = x + 14.0,
            ty = HEIGHT - 5.0,
        );
        x += 30.0 + 8.0 * f64::from(u32::try_from(text.chars().count()).unwrap_or(20));
    }
}

/// Median days per economy (pre-clearance answers; for one economy, its home review and its
/// answers), each bar with its target marked.
fn median_chart(ctx: &WebCtx, report: &ProcessingReport) -> String {
    let items: Vec<(String, Option<f64>, Option<u16>)> = match report.economy {
        Some(_) => {
            let f: &EconomyFigures = &report.total;
            vec![
                (
                    ctx.t("reports-legend-home"),
                    f.home_review.median_days,
                    f.home_review.target_days,
                ),
                (
                    ctx.t("reports-legend-pre"),
                    f.pre_clearance.median_days,
                    f.pre_clearance.target_days,
                ),
            ]
        }
        None => report
            .economies
            .iter()
            .map(|f| {
                (
                    f.economy.map(|e| e.to_string()).unwrap_or_default(),
                    f.pre_clearance.median_days,
                    f.pre_clearance.target_days,
                )
            })
            .collect(),
    };
    let max = axis_max(
        items
            .iter()
            .map(|(_, m, t)| m.unwrap_or(0.0).max(t.map(f64::from).unwrap_or(0.0)))
            .fold(0.0, f64::max),
    );
    let mut out = String::new();
    open_svg(
        &mut out,
        "chart-median",
        &ctx.t("reports-chart-median-title"),
        &ctx.t("reports-chart-median-desc"),
        max,
    );
    #[allow(clippy::cast_precision_loss)]
    let slot = (WIDTH - LEFT) / items.len().max(1) as f64;
    let w = (slot * 0.6).min(48.0);
    let (none, target) = (ctx.t("reports-none"), ctx.t("reports-legend-target"));
    #[allow(clippy::cast_precision_loss)]
    for (i, (label, median, t)) in items.iter().enumerate() {
        let x = LEFT + slot * i as f64 + slot / 2.0;
        let shown = median
            .map(|m| m.to_string())
            .unwrap_or_else(|| none.clone());
        let tip = match t {
            Some(t) => format!("{label}: {shown} ({target}: {t})"),
            None => format!("{label}: {shown}"),
        };
        bar(
            &mut out,
            "bar-pre",
            x - w / 2.0,
            w,
            median.unwrap_or(0.0),
            max,
            &tip,
        );
        if let Some(t) = t {
            let y = y_of(f64::from(*t), max);
            let _ = write!(
                out,
                "<line class=\"target\" x1=\"{:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\"/>",
                x - w / 2.0 - 3.0,
                x + w / 2.0 + 3.0,
            );
        }
        x_label(&mut out, x, label);
    }
    legend(
        &mut out,
        &[
            ("bar-pre", &ctx.t("reports-chart-median-bar")),
            ("target", &target),
        ],
    );
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_maxima_are_round() {
        assert_eq!(axis_max(0.0), 1.0);
        assert_eq!(axis_max(7.0), 10.0);
        assert_eq!(axis_max(14.0), 20.0);
        assert_eq!(axis_max(30.5), 50.0);
        assert_eq!(axis_max(100.0), 100.0);
    }

    #[test]
    fn svg_text_is_escaped() {
        assert_eq!(esc("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
