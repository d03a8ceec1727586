//! The reports API: the CSV and JSON exports carry the same figures, and another economy's report
//! carries figures only, never the personal data of the applicants behind them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

/// Figures per economy row: times (2 x 6), backlogs, issuance, inclusivity and cardholder service.
const ROW_FIGURES: usize = 35;

use std::collections::BTreeMap;

use abtc_domain::{Decision, Role};
use serde_json::Value;
use support::*;

/// The CSV export as `(section, economy, period, metric) -> value`.
fn csv_map(text: &str) -> BTreeMap<(String, String, String, String), String> {
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("section,economy,period,metric,value"));
    lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            assert_eq!(f.len(), 5, "{l}");
            (
                (f[0].into(), f[1].into(), f[2].into(), f[3].into()),
                f[4].into(),
            )
        })
        .collect()
}

/// A JSON number or null as the CSV prints it.
fn as_csv(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() => f.to_string(),
            _ => n.to_string(),
        },
        other => panic!("not a figure: {other}"),
    }
}

/// Checks every figure of the JSON report against the CSV row that should carry it; the count.
fn csv_figures_match(report: &Value, csv: &str) -> usize {
    let rows = csv_map(csv);
    let scope = report["economy"].as_str().unwrap_or("ALL").to_owned();
    let mut economies: Vec<(String, &Value)> = report["economies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["economy"].as_str().unwrap().to_owned(), r))
        .collect();
    if report["economy"].is_null() {
        economies.push(("ALL".into(), &report["total"]));
    }
    let mut checked = 0;
    for (economy, row) in economies {
        for (key, value) in row.as_object().unwrap() {
            if key == "economy" {
                continue;
            }
            let figures: Vec<(String, &Value)> = match value {
                Value::Object(inner) => inner
                    .iter()
                    .map(|(k, v)| (format!("{key}_{k}"), v))
                    .collect(),
                v => vec![(key.clone(), v)],
            };
            for (metric, v) in figures {
                let got = rows
                    .get(&(
                        "economy".into(),
                        economy.clone(),
                        String::new(),
                        metric.clone(),
                    ))
                    .unwrap_or_else(|| panic!("no CSV row for {economy} {metric}"));
                assert_eq!(*got, as_csv(v), "{economy} {metric}");
                checked += 1;
            }
        }
    }
    for (section, list, period_key) in [("month", "months", "month"), ("year", "years", "year")] {
        for m in report[list].as_array().unwrap() {
            let period = match &m[period_key] {
                Value::String(s) => s.clone(),
                v => v.to_string(),
            };
            for (key, v) in m.as_object().unwrap() {
                if key == period_key {
                    continue;
                }
                let got = &rows[&(section.into(), scope.clone(), period.clone(), key.clone())];
                assert_eq!(*got, as_csv(v), "{section} {period} {key}");
                checked += 1;
            }
        }
    }
    let total_rows = rows.len();
    assert_eq!(checked, total_rows, "every CSV row is a JSON figure");
    checked
}

#[tokio::test]
async fn csv_and_json_agree_and_other_economies_see_figures_only() {
    let server = TestServer::start().await;
    let (applicant, _) = server.applicant("report-applicant").await;
    let kor_officer = server.staff(Role::CaseOfficer, Some("KOR")).await;
    let case = approved_at_home(&applicant, &kor_officer, "KOR").await;
    server.clock.advance(time::Duration::hours(36));
    let twn_pco = server.staff(Role::PreClearanceOfficer, Some("TWN")).await;
    twn_pco
        .decide(request_to(&case, "TWN"), Decision::Approve)
        .await
        .unwrap();

    let jpn_pco = server.staff(Role::PreClearanceOfficer, Some("JPN")).await;
    let json = get(&jpn_pco, "/api/v1/reports?economy=KOR").await;
    assert_eq!(json.status, 200, "{}", json.text);
    let csv = get(&jpn_pco, "/api/v1/reports?economy=kor&format=csv").await;
    assert_eq!(csv.status, 200, "{}", csv.text);
    assert_eq!(
        csv.headers.get("content-type").unwrap(),
        "text/csv; charset=utf-8"
    );

    // Another economy's report: figures, and none of the applicant's personal data or ids.
    let application = case.application.id.to_string();
    let reference = case.application.reference.to_string();
    let request = request_to(&case, "TWN").to_string();
    for body in [&json.text, &csv.text] {
        for secret in [
            FAMILY_NAME,
            GIVEN_NAMES,
            NATIVE_NAME,
            FORM_EMAIL,
            PASSPORT_NUMBER,
            PHONE,
            application.as_str(),
            reference.as_str(),
            request.as_str(),
        ] {
            assert!(!body.contains(secret), "{secret} in the report: {body}");
        }
    }

    let report = json.json();
    let kor = &report["economies"][0];
    assert_eq!(kor["economy"], "KOR");
    assert_eq!(kor["applicants"], 1);
    assert_eq!(kor["home_review"]["decisions"], 1);
    assert_eq!(
        kor["pre_clearance_pending"], 0,
        "KOR is not asked about its own"
    );

    // The CSV holds every JSON figure of the economy rows (and the scheme's total), the months
    // and the years.
    assert_eq!(
        csv_figures_match(&report, &csv.text),
        ROW_FIGURES + 4 * report["months"].as_array().unwrap().len()
    );
    let scheme_json = get(&jpn_pco, "/api/v1/reports?format=json").await.json();
    let scheme_csv = get(&jpn_pco, "/api/v1/reports?format=csv").await.text;
    assert!(csv_figures_match(&scheme_json, &scheme_csv) > 22 * ROW_FIGURES);

    // The whole scheme, the TWN pre-clearance time of 1.5 days, and the refusals.
    let scheme = get(&jpn_pco, "/api/v1/reports").await.json();
    let twn = scheme["economies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["economy"] == "TWN")
        .unwrap();
    assert_eq!(twn["pre_clearance"]["median_days"], 1.5);
    assert_eq!(twn["requests_processed"], 1);
    let (other_applicant, _) = server.applicant("report-reader").await;
    get(&other_applicant, "/api/v1/reports")
        .await
        .assert_error(403, "forbidden", "applicant");
    get(&server.anonymous(), "/api/v1/reports")
        .await
        .assert_error(401, "unauthenticated", "anonymous");
    get(&jpn_pco, "/api/v1/reports?economy=XX1")
        .await
        .assert_error(422, "invalid_economy_code", "bad economy");
    get(&jpn_pco, "/api/v1/reports?from=2025-02-30")
        .await
        .assert_error(422, "invalid_date", "bad date");
    get(&jpn_pco, "/api/v1/reports?format=xml")
        .await
        .assert_error(422, "invalid_format", "bad format");

    // The page shows the same figures, with its charts and links to the same exports, and no
    // personal data either.
    let username = server
        .staff_account(Role::PreClearanceOfficer, Some("JPN"))
        .await;
    let mut web = support::web::WebClient::new(&server.base);
    web.login(&username, PASSWORD).await;
    let page = web.get("/reports?economy=").await;
    page.assert_ok("scheme report page");
    assert!(page.body.contains("<svg class=\"chart\" role=\"img\""));
    assert!(page.body.contains("<title id=\"chart-months-title\">"));
    assert!(page.body.contains("<th scope=\"row\">TWN</th>"));
    assert!(page.body.contains("<td>1.5</td>"), "TWN's median");
    assert!(page.body.contains("format=csv"));
    let page = web.get("/reports?economy=KOR").await;
    page.assert_ok("KOR report page");
    for secret in [
        FAMILY_NAME,
        PASSPORT_NUMBER,
        FORM_EMAIL,
        application.as_str(),
    ] {
        assert!(!page.body.contains(secret), "{secret} on the page");
    }
    server.stop().await;
}
