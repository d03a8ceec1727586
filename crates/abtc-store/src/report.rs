//! The processing, backlog, issuance, inclusivity and card-form reports: their shape, the pure
//! statistics behind them (median, 90th percentile, share within target, monthly buckets) and their
//! one CSV serialization. No I/O here, so the figures are unit-tested without a database, and the
//! API, the web pages and `abtc report` all print the same numbers from the same code.
//!
//! Everything in a report is an aggregate: counts, medians, percentiles and shares per economy, per
//! month or per year. No field can hold a name, an id or a per-person row, which is why any staff
//! role may read any economy's report (see `ReportScope`).

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use abtc_domain::EconomyCode;

/// Microseconds in a day: durations are stored as unix microseconds.
const DAY_US: f64 = 86_400_000_000.0;

/// What a report covers: one economy or the whole scheme, over the days `from..=to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportQuery {
    pub economy: Option<EconomyCode>,
    pub from: Date,
    pub to: Date,
    /// "Now", for pending and overdue counts and active cards.
    pub now: OffsetDateTime,
}

impl ReportQuery {
    /// The half-open instant range `[from 00:00, to+1 00:00)` in UTC.
    pub fn instants(&self) -> (OffsetDateTime, OffsetDateTime) {
        let start = self.from.midnight().assume_utc();
        let end = self
            .to
            .next_day()
            .unwrap_or(self.to)
            .midnight()
            .assume_utc();
        (start, end)
    }
}

/// The longest period a report covers: a longer one would only produce hundreds of empty months.
pub const MAX_PERIOD_YEARS: i64 = 30;

/// The period `from..=to` from optional `YYYY-MM-DD` strings, as the API, the pages and the CLI
/// all accept it: `to` defaults to today, `from` to a year before `to`. The error names the field.
pub fn parse_period(
    from: Option<&str>,
    to: Option<&str>,
    today: Date,
) -> Result<(Date, Date), &'static str> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let day = |field: &'static str, s: &str| Date::parse(s.trim(), &format).map_err(|_| field);
    let to = match to.filter(|s| !s.trim().is_empty()) {
        Some(s) => day("to", s)?,
        None => today,
    };
    let from = match from.filter(|s| !s.trim().is_empty()) {
        Some(s) => day("from", s)?,
        None => to.saturating_sub(time::Duration::days(364)),
    };
    if from > to || (to - from).whole_days() > MAX_PERIOD_YEARS * 366 {
        return Err("period");
    }
    Ok((from, to))
}

/// How long one kind of decision took over the period.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TimeFigures {
    /// Decisions made in the period.
    pub decisions: u64,
    /// Median days from request to decision; none without decisions.
    pub median_days: Option<f64>,
    /// 90th percentile (nearest rank) of the days taken.
    pub p90_days: Option<f64>,
    /// The economy's own target; none on scheme-wide totals, where targets differ.
    pub target_days: Option<u16>,
    /// Decisions taken within the target (scheme-wide: within each deciding economy's own).
    pub within_target: Option<u64>,
    /// `within_target / decisions`, to three decimals.
    pub within_target_share: Option<f64>,
}

impl TimeFigures {
    /// The figures for the given durations (in days) against an optional target.
    pub fn of(days: &[f64], target_days: Option<u16>) -> Self {
        let mut sorted: Vec<f64> = days.iter().copied().filter(|d| d.is_finite()).collect();
        sorted.sort_by(f64::total_cmp);
        let within = target_days.map(|t| {
            let t = f64::from(t);
            u64::try_from(sorted.iter().filter(|d| **d <= t).count()).unwrap_or(u64::MAX)
        });
        let decisions = u64::try_from(sorted.len()).unwrap_or(u64::MAX);
        Self {
            decisions,
            median_days: median(&sorted).map(round1),
            p90_days: percentile(&sorted, 90).map(round1),
            target_days,
            within_target: within,
            within_target_share: within.and_then(|w| share(w, decisions)),
        }
    }
}

