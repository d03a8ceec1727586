#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Issue 6's acceptance check on the demo: a cardholder's passport zone and QR (as the demo writes
//! them to DATA_DIR/cards) open the gate of every economy that pre-cleared them and of no other;
//! the same QR with another passport's zone, an expired passport, or after the card is cancelled
//! (revoked), and an economy that did not pre-clear them, refer the traveller with the right reason;
//! a gate that holds no status list for the card's issuer refers too, unless told otherwise.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use abtc_border::mrz::write::{td3, Td3Fields};
use abtc_domain::{CancellationReason, CardNumber, Economies};
use serde_json::Value;

fn abtc(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_abtc"))
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env("ABTC_PASSWORD_COST__MEMORY_KIB", "1024")
        .env("ABTC_PASSWORD_COST__ITERATIONS", "1")
        .env("ABTC_LOG", "warn")
        .output()
        .unwrap()
}

/// `abtc gate --json`: the decision, and the exit status it came with.
fn gate(dir: &Path, economy: &str, zone: &str, qr: &Path, extra: &[&str]) -> (i32, Value) {
    let mut args = vec![
        "gate",
        "--economy",
        economy,
        "--json",
        "--mrz",
        zone,
        "--qr-file",
    ];
    let qr = qr.to_str().unwrap();
    args.push(qr);
    args.extend_from_slice(extra);
    let out = abtc(&args, dir);
    let code = out.status.code().unwrap();
    assert!(
        code == 0 || code == 1,
        "abtc gate: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (code, serde_json::from_slice(&out.stdout).unwrap())
}

fn codes(d: &Value) -> Vec<String> {
    d["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_owned())
        .collect()
}

/// The demo's cards that have a passport zone beside their QR.
fn cards(dir: &Path) -> Vec<(String, PathBuf, String)> {
    let mut found: Vec<_> = std::fs::read_dir(dir.join("cards"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "mrz"))
        .map(|mrz| {
            let number = mrz.file_stem().unwrap().to_str().unwrap().to_owned();
            let zone = std::fs::read_to_string(&mrz).unwrap();
            (number, mrz.with_extension("txt"), zone)
        })
        .collect();
    found.sort();
    found
}

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_cardholder_opens_the_gates_that_pre_cleared_them() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path();
    let out = abtc(
        &[
            "demo",
            "--no-serve",
            "--listen",
            "127.0.0.1:0",
            "--applications",
            "40",
        ],
        dir,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cards = cards(dir);
    assert!(
        cards.len() >= 2,
        "the demo's sign-in cardholders have zones: {cards:?}"
    );
    let (number, qr, zone) = cards[0].clone();

    // Every economy: the gate opens exactly where the card verifies as `admit`, and says
    // `lane_only` where the card gives the lane but no pre-cleared entry.
    let (mut opened, mut lane) = (0, 0);
    for economy in Economies::apec_default().iter() {
        let code = economy.code.as_str();
        let verified = abtc(
            &[
                "verify",
                "--economy",
                code,
                "--json",
                "--qr-file",
                qr.to_str().unwrap(),
            ],
            dir,
        );
        let verdict: Value = serde_json::from_slice(&verified.stdout).unwrap();
        let (status, d) = gate(dir, code, &zone, &qr, &[]);
        match verdict["verdict"].as_str().unwrap() {
            "admit" => {
                assert_eq!(
                    (status, d["outcome"].as_str()),
                    (0, Some("open")),
                    "{code}: {d}"
                );
                assert_eq!(d["stay_days"], verdict["stay_days"]);
                opened += 1;
            }
            "lane_only" => {
                assert_eq!(status, 1);
                assert_eq!(codes(&d), vec!["lane_only".to_owned()], "{code}: {d}");
                lane += 1;
            }
            _ => assert_eq!(d["outcome"], "refer_to_officer", "{code}: {d}"),
        }
    }
    assert!(opened > 0 && lane > 0, "opened {opened}, lane only {lane}");
    let open_at = Economies::apec_default()
        .iter()
        .map(|e| e.code.to_string())
        .find(|code| gate(dir, code, &zone, &qr, &[]).0 == 0)
        .unwrap();

    // Another cardholder's passport with this card.
    let (_, _, other_zone) = cards[1].clone();
    let (status, d) = gate(dir, &open_at, &other_zone, &qr, &[]);
    assert_eq!(status, 1);
    assert!(codes(&d).contains(&"passport_mismatch".to_owned()), "{d}");

    // The same passport, expired.
    let mrz = abtc_border::parse(&zone).unwrap();
    let today = abtc_domain::Clock::now(&abtc_server::system::SystemClock).date();
    let expired = td3(&Td3Fields {
        issuing_state: &mrz.issuing_state,
        family_name: &mrz.primary_identifier,
        given_names: &mrz.secondary_identifier,
        document_number: &mrz.document_number,
        nationality: &mrz.nationality,
        date_of_birth: mrz.date_of_birth.birth_date(today).unwrap(),
        sex: mrz.sex,
        date_of_expiry: today - time::Duration::days(1),
    })
    .unwrap();
    let (_, d) = gate(dir, &open_at, &expired, &qr, &[]);
    assert_eq!(codes(&d), vec!["passport_expired".to_owned()], "{d}");

    // A damaged zone names the field.
    let damaged = zone.replacen(
        &mrz.document_number,
        &"9".repeat(mrz.document_number.len()),
        1,
    );
    let (_, d) = gate(dir, &open_at, &damaged, &qr, &[]);
    assert_eq!(d["reasons"][0]["code"], "mrz_invalid", "{d}");
    assert_eq!(d["reasons"][0]["field"], "document_number", "{d}");

    // A gate without its status lists fails closed, unless told to decide without them.
    let no_lists = dir.join("no-status-lists");
    std::fs::create_dir_all(&no_lists).unwrap();
    let no_lists = no_lists.to_str().unwrap();
    let (status, d) = gate(dir, &open_at, &zone, &qr, &["--status", no_lists]);
    assert_eq!(status, 1);
    assert_eq!(codes(&d), vec!["card_status_unavailable".to_owned()], "{d}");
    let (status, d) = gate(
        dir,
        &open_at,
        &zone,
        &qr,
        &["--status", no_lists, "--allow-no-status"],
    );
    assert_eq!((status, d["outcome"].as_str()), (0, Some("open")), "{d}");
    assert_eq!(d["status_checked"], false, "{d}");

    // The card is cancelled; with the status lists exported again the gate finds it revoked.
    {
        let url = format!("sqlite://{}/abtc.db", dir.display());
        let store = abtc_store::connect(&url, Arc::new(abtc_server::system::OsEntropy))
            .await
            .unwrap();
        let number = CardNumber::parse(&number).unwrap();
        let now = abtc_domain::Clock::now(&abtc_server::system::SystemClock);
        let card = store
            .card(abtc_store::CaseAccess::System, &number)
            .await
            .unwrap();
        let officer = abtc_domain::Principal::new(
            abtc_domain::AccountId::from_bytes([7; 16]),
            abtc_domain::Role::CaseOfficer,
            Some(card.home),
        )
        .unwrap();
        store
            .execute(
                abtc_store::CaseAccess::Home(officer.home().unwrap()),
                card.application,
                abtc_domain::Command::CancelCard {
                    reason: CancellationReason::HolderRequest,
                },
                now,
            )
            .await
            .unwrap();
        store.close().await;
    }
    let fresh = dir.join("fresh-lists");
    let out = abtc(
        &["trust-list", "export", "--out", fresh.to_str().unwrap()],
        dir,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (status, d) = gate(
        dir,
        &open_at,
        &zone,
        &qr,
        &["--status", fresh.join("status").to_str().unwrap()],
    );
    assert_eq!(status, 1);
    assert_eq!(codes(&d), vec!["card_revoked".to_owned()], "{d}");

    // A usage error is exit 2 with a message.
    let out = abtc(
        &[
            "gate",
            "--economy",
            "JPN",
            "--qr-file",
            qr.to_str().unwrap(),
        ],
        dir,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("passport's zone"));
}
