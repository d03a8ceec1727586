//! Escalation of slow processing, through the server: contacts set by the API and the page, an
//! overdue request escalated once to its economy's contacts (by reference, in their language) and
//! to the efficiency channel (as counts), the overview scoped per economy, and the weekly digest.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use abtc_client::Client;
use abtc_domain::Role;
use abtc_server::workers::{deliver_staff_mail_once, escalate_once};
use reqwest::Method;
use serde_json::json;
use support::web::WebClient;
use support::*;

async fn put(client: &Client, path: &str, body: serde_json::Value) -> Reply {
    send(client, Method::PUT, path, &Body::Json(body)).await
}

/// The mail folder's messages addressed to `to`.
fn mails_to(server: &TestServer, to: &str) -> Vec<String> {
    server
        .mails()
        .into_iter()
        .filter(|m| m.lines().any(|l| l.starts_with("To: ") && l.contains(to)))
        .collect()
}

#[tokio::test]
async fn overdue_requests_are_escalated_once_to_the_right_people() {
    let server = TestServer::start().await;
    let jpn_admin = server.staff(Role::EconomyAdmin, Some("JPN")).await;
    let kor_admin = server.staff(Role::EconomyAdmin, Some("KOR")).await;
    let scheme_name = server.staff_account(Role::SchemeAdmin, None).await;
    let scheme = server.login(&scheme_name).await;

    // Contacts: each administrator their own channel; bad lists are refused with a reason.
    let jpn_contacts = json!({"contacts": [{"address": "審査@例え.jp", "language": "ja"}]});
    let r = put(&jpn_admin, "/api/v1/contacts/JPN", jpn_contacts.clone()).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json()["contacts"][0]["address"], "審査@例え.jp");
    put(&kor_admin, "/api/v1/contacts/JPN", jpn_contacts.clone())
        .await
        .assert_error(403, "forbidden", "KOR's administrator, JPN's contacts");
    put(&jpn_admin, "/api/v1/contacts/efficiency", jpn_contacts)
        .await
        .assert_error(403, "forbidden", "the efficiency channel is the scheme's");
    put(&jpn_admin, "/api/v1/contacts/JPNX", json!({"contacts": []}))
        .await
        .assert_error(422, "invalid_channel", "no such channel");
    put(
        &jpn_admin,
        "/api/v1/contacts/JPN",
        json!({"contacts": [{"address": "a@x.jp"}, {"address": "A@x.jp"}]}),
    )
    .await
    .assert_error(422, "invalid_field", "an address twice");
    let r = put(
        &scheme,
        "/api/v1/contacts/efficiency",
        json!({"contacts": [{"address": "efficiency@apec.example"}]}),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text);

    // A TWN applicant approved at home: requests go to every member, JPN's among them.
    let (applicant, applicant_name) = server.applicant("escalated").await;
    let officer = server.staff(Role::CaseOfficer, Some("TWN")).await;
    let case = approved_at_home(&applicant, &officer, "TWN").await;
    let reference = case.application.reference.to_string();
    let last_due = case.pre_clearances.iter().map(|p| p.due_on).max().unwrap();

    // Before the due date nothing is escalated; the day after the last one, every request is.
    assert_eq!(escalate_once(&server.state).await, 0);
    server
        .clock
        .set(last_due.midnight().assume_utc() + time::Duration::days(1));
    let asked = case.pre_clearances.len() as u64;
    assert_eq!(escalate_once(&server.state).await, asked);
    assert_eq!(escalate_once(&server.state).await, 0, "escalated once");
    // The staff mail also carries the weekly digests due since the contacts were set.
    deliver_staff_mail_once(&server.state, "w").await;
    let escalations: Vec<String> = mails_to(&server, "審査@例え.jp")
        .into_iter()
        .filter(|m| !m.contains("/reports?economy=JPN"))
        .collect();
    assert_eq!(escalations.len(), 1, "{:?}", server.mails());
    assert!(escalations[0].contains(&reference), "{}", escalations[0]);
    assert!(
        escalations[0].contains("Content-Type: text/plain; charset=utf-8"),
        "{}",
        escalations[0]
    );
    let efficiency: Vec<String> = mails_to(&server, "efficiency@apec.example")
        .into_iter()
        .filter(|m| m.contains("Subject: Escalation:"))
        .collect();
    assert_eq!(efficiency.len(), 1, "{:?}", server.mails());
    assert!(!efficiency[0].contains(&reference), "counts only");
    assert!(efficiency[0].contains("Japan"), "{}", efficiency[0]);

    // Months later: everyone signs in again.
    let jpn_officer = server.staff(Role::PreClearanceOfficer, Some("JPN")).await;
    let kor_officer = server.staff(Role::PreClearanceOfficer, Some("KOR")).await;
    let scheme = server.login(&scheme_name).await;
    let applicant = server.login(&applicant_name).await;

    // The overview: JPN's officer sees JPN's request by reference; KOR's sees only KOR; the
    // scheme administrator sees every economy as counts; applicants and border officers nothing.
    let r = get(&jpn_officer, "/api/v1/escalations").await;
    assert_eq!(r.status, 200, "{}", r.text);
    let v = r.json();
    assert_eq!(v["economies"].as_array().unwrap().len(), 1);
    assert_eq!(v["economies"][0]["economy"], "JPN");
    assert_eq!(v["open"][0]["reference"], reference.as_str());
    let r = get(&kor_officer, "/api/v1/escalations").await;
    assert_eq!(r.json()["economies"][0]["economy"], "KOR");
    assert!(!r.text.contains("JPN"));
    let r = get(&scheme, "/api/v1/escalations").await;
    assert_eq!(
        r.json()["economies"].as_array().unwrap().len() as u64,
        asked
    );
    assert!(!r.text.contains(&reference), "the scheme sees counts only");
    get(&applicant, "/api/v1/escalations")
        .await
        .assert_error(403, "forbidden", "applicants");
    let border = server.staff(Role::BorderOfficer, Some("JPN")).await;
    get(&border, "/api/v1/escalations")
        .await
        .assert_error(403, "forbidden", "border officers");

    // A week later: one more digest per channel, however often the job runs.
    let digests = |server: &TestServer| {
        mails_to(server, "審査@例え.jp")
            .into_iter()
            .filter(|m| m.contains("/reports?economy=JPN"))
            .collect::<Vec<_>>()
    };
    let before = digests(&server).len();
    let scheme_before = mails_to(&server, "efficiency@apec.example").len();
    server.clock.advance(time::Duration::days(7));
    escalate_once(&server.state).await;
    escalate_once(&server.state).await;
    assert_eq!(deliver_staff_mail_once(&server.state, "w").await, 2);
    let after = digests(&server);
    assert_eq!(after.len(), before + 1);
    assert!(after.iter().all(|d| !d.contains('⟦')), "{after:?}");
    assert_eq!(
        mails_to(&server, "efficiency@apec.example").len(),
        scheme_before + 1
    );
    server.stop().await;
}

