//! Processing, backlog, issuance, inclusivity and card-form reports, as JSON or CSV. Figures only:
//! any staff role may read any economy's report (the store's `ReportScope` answers aggregates,
//! never a name, id or per-person row), and applicants may not read them at all.

use abtc_domain::role::ReportScope;
use abtc_domain::EconomyCode;
use abtc_store::report::parse_period;
use abtc_store::{ProcessingReport, ReportQuery};
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;

use crate::error::{ApiError, ApiResult};
use crate::extract::{ApiQuery, Scoped};
use crate::state::AppState;

/// The media type of the CSV export.
pub const CSV_CONTENT_TYPE: &str = "text/csv; charset=utf-8";

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ReportParams {
    /// The economy reported on (e.g. `TWN`); the whole scheme when absent.
    pub economy: Option<String>,
    /// First day of the period (YYYY-MM-DD, UTC); a year before `to` when absent.
    pub from: Option<String>,
    /// Last day of the period, included (YYYY-MM-DD, UTC); today when absent.
    pub to: Option<String>,
    /// `json` (the default) or `csv`.
    pub format: Option<String>,
}

/// Builds the store query from request parameters: shared by the API and the report page, so both
/// read the same period the same way.
pub fn report_query(
    now: time::OffsetDateTime,
    economy: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
) -> ApiResult<ReportQuery> {
    let economy = match economy.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => Some(
            EconomyCode::parse(&s.to_ascii_uppercase())
                .map_err(|e| ApiError::unprocessable(e.code(), e.to_string()))?,
        ),
        None => None,
    };
    let (from, to) = parse_period(from, to, now.date()).map_err(|field| match field {
        "period" => ApiError::unprocessable(
            "invalid_period",
            "from must not be after to, and the period at most 30 years",
        ),
        field => {
            ApiError::unprocessable("invalid_date", format!("{field} is not a YYYY-MM-DD date"))
        }
    })?;
    Ok(ReportQuery {
        economy,
        from,
        to,
        now,
    })
}

/// The report, for the API and the page's download links alike.
pub async fn load(
    state: &AppState,
    scope: &ReportScope,
    query: ReportQuery,
) -> ApiResult<ProcessingReport> {
    Ok(state.store.processing_report(scope, query).await?)
}

/// An economy's (or the scheme's) processing times, backlog, issuance, inclusivity and virtual
/// versus physical cards over a period: aggregates only, for any staff role. `format=csv` gives the
/// same figures as long-format CSV (section, economy, period, metric, value) with a header row.
#[utoipa::path(get, path = "/api/v1/reports", tag = "reports", params(ReportParams),
    responses((status = 200, body = Object, description = "The report as JSON, or as CSV (text/csv) with format=csv"),
        (status = 401, body = abtc_api::ErrorBody), (status = 403, body = abtc_api::ErrorBody),
        (status = 404, body = abtc_api::ErrorBody), (status = 422, body = abtc_api::ErrorBody)))]
pub async fn report(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<ReportScope>,
    ApiQuery(q): ApiQuery<ReportParams>,
) -> ApiResult<Response> {
    let csv = match q.format.as_deref().unwrap_or("json") {
        "json" => false,
        "csv" => true,
        _ => {
            return Err(ApiError::unprocessable(
                "invalid_format",
                "format is json or csv",
            ))
        }
    };
    let query = report_query(
        state.clock.now(),
        q.economy.as_deref(),
        q.from.as_deref(),
        q.to.as_deref(),
    )?;
    let report = load(&state, &scope, query).await?;
    Ok(if csv {
        ([(header::CONTENT_TYPE, CSV_CONTENT_TYPE)], report.to_csv()).into_response()
    } else {
        Json(report).into_response()
    })
}