/// One economy's figures for the period (or, for `total`, the scheme's or the economy's sum).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EconomyFigures {
    /// None on the scheme-wide total row.
    pub economy: Option<EconomyCode>,
    /// The home economy's review of its own applicants: submission to home approval.
    pub home_review: TimeFigures,
    /// The economy's answers to requests addressed to it: request to decision.
    pub pre_clearance: TimeFigures,
    /// Applications awaiting the home review now, and those past its target.
    pub home_pending: u64,
    pub home_overdue: u64,
    /// Pre-clearance requests awaiting the economy's answer now, and those past their due date.
    pub pre_clearance_pending: u64,
    pub pre_clearance_overdue: u64,
    /// Pre-clearance requests the economy answered in the period.
    pub requests_processed: u64,
    /// Cards issued in the period (new and replacement), virtual and physical.
    pub cards_issued: u64,
    pub virtual_issued: u64,
    pub physical_issued: u64,
    /// Active cards now, virtual and physical.
    pub cards_active: u64,
    pub virtual_active: u64,
    pub physical_active: u64,
    /// Applications submitted in the period, by the applicant's sex and employer size.
    pub applicants: u64,
    pub applicants_f: u64,
    pub applicants_m: u64,
    pub applicants_x: u64,
    pub applicants_sme: u64,
    /// `applicants_sme / applicants`, to three decimals.
    pub sme_share: Option<f64>,
    /// Cardholder service: tickets routed to the economy and raised in the period, of them
    /// complaints and refund requests, and the refunds approved.
    #[serde(default)]
    pub tickets_raised: u64,
    #[serde(default)]
    pub complaints_raised: u64,
    #[serde(default)]
    pub refunds_requested: u64,
    #[serde(default)]
    pub refunds_approved: u64,
    /// Tickets not closed now, and those still unanswered past their due date.
    #[serde(default)]
    pub tickets_open: u64,
    #[serde(default)]
    pub tickets_overdue: u64,
}

/// Decisions and median time in one calendar month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MonthFigures {
    /// `YYYY-MM`.
    pub month: String,
    pub home_decisions: u64,
    pub home_median_days: Option<f64>,
    pub pre_clearance_decisions: u64,
    pub pre_clearance_median_days: Option<f64>,
}

/// Cards issued in one calendar year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearFigures {
    pub year: i32,
    pub issued: u64,
    pub virtual_issued: u64,
    pub physical_issued: u64,
}

/// A whole report: the JSON export is this, serialized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProcessingReport {
    /// The economy reported on; none for the scheme-wide report.
    pub economy: Option<EconomyCode>,
    pub from: Date,
    pub to: Date,
    /// The day pending, overdue and active figures were counted.
    pub as_of: Date,
    /// The economy's row, or every economy's row for the scheme-wide report.
    pub economies: Vec<EconomyFigures>,
    /// The sum over `economies` (with times taken over all their decisions).
    pub total: EconomyFigures,
    pub months: Vec<MonthFigures>,
    pub years: Vec<YearFigures>,
}

/// One decision's timing, as the store reads it: who decided, when it was asked and decided.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Decided {
    pub economy: EconomyCode,
    pub asked_at: OffsetDateTime,
    pub decided_at: OffsetDateTime,
}

impl Decided {
    /// Days taken, fractional: an answer in six hours is a quarter of a day, not zero or one.
    pub fn days(&self) -> f64 {
        elapsed_days(self.asked_at, self.decided_at)
    }
}

/// Fractional days from `a` to `b` (never negative).
pub fn elapsed_days(a: OffsetDateTime, b: OffsetDateTime) -> f64 {
    let us = (b - a).whole_microseconds().max(0);
    // Durations fit easily in f64's exact integer range (2^53 us is 285 years).
    #[allow(clippy::cast_precision_loss)]
    let us = us as f64;
    us / DAY_US
}

/// Median of sorted values: the middle one, or the mean of the middle two.
pub fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let hi = sorted.get(n / 2).copied()?;
    if n % 2 == 1 {
        Some(hi)
    } else {
        let lo = sorted.get(n / 2 - 1).copied()?;
        Some((lo + hi) / 2.0)
    }
}

/// The `p`th percentile of sorted values by nearest rank: the smallest value with at least p% of
/// the values at or below it. Nearest rank always names a real duration, which is what a reader
/// of "90% of requests were answered within N days" expects.
pub fn percentile(sorted: &[f64], p: u32) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let p = usize::try_from(p.min(100)).unwrap_or(100);
    let rank = (p * n).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}

/// `part / whole` to three decimals; none when `whole` is zero.
pub fn share(part: u64, whole: u64) -> Option<f64> {
    if whole == 0 {
        return None;
    }
    #[allow(clippy::cast_precision_loss)]
    let r = part as f64 / whole as f64;
    Some((r * 1000.0).round() / 1000.0)
}