#[tokio::test]
async fn the_page_shows_escalations_and_sets_contacts() {
    let server = TestServer::start().await;
    let (applicant, _) = server.applicant("paged").await;
    let officer = server.staff(Role::CaseOfficer, Some("TWN")).await;
    let case = approved_at_home(&applicant, &officer, "TWN").await;
    let reference = case.application.reference.to_string();
    let last_due = case.pre_clearances.iter().map(|p| p.due_on).max().unwrap();
    server
        .clock
        .set(last_due.midnight().assume_utc() + time::Duration::days(1));
    escalate_once(&server.state).await;

    let mut pco = WebClient::new(&server.base);
    pco.login(
        &server
            .staff_account(Role::PreClearanceOfficer, Some("JPN"))
            .await,
        PASSWORD,
    )
    .await;
    let page = pco.get("/escalations").await;
    page.assert_ok("JPN officer's page");
    assert!(page.body.contains(&reference));
    assert!(page.body.contains("/work/pre-clearances?q="));
    assert!(
        !page.body.contains("/escalations/contacts"),
        "no contacts form"
    );

    let mut admin = WebClient::new(&server.base);
    admin
        .login(
            &server.staff_account(Role::EconomyAdmin, Some("JPN")).await,
            PASSWORD,
        )
        .await;
    admin.get("/escalations").await.assert_ok("admin's page");
    let bad = admin
        .post(
            "/escalations/contacts",
            &[("contacts", "desk@x.jp ja\nnot-an-address")],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.body.contains("not-an-address"),
        "what was typed is kept"
    );
    let saved = admin
        .post(
            "/escalations/contacts",
            &[("contacts", "審査@例え.jp ja\ndesk@x.jp")],
        )
        .await;
    assert_eq!(saved.assert_redirect("saved"), "/escalations?done=contacts");
    let page = admin.get("/escalations?done=contacts").await;
    assert!(page.body.contains("審査@例え.jp ja"), "{}", page.body);
    let scope = abtc_domain::Principal::new(
        abtc_domain::AccountId::from_bytes([9; 16]),
        Role::SchemeAdmin,
        None,
    )
    .unwrap()
    .contacts(abtc_domain::escalation::Channel::Economy(code("JPN")))
    .unwrap();
    assert_eq!(server.store.contacts(&scope).await.unwrap().len(), 2);

    let mut scheme = WebClient::new(&server.base);
    scheme
        .login(
            &server.staff_account(Role::SchemeAdmin, None).await,
            PASSWORD,
        )
        .await;
    let page = scheme.get("/escalations").await;
    page.assert_ok("scheme page");
    assert!(!page.body.contains(&reference), "counts only");
    assert!(page.body.contains("Japan"));
    server.stop().await;
}
