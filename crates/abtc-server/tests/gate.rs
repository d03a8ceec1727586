//! The e-gate through the server (`POST /api/v1/border/gate`): a cardholder's passport zone and
//! virtual card open the gate of an economy that pre-cleared them; another passport, an expired
//! passport, a cancelled (revoked) card, a damaged zone, or an economy that did not pre-clear them
//! refer the traveller to an officer with the right reason.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use abtc_domain::Role;
use serde_json::{json, Value};
use support::web::WebClient;
use support::*;

fn codes(decision: &Value) -> Vec<String> {
    decision["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_gate_opens_for_the_pre_cleared_holder_and_refers_everything_else() {
    let server = TestServer::start().await;
    let Traveller {
        zone,
        qr,
        card,
        holder,
        case,
    } = traveller(&server).await;
    let passport = case.application.form.passport.clone().unwrap();
    let birth = case.application.form.date_of_birth.unwrap();
    let (jpn_gate, _) = server.national_system("JPN").await;
    let gate = |client: &abtc_client::Client, mrz: String, qr: String| {
        let client = client.clone();
        async move {
            let r = post(
                &client,
                "/api/v1/border/gate",
                json!({"mrz": mrz, "qr": qr}),
            )
            .await;
            assert_eq!(r.status, 200, "{}", r.text);
            r.json()
        }
    };

    // JPN pre-cleared the holder: the gate opens with JPN's stay.
    let d = gate(&jpn_gate, zone.clone(), qr.clone()).await;
    assert_eq!(d["outcome"], "open", "{d}");
    assert_eq!(d["stay_days"], 90);
    assert!(codes(&d).is_empty());

    // The same card with another traveller's passport.
    let other = passport_zone(
        "X98765432",
        birth - time::Duration::days(400),
        passport.expires_on,
        "WANG",
        "MEI LING",
    );
    let d = gate(&jpn_gate, other, qr.clone()).await;
    assert_eq!(d["outcome"], "refer_to_officer");
    let c = codes(&d);
    assert!(c.contains(&"passport_mismatch".to_owned()), "{c:?}");
    assert!(c.contains(&"name_mismatch".to_owned()), "{c:?}");
    assert!(c.contains(&"birth_date_mismatch".to_owned()), "{c:?}");
    assert!(
        !d.to_string().contains("WANG"),
        "no personal data in the answer"
    );

    // An expired passport (same number and person).
    let expired = passport_zone(
        passport.number.as_str(),
        birth,
        today() - time::Duration::days(3),
        FAMILY_NAME,
        GIVEN_NAMES,
    );
    let d = gate(&jpn_gate, expired, qr.clone()).await;
    assert_eq!(codes(&d), vec!["passport_expired".to_owned()]);

    // A damaged zone names the field whose check digit failed.
    let damaged = zone.replacen(&passport.number.as_str()[..3], "Q99", 1);
    let d = gate(&jpn_gate, damaged, qr.clone()).await;
    assert_eq!(d["reasons"][0]["code"], "mrz_invalid", "{d}");
    assert_eq!(d["reasons"][0]["field"], "document_number", "{d}");

    // KOR has not pre-cleared the holder: the APEC lane only, an officer decides the entry.
    let kor = server.staff(Role::BorderOfficer, Some("KOR")).await;
    let d = gate(&kor, zone.clone(), qr.clone()).await;
    assert_eq!(d["outcome"], "refer_to_officer");
    assert_eq!(codes(&d), vec!["lane_only".to_owned()]);

    // Input errors are 422 with a code; other roles are refused.
    post(
        &jpn_gate,
        "/api/v1/border/gate",
        json!({"mrz": "", "qr": qr}),
    )
    .await
    .assert_error(422, "invalid_mrz", "empty zone");
    post(
        &jpn_gate,
        "/api/v1/border/gate",
        json!({"mrz": zone, "qr": qr, "live_face": "***"}),
    )
    .await
    .assert_error(422, "invalid_image", "not base64");
    post(
        &holder,
        "/api/v1/border/gate",
        json!({"mrz": zone, "qr": qr}),
    )
    .await
    .assert_error(403, "forbidden", "applicants do not run gates");

    // The holder cancels the card: it is revoked at the gate.
    let r = post(
        &holder,
        &format!("/api/v1/cards/{card}/cancel"),
        json!({"reason": "holder_request"}),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let d = gate(&jpn_gate, zone.clone(), qr.clone()).await;
    assert_eq!(d["outcome"], "refer_to_officer");
    assert_eq!(codes(&d), vec!["card_revoked".to_owned()], "{d}");

    // The economy's figures: counts by outcome and reason, no personal data.
    let stats = get(&jpn_gate, "/api/v1/border/gate/stats").await.json();
    assert_eq!(stats["decisions"], 5, "{stats}");
    assert_eq!(stats["opened"], 1);
    assert_eq!(stats["reasons"]["passport_expired"], 1);
    let kor_stats = get(&kor, "/api/v1/border/gate/stats").await.json();
    assert_eq!(kor_stats["decisions"], 1, "per economy");
    let metrics = get(&server.anonymous(), "/metrics").await.text;
    assert!(
        metrics.contains("abtc_gate_decisions_total{economy=\"JPN\",outcome=\"open\"} 1"),
        "{metrics}"
    );
    server.stop().await;
}

#[tokio::test]
async fn the_kiosk_page_shows_the_gates_decision() {
    let server = TestServer::start().await;
    let t = traveller(&server).await;
    let mut officer = WebClient::new(&server.base);
    officer
        .login(
            &server.staff_account(Role::BorderOfficer, Some("JPN")).await,
            PASSWORD,
        )
        .await;
    let page = officer.get("/kiosk").await;
    page.assert_ok("kiosk page");
    assert!(
        page.missing_messages().is_empty(),
        "{:?}",
        page.missing_messages()
    );
    let form = |zone: &str, qr: &str| {
        reqwest::multipart::Form::new()
            .text("mrz", zone.to_owned())
            .text("qr", qr.to_owned())
    };
    let open = officer.post_multipart("/kiosk", form(&t.zone, &t.qr)).await;
    open.assert_ok("decision");
    assert!(open.body.contains("data-outcome=\"open\""), "{}", open.body);
    let lane = {
        let mut kor = WebClient::new(&server.base);
        kor.login(
            &server.staff_account(Role::BorderOfficer, Some("KOR")).await,
            PASSWORD,
        )
        .await;
        kor.get("/kiosk").await;
        kor.post_multipart("/kiosk", form(&t.zone, &t.qr)).await
    };
    assert!(lane.body.contains("data-outcome=\"refer_to_officer\""));
    assert!(lane.body.contains("APEC lane"), "the reason, in words");
    let missing = officer.post_multipart("/kiosk", form("", &t.qr)).await;
    assert_eq!(missing.status, 422);
    assert!(
        missing
            .body
            .contains("spellcheck=\"false\" autocomplete=\"off\">ABTC1:"),
        "what was typed is kept"
    );
    // Other roles do not get the kiosk.
    let mut applicant = WebClient::new(&server.base);
    let (_, name) = server.applicant("not-an-officer").await;
    applicant.login(&name, PASSWORD).await;
    assert_eq!(applicant.get("/kiosk").await.status, 403);
    server.stop().await;
}
