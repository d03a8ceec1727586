//! Cardholder service through HTTP: an enquiry routed to the home economy and answered; a refund for
//! a border closure routed to the economy that closed its border, and its decision; close and
//! reopen; lessons learned shared between economies; and the refusals: a pre-clearance officer of
//! one economy, or another cardholder, cannot read or act on a ticket routed elsewhere (404), the
//! wrong roles get 403, and no ticket text reaches errors, the audit log or the metrics.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use abtc_domain::Role;
use serde_json::{json, Value};
use support::*;

const ENQUIRY_TEXT: &str = "My new passport number is P7777777; does my card still work?";
const REFUND_TEXT: &str = "KOR closed its border the week after I paid; I never travelled.";
const OFFICER_REPLY: &str = "Yes: your card stays valid, bring both passports.";

fn history_kinds(ticket: &Value) -> Vec<String> {
    ticket["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enquiries_refunds_and_lessons() {
    let server = TestServer::start().await;
    let twn_officer = server.staff(Role::CaseOfficer, Some("TWN")).await;
    let twn_pco = server.staff(Role::PreClearanceOfficer, Some("TWN")).await;
    let jpn_pco = server.staff(Role::PreClearanceOfficer, Some("JPN")).await;
    let kor_pco = server.staff(Role::PreClearanceOfficer, Some("KOR")).await;
    let twn_admin = server.staff(Role::EconomyAdmin, Some("TWN")).await;
    let scheme = server.staff(Role::SchemeAdmin, None).await;
    let (holder, _) = server.applicant("holder").await;
    let (stranger, _) = server.applicant("stranger").await;
    approved_at_home(&holder, &twn_officer, "TWN").await;

    // An enquiry without an economy goes to the holder's home economy, due in ten days.
    let res = post(
        &holder,
        "/api/v1/tickets",
        json!({"kind": "enquiry", "subject": "New passport", "message": ENQUIRY_TEXT}),
    )
    .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let enquiry = res.json();
    let id = enquiry["id"].as_str().unwrap().to_owned();
    assert_eq!(enquiry["economy"], "TWN");
    assert_eq!(enquiry["status"], "open");
    assert!(enquiry["due_on"].is_string());
    let path = format!("/api/v1/tickets/{id}");

    // TWN's officers see it; other economies' and other cardholders' do not.
    for officer in [&twn_officer, &twn_pco] {
        let list = get(officer, "/api/v1/tickets").await.json();
        assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
        assert!(list[0].get("history").is_none(), "lists carry no messages");
    }
    for (who, client) in [
        ("JPN pre-clearance officer", &jpn_pco),
        ("another cardholder", &stranger),
    ] {
        let list = get(client, "/api/v1/tickets").await.json();
        assert_eq!(list, json!([]), "{who}");
        get(client, &path).await.assert_error(404, "not_found", who);
        post(client, &format!("{path}/replies"), json!({"message": "Hi"}))
            .await
            .assert_error(404, "not_found", who);
        post(client, &format!("{path}/close"), json!({}))
            .await
            .assert_error(404, "not_found", who);
    }
    for (who, client) in [("economy admin", &twn_admin), ("scheme admin", &scheme)] {
        get(client, "/api/v1/tickets")
            .await
            .assert_error(403, "forbidden", who);
        get(client, &path).await.assert_error(403, "forbidden", who);
    }

    // TWN answers; the holder reads the reply.
    let res = post(
        &twn_officer,
        &format!("{path}/replies"),
        json!({"message": OFFICER_REPLY}),
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(res.json()["status"], "answered");
    let seen = get(&holder, &path).await.json();
    assert_eq!(history_kinds(&seen), ["raised", "reply"]);
    assert_eq!(seen["history"][1]["by"], "economy");
    assert_eq!(seen["history"][1]["message"], OFFICER_REPLY);

    // Close, a refused reply, reopen (the holder only).
    let res = post(&holder, &format!("{path}/close"), json!({})).await;
    assert_eq!(res.json()["status"], "closed");
    post(
        &twn_officer,
        &format!("{path}/replies"),
        json!({"message": "More"}),
    )
    .await
    .assert_error(409, "invalid_transition", "reply to a closed ticket");
    post(&twn_officer, &format!("{path}/reopen"), json!({}))
        .await
        .assert_error(403, "forbidden", "an officer reopens");
    let res = post(&holder, &format!("{path}/reopen"), json!({})).await;
    assert_eq!(res.json()["status"], "open");
    assert_eq!(
        history_kinds(&res.json()),
        ["raised", "reply", "closed", "reopened"]
    );

    // A refund for a border closure, routed to KOR, the economy that closed it.
    let res = post(
        &holder,
        "/api/v1/tickets",
        json!({"kind": "refund", "economy": "KOR", "subject": "Refund", "message": REFUND_TEXT, "refund_reason": "border_closure"}),
    )
    .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let refund = res.json();
    assert_eq!(
        refund["refund"],
        json!({"reason": "border_closure", "status": "requested"})
    );
    let refund_path = format!("/api/v1/tickets/{}", refund["id"].as_str().unwrap());
    let decision = json!({"decision": "approve", "reason": "The closure covers your dates."});
    for (who, client) in [
        ("TWN officer", &twn_officer),
        ("JPN pre-clearance officer", &jpn_pco),
    ] {
        get(client, &refund_path)
            .await
            .assert_error(404, "not_found", who);
        post(
            client,
            &format!("{refund_path}/refund-decision"),
            decision.clone(),
        )
        .await
        .assert_error(404, "not_found", who);
    }
    post(
        &holder,
        &format!("{refund_path}/refund-decision"),
        decision.clone(),
    )
    .await
    .assert_error(403, "forbidden", "the holder decides");
    assert_eq!(get(&kor_pco, &refund_path).await.status, 200);
    let res = post(
        &kor_pco,
        &format!("{refund_path}/refund-decision"),
        decision.clone(),
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(res.json()["refund"]["status"], "approved");
    assert_eq!(history_kinds(&res.json()), ["raised", "refund_approved"]);
    post(
        &kor_pco,
        &format!("{refund_path}/refund-decision"),
        decision,
    )
    .await
    .assert_error(409, "already_decided", "decided twice");
    // A refund needs a reason; bad input is refused without repeating it.
    let long = "x".repeat(6000);
    let res = post(
        &holder,
        "/api/v1/tickets",
        json!({"kind": "refund", "economy": "KOR", "subject": "Refund", "message": "Please refund."}),
    )
    .await;
    res.assert_error(422, "invalid_field", "refund without reason");
    let res = post(
        &holder,
        "/api/v1/tickets",
        json!({"kind": "enquiry", "subject": "S", "message": long}),
    )
    .await;
    res.assert_error(422, "invalid_field", "message too long");
    assert!(!res.text.contains("xxxxxxxx"));
    post(
        &holder,
        "/api/v1/tickets",
        json!({"kind": "enquiry", "economy": "XXX", "subject": "S", "message": "M"}),
    )
    .await
    .assert_error(422, "unknown_economy", "no such economy");

    // Lessons learned: shared by economies, read by every economy and the scheme administrator.
    let res = post(
        &kor_pco,
        "/api/v1/lessons",
        json!({"topic": "Border closures", "text": "Refunds for closures go faster when the closure notice is attached."}),
    )
    .await;
    assert_eq!(res.status, 201, "{}", res.text);
    post(
        &kor_pco,
        "/api/v1/lessons",
        json!({"topic": "A case", "text": "The holder with passport P7777777 waited."}),
    )
    .await
    .assert_error(422, "invalid_field", "a lesson naming someone");
    post(
        &scheme,
        "/api/v1/lessons",
        json!({"topic": "T", "text": "Text"}),
    )
    .await
    .assert_error(403, "forbidden", "the scheme administrator writes");
    post(
        &holder,
        "/api/v1/lessons",
        json!({"topic": "T", "text": "Text"}),
    )
    .await
    .assert_error(403, "forbidden", "a cardholder writes");
    for reader in [&twn_pco, &scheme] {
        let lessons = get(reader, "/api/v1/lessons").await;
        assert_eq!(lessons.status, 200);
        let list = lessons.json();
        assert_eq!(list.as_array().unwrap().len(), 1);
        assert_eq!(list[0]["economy"], "KOR");
        assert!(!lessons.text.contains("P7777777"));
    }
    get(&holder, "/api/v1/lessons").await.assert_error(
        403,
        "forbidden",
        "a cardholder reads lessons",
    );

    // Nothing the holder wrote reaches the audit log or the metrics.
    let auditor = server.staff(Role::Auditor, None).await;
    let audit = get(&auditor, "/api/v1/audit?per_page=500").await;
    assert!(audit.text.contains("read_ticket") && audit.text.contains("ticket_refund_approved"));
    for secret in [
        ENQUIRY_TEXT,
        REFUND_TEXT,
        OFFICER_REPLY,
        "P7777777",
        "New passport",
    ] {
        assert!(!audit.text.contains(secret), "the audit log shows {secret}");
    }
    let metrics = get(&server.anonymous(), "/metrics").await.text;
    assert!(!metrics.contains(&id), "metrics label a ticket id");
    server.stop().await;
}

/// The pages: a cardholder raises an enquiry from the portal (a bad form comes back with what was
/// typed), and the home economy's officers see it in their list; another economy's do not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enquiry_pages() {
    let server = TestServer::start().await;
    let twn_officer = server.staff(Role::CaseOfficer, Some("TWN")).await;
    let (holder_api, holder) = server.applicant("web-holder").await;
    approved_at_home(&holder_api, &twn_officer, "TWN").await;

    let mut web = web::WebClient::new(&server.base);
    web.login(&holder, PASSWORD).await;
    let portal = web.get("/portal").await;
    assert!(portal.body.contains("/portal/tickets"));
    web.get("/portal/tickets")
        .await
        .assert_ok("the tickets page");
    let bad = web
        .post(
            "/portal/tickets",
            &[
                ("kind", "complaint"),
                ("economy", ""),
                ("subject", "Two\u{7}"),
                ("message", "Kept text"),
            ],
        )
        .await;
    assert_eq!(bad.status.as_u16(), 422, "{}", bad.body);
    assert!(bad.body.contains("Kept text"));
    let sent = web
        .post(
            "/portal/tickets",
            &[
                ("kind", "complaint"),
                ("economy", ""),
                ("subject", "Slow answer"),
                ("message", "Nobody answered my call."),
            ],
        )
        .await;
    assert_eq!(sent.assert_redirect("raise"), "/portal/tickets?done=raised");
    let mine = web.get("/portal/tickets?done=raised").await;
    assert!(mine.body.contains("Slow answer") && mine.body.contains("data-status=\"open\""));

    for (economy, sees) in [("TWN", true), ("JPN", false)] {
        let username = server
            .staff_account(Role::PreClearanceOfficer, Some(economy))
            .await;
        let mut officer = web::WebClient::new(&server.base);
        officer.login(&username, PASSWORD).await;
        let list = officer.get("/work/tickets").await;
        list.assert_ok("the officers' list");
        assert_eq!(list.body.contains("Slow answer"), sees, "{economy}");
    }
    server.stop().await;
}