/// Rounds to one decimal, the precision reports print days in.
pub fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// `YYYY-MM` of an instant (UTC).
pub fn month_of(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!("{:04}-{:02}", t.year(), u8::from(t.month()))
}

/// Every month from `from` to `to` inclusive, so that a month without decisions shows as zero
/// rather than disappearing from the trend.
pub fn months_between(from: Date, to: Date) -> Vec<String> {
    let mut out = Vec::new();
    let (mut y, mut m) = (from.year(), u8::from(from.month()));
    let (ty, tm) = (to.year(), u8::from(to.month()));
    while (y, m) <= (ty, tm) {
        out.push(format!("{y:04}-{m:02}"));
        if m == 12 {
            y += 1;
            m = 1;
        } else {
            m += 1;
        }
    }
    out
}

/// Monthly trend of home and pre-clearance decisions over the period.
pub fn monthly(from: Date, to: Date, home: &[Decided], pre: &[Decided]) -> Vec<MonthFigures> {
    months_between(from, to)
        .into_iter()
        .map(|month| {
            let days = |ds: &[Decided]| -> Vec<f64> {
                let mut v: Vec<f64> = ds
                    .iter()
                    .filter(|d| month_of(d.decided_at) == month)
                    .map(Decided::days)
                    .collect();
                v.sort_by(f64::total_cmp);
                v
            };
            let h = days(home);
            let p = days(pre);
            MonthFigures {
                home_decisions: u64::try_from(h.len()).unwrap_or(u64::MAX),
                home_median_days: median(&h).map(round1),
                pre_clearance_decisions: u64::try_from(p.len()).unwrap_or(u64::MAX),
                pre_clearance_median_days: median(&p).map(round1),
                month,
            }
        })
        .collect()
}

/// Sums the count fields of economy rows into a total row (times are computed separately, over all
/// the decisions, because medians do not add).
pub fn sum_counts(rows: &[EconomyFigures]) -> EconomyFigures {
    let mut t = EconomyFigures::default();
    for r in rows {
        t.home_pending += r.home_pending;
        t.home_overdue += r.home_overdue;
        t.pre_clearance_pending += r.pre_clearance_pending;
        t.pre_clearance_overdue += r.pre_clearance_overdue;
        t.requests_processed += r.requests_processed;
        t.cards_issued += r.cards_issued;
        t.virtual_issued += r.virtual_issued;
        t.physical_issued += r.physical_issued;
        t.cards_active += r.cards_active;
        t.virtual_active += r.virtual_active;
        t.physical_active += r.physical_active;
        t.applicants += r.applicants;
        t.applicants_f += r.applicants_f;
        t.applicants_m += r.applicants_m;
        t.applicants_x += r.applicants_x;
        t.applicants_sme += r.applicants_sme;
        t.tickets_raised += r.tickets_raised;
        t.complaints_raised += r.complaints_raised;
        t.refunds_requested += r.refunds_requested;
        t.refunds_approved += r.refunds_approved;
        t.tickets_open += r.tickets_open;
        t.tickets_overdue += r.tickets_overdue;
    }
    t.sme_share = share(t.applicants_sme, t.applicants);
    t
}

/// One line of the CSV export: which part of the report, for which economy (or `ALL`) and period
/// (a month, a year or empty), which figure, and its value (empty when there is none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRow {
    pub section: &'static str,
    pub economy: String,
    pub period: String,
    pub metric: &'static str,
    pub value: String,
}

/// The CSV header.
pub const CSV_HEADER: &str = "section,economy,period,metric,value";

