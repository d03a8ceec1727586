//! The e-gate's face step through the server (`face` feature): with dlib's models configured, the
//! live image and the chip photo of the same person let the gate open; two different people refer
//! the traveller with `face_mismatch`. Images and models come from scripts/fetch-face-data; without
//! them the test says so and passes, unless ABTC_REQUIRE_FACE=1.
#![cfg(feature = "face")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use std::path::PathBuf;

use base64::Engine;
use serde_json::json;
use support::*;

fn face_data() -> Option<PathBuf> {
    let dir = std::env::var_os("ABTC_FACE_DATA")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/abtc-face")))?;
    let ready = dir
        .join("models/dlib_face_recognition_resnet_model_v1.dat")
        .is_file()
        && dir.join("images/obama.jpg").is_file();
    if ready {
        return Some(dir);
    }
    if std::env::var("ABTC_REQUIRE_FACE").as_deref() == Ok("1") {
        panic!(
            "face data missing in {} (run scripts/fetch-face-data)",
            dir.display()
        );
    }
    eprintln!("SKIPPED: face data not fetched (run scripts/fetch-face-data)");
    None
}

#[tokio::test]
async fn faces_of_the_same_person_open_the_gate_and_of_another_refer() {
    let Some(data) = face_data() else {
        return;
    };
    let models = data.join("models");
    let server = TestServer::start_with(|c| {
        c.face_models = Some(models);
    })
    .await;
    let image = |name: &str| {
        base64::engine::general_purpose::STANDARD
            .encode(std::fs::read(data.join("images").join(name)).unwrap())
    };
    // A card holder pre-cleared by JPN and their zone: a gate that opens without faces.
    let Traveller { zone, qr, .. } = traveller(&server).await;
    let (gate, _) = server.national_system("JPN").await;
    let decide = |live: &str, chip: &str| {
        let body = json!({
            "mrz": zone, "qr": qr, "live_face": image(live), "chip_photo": image(chip),
        });
        let gate = gate.clone();
        async move {
            let r = post(&gate, "/api/v1/border/gate", body).await;
            assert_eq!(r.status, 200, "{}", r.text);
            r.json()
        }
    };
    let same = decide("obama2.jpg", "obama.jpg").await;
    assert_eq!(same["outcome"], "open", "{same}");
    assert_eq!(same["face"]["status"], "matched", "{same}");
    let other = decide("biden.jpg", "obama.jpg").await;
    assert_eq!(other["outcome"], "refer_to_officer");
    assert_eq!(other["reasons"][0]["code"], "face_mismatch", "{other}");
    assert_eq!(other["face"]["status"], "not_matched");
    server.stop().await;
}
