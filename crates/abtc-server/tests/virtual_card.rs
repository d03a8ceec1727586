#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! The virtual card through the API: a holder's credential, device-key binding, key rotation by the
//! economy's administrator, and what an offline verifier makes of the downloaded trust list and
//! status list.

mod support;

use abtc_api::{CredentialResponse, KeySummary, TrustListPublished};
use abtc_credential::status::StatusList;
use abtc_credential::trust::Trust;
use abtc_credential::verify::{self, Policy, Reason, Verdict};
use abtc_credential::{cose, transport, SigningKey};
use abtc_domain::{Economies, Role};
use base64::Engine;
use reqwest::Method;
use serde_json::json;
use support::*;

async fn bytes(client: &abtc_client::Client, path: &str) -> Vec<u8> {
    let res = client.request(Method::GET, path).send().await.unwrap();
    assert_eq!(res.status(), 200, "{path}");
    res.bytes().await.unwrap().to_vec()
}

fn kid_of_qr(qr: &str) -> Vec<u8> {
    let sign1 = cose::decode(&transport::decode(verify::PREFIX, qr).unwrap()).unwrap();
    cose::kid(&sign1).unwrap()
}

#[tokio::test]
async fn credentials_rotation_and_revocation_through_the_api() {
    let server = TestServer::start().await;
    let admin = server.staff(Role::EconomyAdmin, Some("TWN")).await;
    let officer = server.staff(Role::CaseOfficer, Some("TWN")).await;
    let (holder, _) = server.applicant("holder").await;
    // Virtual-immediate issuance: the card exists as soon as TWN approves.
    let _: serde_json::Value = admin
        .put(
            "/api/v1/economies/TWN/policy",
            &json!({"issuance_policy": {"kind": "virtual_immediate"}}),
        )
        .await
        .unwrap();
    let case = approved_at_home(&holder, &officer, "TWN").await;
    let card = case.active_card().expect("card at approval").number.clone();

    let first: CredentialResponse = holder
        .get(&format!("/api/v1/cards/{card}/credential"))
        .await
        .unwrap();
    let again: CredentialResponse = holder
        .get(&format!("/api/v1/cards/{card}/credential"))
        .await
        .unwrap();
    assert_eq!(
        first.credential, again.credential,
        "a fresh credential is reused, not re-signed"
    );

    // The administrator rotates TWN's document signer; the trust list is republished with both.
    let published: TrustListPublished = admin
        .post("/api/v1/economies/TWN/keys/rotate", &json!({}))
        .await
        .unwrap();
    assert_eq!(published.version, 2);
    let keys: Vec<KeySummary> = admin.get("/api/v1/economies/TWN/keys").await.unwrap();
    let signers: Vec<&KeySummary> = keys.iter().filter(|k| k.role == "dsc").collect();
    assert_eq!(signers.len(), 2);
    assert_eq!(signers.iter().filter(|k| k.retired_at.is_some()).count(), 1);

    // Binding a device key moves the card to a new credential, signed by the new signer.
    let device = SigningKey::from_secret_bytes(&[7u8; 32]).unwrap();
    let key = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(device.public_sec1());
    let _: () = holder
        .put(
            &format!("/api/v1/cards/{card}/device-key"),
            &json!({ "public_key": key }),
        )
        .await
        .unwrap();
    let bound: CredentialResponse = holder
        .get(&format!("/api/v1/cards/{card}/credential"))
        .await
        .unwrap();
    assert_ne!(bound.status_index, first.status_index);
    assert_ne!(
        kid_of_qr(&bound.qr),
        kid_of_qr(&first.qr),
        "signed by the rotated-in signer"
    );

    // An offline verifier with the downloaded files.
    let anon = server.anonymous();
    let trust = Trust::verify(
        &bytes(&anon, "/api/v1/trust-list").await,
        &bytes(&anon, "/api/v1/trust-anchor").await,
        NOW,
    )
    .unwrap();
    assert_eq!(trust.version(), 2);
    let status = StatusList::verify(
        &bytes(&anon, "/api/v1/status-lists/TWN").await,
        &trust,
        NOW,
        time::Duration::days(1),
    )
    .unwrap();
    let economies = Economies::apec_default();
    let policy = Policy::for_economy(economies.get(code("JPN")).unwrap());
    let credential = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(&bound.credential)
        .unwrap();
    let sign = |m: &[u8]| Ok(device.sign(m));
    let presented = verify::present(&credential, NOW, &sign).unwrap();
    let fresh = verify::verify(
        &presented,
        &trust,
        std::slice::from_ref(&status),
        &policy,
        NOW,
    );
    // Approved only at home so far: valid, the lane but no pre-clearance for JPN.
    assert_eq!(
        (fresh.verdict, fresh.reason),
        (Verdict::LaneOnly, None),
        "{fresh:?}"
    );
    // The credential from before the device key is revoked (signed by the retired signer, still trusted).
    let old = verify::verify(
        &first.qr,
        &trust,
        std::slice::from_ref(&status),
        &policy,
        NOW,
    );
    assert_eq!(
        (old.verdict, old.reason),
        (Verdict::Refer, Some(Reason::Revoked)),
        "{old:?}"
    );
    // Only the scheme administrator republishes the trust list by hand.
    let scheme = server.staff(Role::SchemeAdmin, None).await;
    let v3: TrustListPublished = scheme.post("/api/v1/trust-list", &json!({})).await.unwrap();
    assert_eq!(v3.version, 3);
}