fn num(v: u64) -> String {
    v.to_string()
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

impl ProcessingReport {
    /// The report as long-format rows: the one flattening that the CSV export and the CLI's text
    /// output share, so neither can drift from the JSON.
    pub fn rows(&self) -> Vec<ReportRow> {
        let scope = self
            .economy
            .map(|e| e.to_string())
            .unwrap_or_else(|| "ALL".to_owned());
        let mut out = Vec::new();
        // One economy's total is its own row again: only the scheme-wide report prints it.
        let total = self.economy.is_none().then_some(&self.total);
        for f in self.economies.iter().chain(total) {
            let economy = f
                .economy
                .map(|e| e.to_string())
                .unwrap_or_else(|| "ALL".to_owned());
            let mut push = |metric: &'static str, value: String| {
                out.push(ReportRow {
                    section: "economy",
                    economy: economy.clone(),
                    period: String::new(),
                    metric,
                    value,
                });
            };
            for (prefix, t) in [
                ("home_review", &f.home_review),
                ("pre_clearance", &f.pre_clearance),
            ] {
                let m = |suffix: &str| -> &'static str { metric_name(prefix, suffix) };
                push(m("decisions"), num(t.decisions));
                push(m("median_days"), opt(t.median_days));
                push(m("p90_days"), opt(t.p90_days));
                push(m("target_days"), opt(t.target_days));
                push(m("within_target"), opt(t.within_target));
                push(m("within_target_share"), opt(t.within_target_share));
            }
            push("home_pending", num(f.home_pending));
            push("home_overdue", num(f.home_overdue));
            push("pre_clearance_pending", num(f.pre_clearance_pending));
            push("pre_clearance_overdue", num(f.pre_clearance_overdue));
            push("requests_processed", num(f.requests_processed));
            push("cards_issued", num(f.cards_issued));
            push("virtual_issued", num(f.virtual_issued));
            push("physical_issued", num(f.physical_issued));
            push("cards_active", num(f.cards_active));
            push("virtual_active", num(f.virtual_active));
            push("physical_active", num(f.physical_active));
            push("applicants", num(f.applicants));
            push("applicants_f", num(f.applicants_f));
            push("applicants_m", num(f.applicants_m));
            push("applicants_x", num(f.applicants_x));
            push("applicants_sme", num(f.applicants_sme));
            push("sme_share", opt(f.sme_share));
            push("tickets_raised", num(f.tickets_raised));
            push("complaints_raised", num(f.complaints_raised));
            push("refunds_requested", num(f.refunds_requested));
            push("refunds_approved", num(f.refunds_approved));
            push("tickets_open", num(f.tickets_open));
            push("tickets_overdue", num(f.tickets_overdue));
        }
        for m in &self.months {
            let mut push = |metric: &'static str, value: String| {
                out.push(ReportRow {
                    section: "month",
                    economy: scope.clone(),
                    period: m.month.clone(),
                    metric,
                    value,
                });
            };
            push("home_decisions", num(m.home_decisions));
            push("home_median_days", opt(m.home_median_days));
            push("pre_clearance_decisions", num(m.pre_clearance_decisions));
            push(
                "pre_clearance_median_days",
                opt(m.pre_clearance_median_days),
            );
        }
        for y in &self.years {
            let mut push = |metric: &'static str, value: String| {
                out.push(ReportRow {
                    section: "year",
                    economy: scope.clone(),
                    period: y.year.to_string(),
                    metric,
                    value,
                });
            };
            push("issued", num(y.issued));
            push("virtual_issued", num(y.virtual_issued));
            push("physical_issued", num(y.physical_issued));
        }
        out
    }

    /// The CSV export (RFC 4180, header row first). Every field is a code, a number or a fixed
    /// name, so none needs quoting; quoting is applied anyway should that ever change.
    pub fn to_csv(&self) -> String {
        let mut s = String::from(CSV_HEADER);
        s.push_str("\r\n");
        for r in self.rows() {
            let fields = [r.section, &r.economy, &r.period, r.metric, &r.value];
            let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            s.push_str(&line.join(","));
            s.push_str("\r\n");
        }
        s
    }

    /// The row for one economy, if the report has it.
    pub fn economy_row(&self, code: EconomyCode) -> Option<&EconomyFigures> {
        self.economies.iter().find(|f| f.economy == Some(code))
    }
}

