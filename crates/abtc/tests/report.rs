#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! `abtc report` on the demo's data: real figures, and the CSV and JSON formats print the same ones
//! (they are the API's exports, serialized by one function in abtc-store).

use std::collections::BTreeMap;
use std::process::Command;

use serde_json::Value;

fn abtc(args: &[&str], dir: &std::path::Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_abtc"))
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env("ABTC_PASSWORD_COST__MEMORY_KIB", "1024")
        .env("ABTC_PASSWORD_COST__ITERATIONS", "1")
        .env("ABTC_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "abtc {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn as_csv(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Number(n) if n.is_f64() => n.as_f64().unwrap().to_string(),
        Value::Number(n) => n.to_string(),
        other => panic!("not a figure: {other}"),
    }
}

#[test]
fn report_csv_and_json_agree_on_demo_data() {
    let dir = tempfile::tempdir().unwrap();
    abtc(
        &[
            "demo",
            "--no-serve",
            "--listen",
            "127.0.0.1:0",
            "--applications",
            "60",
        ],
        dir.path(),
    );
    let csv = abtc(
        &["report", "--economy", "TWN", "--format", "csv"],
        dir.path(),
    );
    let json: Value = serde_json::from_str(&abtc(
        &["report", "--economy", "twn", "--format", "json"],
        dir.path(),
    ))
    .unwrap();

    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("section,economy,period,metric,value"));
    let rows: BTreeMap<(String, String, String), String> = lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            assert_eq!(f.len(), 5, "{l}");
            ((f[0].into(), f[2].into(), f[3].into()), f[4].into())
        })
        .collect();
    assert!(csv
        .lines()
        .skip(1)
        .all(|l| l.split(',').nth(1) == Some("TWN")));

    let twn = &json["economies"][0];
    assert_eq!(twn["economy"], "TWN");
    let mut checked = 0;
    for (key, value) in twn.as_object().unwrap() {
        let figures: Vec<(String, &Value)> = match value {
            Value::Object(inner) => inner
                .iter()
                .map(|(k, v)| (format!("{key}_{k}"), v))
                .collect(),
            Value::String(_) => continue,
            v => vec![(key.clone(), v)],
        };
        for (metric, v) in figures {
            let got = &rows[&("economy".into(), String::new(), metric.clone())];
            assert_eq!(*got, as_csv(v), "{metric}");
            checked += 1;
        }
    }
    for m in json["months"].as_array().unwrap() {
        let month = m["month"].as_str().unwrap().to_owned();
        for key in [
            "home_decisions",
            "home_median_days",
            "pre_clearance_decisions",
            "pre_clearance_median_days",
        ] {
            assert_eq!(
                rows[&("month".into(), month.clone(), key.into())],
                as_csv(&m[key]),
                "{month} {key}"
            );
            checked += 1;
        }
    }
    for y in json["years"].as_array().unwrap() {
        let year = y["year"].to_string();
        for key in ["issued", "virtual_issued", "physical_issued"] {
            assert_eq!(
                rows[&("year".into(), year.clone(), key.into())],
                as_csv(&y[key])
            );
            checked += 1;
        }
    }
    assert_eq!(checked, rows.len(), "every CSV row is a JSON figure");

    // The demo's data gives real numbers: TWN answers pre-clearances and issues cards.
    assert!(
        twn["pre_clearance"]["decisions"].as_u64().unwrap() > 0,
        "{twn}"
    );
    assert!(twn["pre_clearance"]["median_days"].as_f64().unwrap() > 0.0);
    assert!(twn["cards_active"].as_u64().unwrap() > 0);
    let months = json["months"].as_array().unwrap().len();
    assert!(
        (12..=13).contains(&months),
        "a year is 12 or 13 calendar months: {months}"
    );

    // The text format prints the same median.
    let text = abtc(&["report", "--economy", "TWN"], dir.path());
    let median = as_csv(&twn["pre_clearance"]["median_days"]);
    assert!(
        text.lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>()
                == ["pre_clearance_median_days", median.as_str()]),
        "{text}"
    );

    // The whole scheme covers all 21 economies and sums them.
    let scheme: Value =
        serde_json::from_str(&abtc(&["report", "--format", "json"], dir.path())).unwrap();
    let economies = scheme["economies"].as_array().unwrap();
    assert_eq!(economies.len(), 21);
    let issued: u64 = economies
        .iter()
        .map(|e| e["cards_issued"].as_u64().unwrap())
        .sum();
    assert_eq!(scheme["total"]["cards_issued"].as_u64().unwrap(), issued);
    assert!(issued > 0);
}

/// `abtc purge` with short retention periods on the demo's data: finished applications lose their
/// personal data, every report figure stays the same, and the audit chain still verifies.
#[test]
fn purge_keeps_the_figures_and_the_audit_chain() {
    let dir = tempfile::tempdir().unwrap();
    abtc(
        &[
            "demo",
            "--no-serve",
            "--listen",
            "127.0.0.1:0",
            "--applications",
            "60",
        ],
        dir.path(),
    );
    let report =
        |dir: &std::path::Path| abtc(&["report", "--from", "2000-01-01", "--format", "json"], dir);
    let before = report(dir.path());
    let purge = |dir: &std::path::Path| -> Value {
        let out = Command::new(env!("CARGO_BIN_EXE_abtc"))
            .args(["purge", "--json", "--data-dir"])
            .arg(dir)
            .env("ABTC_LOG", "warn")
            .env("ABTC_RETENTION__REJECTED_DAYS", "30")
            .env("ABTC_RETENTION__WITHDRAWN_DAYS", "30")
            .env("ABTC_RETENTION__DRAFT_DAYS", "30")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let first = purge(dir.path());
    let purged = ["rejected", "withdrawn", "drafts"]
        .iter()
        .map(|k| first[k].as_u64().unwrap())
        .sum::<u64>();
    assert!(
        purged > 0,
        "the demo has finished applications older than 30 days: {first}"
    );
    assert_eq!(purge(dir.path())["rejected"], 0, "purged once");
    assert_eq!(report(dir.path()), before, "the figures are intact");
    let verified = Command::new(env!("CARGO_BIN_EXE_abtc"))
        .args(["audit", "verify", "--data-dir"])
        .arg(dir.path())
        .env("ABTC_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        verified.status.success(),
        "{}",
        String::from_utf8_lossy(&verified.stdout)
    );
    // A period under 30 days is refused with a message, not applied.
    let refused = Command::new(env!("CARGO_BIN_EXE_abtc"))
        .args(["purge", "--data-dir"])
        .arg(dir.path())
        .env("ABTC_RETENTION__REJECTED_DAYS", "3")
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("at least 30 days"));
}