fn metric_name(prefix: &str, suffix: &str) -> &'static str {
    match (prefix, suffix) {
        ("home_review", "decisions") => "home_review_decisions",
        ("home_review", "median_days") => "home_review_median_days",
        ("home_review", "p90_days") => "home_review_p90_days",
        ("home_review", "target_days") => "home_review_target_days",
        ("home_review", "within_target") => "home_review_within_target",
        ("home_review", "within_target_share") => "home_review_within_target_share",
        ("pre_clearance", "decisions") => "pre_clearance_decisions",
        ("pre_clearance", "median_days") => "pre_clearance_median_days",
        ("pre_clearance", "p90_days") => "pre_clearance_p90_days",
        ("pre_clearance", "target_days") => "pre_clearance_target_days",
        ("pre_clearance", "within_target") => "pre_clearance_within_target",
        _ => "pre_clearance_within_target_share",
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn periods_default_to_the_last_year() {
        let today = date!(2026 - 03 - 10);
        assert_eq!(
            parse_period(None, None, today),
            Ok((date!(2025 - 03 - 11), today))
        );
        assert_eq!(
            parse_period(Some("2026-01-01"), Some(""), today),
            Ok((date!(2026 - 01 - 01), today))
        );
        assert_eq!(parse_period(Some("x"), None, today), Err("from"));
        assert_eq!(parse_period(None, Some("2026-13-01"), today), Err("to"));
        assert_eq!(
            parse_period(Some("2026-02-01"), Some("2026-01-01"), today),
            Err("period")
        );
        assert_eq!(parse_period(Some("1900-01-01"), None, today), Err("period"));
    }

    #[test]
    fn median_and_percentile() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0]), Some(3.0));
        assert_eq!(median(&[1.0, 2.0, 4.0, 9.0]), Some(3.0));
        let v: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!(percentile(&v, 90), Some(9.0));
        assert_eq!(percentile(&v, 100), Some(10.0));
        assert_eq!(percentile(&[5.0], 90), Some(5.0));
        assert_eq!(percentile(&[], 90), None);
    }

    #[test]
    fn time_figures_count_within_target() {
        let f = TimeFigures::of(&[10.0, 2.0, 5.0, 30.5], Some(10));
        assert_eq!(f.decisions, 4);
        assert_eq!(f.median_days, Some(7.5));
        assert_eq!(f.p90_days, Some(30.5));
        assert_eq!(f.within_target, Some(3));
        assert_eq!(f.within_target_share, Some(0.75));
        let none = TimeFigures::of(&[], None);
        assert_eq!(none.median_days, None);
        assert_eq!(none.within_target_share, None);
    }

    #[test]
    fn days_are_fractional() {
        let a = datetime!(2026-01-01 00:00 UTC);
        assert_eq!(elapsed_days(a, datetime!(2026-01-01 06:00 UTC)), 0.25);
        assert_eq!(elapsed_days(datetime!(2026-01-02 00:00 UTC), a), 0.0);
    }

    #[test]
    fn months_cover_the_period() {
        assert_eq!(
            months_between(date!(2025 - 11 - 20), date!(2026 - 02 - 01)),
            vec!["2025-11", "2025-12", "2026-01", "2026-02"]
        );
        let e = EconomyCode::parse("TWN").unwrap();
        let d = |asked, decided| Decided {
            economy: e,
            asked_at: asked,
            decided_at: decided,
        };
        let pre = [
            d(
                datetime!(2025-11-01 00:00 UTC),
                datetime!(2025-11-03 00:00 UTC),
            ),
            d(
                datetime!(2025-11-01 00:00 UTC),
                datetime!(2025-11-05 00:00 UTC),
            ),
            d(
                datetime!(2025-12-01 00:00 UTC),
                datetime!(2026-01-01 00:00 UTC),
            ),
        ];
        let m = monthly(date!(2025 - 11 - 01), date!(2026 - 01 - 31), &[], &pre);
        assert_eq!(m.len(), 3);
        assert_eq!(m[0].pre_clearance_decisions, 2);
        assert_eq!(m[0].pre_clearance_median_days, Some(3.0));
        assert_eq!(m[1].pre_clearance_decisions, 0);
        assert_eq!(m[2].pre_clearance_median_days, Some(31.0));
    }

    #[test]
    fn csv_has_a_header_and_one_row_per_figure() {
        let r = ProcessingReport {
            economy: None,
            from: date!(2026 - 01 - 01),
            to: date!(2026 - 01 - 31),
            as_of: date!(2026 - 02 - 01),
            economies: vec![],
            total: sum_counts(&[]),
            months: months_between(date!(2026 - 01 - 01), date!(2026 - 01 - 31))
                .into_iter()
                .map(|month| MonthFigures {
                    month,
                    home_decisions: 1,
                    home_median_days: Some(2.5),
                    pre_clearance_decisions: 0,
                    pre_clearance_median_days: None,
                })
                .collect(),
            years: vec![],
        };
        let csv = r.to_csv();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], CSV_HEADER);
        assert_eq!(lines.len(), 1 + r.rows().len());
        assert!(lines.contains(&"month,ALL,2026-01,home_median_days,2.5"));
        assert!(lines.contains(&"month,ALL,2026-01,pre_clearance_median_days,"));
        assert_eq!(csv_field("a,b"), "\"a,b\"");
    }
}
