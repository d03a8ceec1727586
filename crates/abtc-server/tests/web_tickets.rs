#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! The ticket pages through HTTP: a cardholder raises an enquiry on the web, opens it and replies;
//! the officers of the economy it is routed to read it, answer it, decide a refund and share a
//! lesson; the cardholder reads the answer and the decision, closes and reopens. Another economy's
//! officer and another cardholder get the same 404 as for a missing ticket, on the page and on every
//! form; bad input shows the page again (422) with the problem by the field and what was typed.

mod support;

use abtc_domain::Role;
use reqwest::StatusCode;
use serde_json::json;
use support::web::{Page, WebClient};
use support::*;

const FIRST_MESSAGE: &str = "I lost my card at the airport.";
const HOLDER_REPLY: &str = "My passport was in the same bag.";
const OFFICER_REPLY: &str = "Report the loss; we will issue a replacement card.";
const REFUND_REASON: &str = "Our records show a single payment for this application.";

#[track_caller]
fn assert_complete(page: &Page, what: &str) {
    let missing = page.missing_messages();
    assert!(missing.is_empty(), "{what}: missing messages {missing:?}");
}

/// GETs `path`, asserts 200 and no missing message, and returns the page.
async fn open(web: &mut WebClient, path: &str) -> Page {
    let page = web.get(path).await;
    page.assert_ok(path);
    assert_complete(&page, path);
    page
}

async fn signed_in(server: &TestServer, username: &str) -> WebClient {
    let mut web = WebClient::new(&server.base);
    web.login(username, PASSWORD).await;
    web
}

/// The ids of the tickets a list page links to under `base`, in the page's order.
fn linked_ids(page: &Page, base: &str) -> Vec<String> {
    let needle = format!("href=\"{base}/");
    page.body
        .split(&needle)
        .skip(1)
        .filter_map(|s| s.split('"').next().map(str::to_owned))
        .collect()
}

#[track_caller]
fn assert_problem(page: &Page, field: &str, message: &str, what: &str) {
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{what}: {}",
        page.body
    );
    assert!(
        page.body.contains(&format!("id=\"f-{field}-error\"")),
        "{what}: no error by {field}"
    );
    assert!(page.body.contains(message), "{what}: {message}");
    assert!(page.body.contains("aria-invalid=\"true\""), "{what}");
    assert_complete(page, what);
}

#[track_caller]
fn assert_not_found(page: &Page, what: &str) {
    assert_eq!(page.status, StatusCode::NOT_FOUND, "{what}: {}", page.body);
    assert!(page.body.contains("not_found"), "{what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tickets_are_answered_and_decided_on_their_pages() {
    let server = TestServer::start().await;
    let twn_api = server.staff(Role::CaseOfficer, Some("TWN")).await;
    let (holder_api, holder) = server.applicant("web-tickets").await;
    approved_at_home(&holder_api, &twn_api, "TWN").await;
    let (_, stranger) = server.applicant("web-tickets-stranger").await;

    // The cardholder raises an enquiry to their home economy and opens it from the list.
    let mut me = signed_in(&server, &holder).await;
    open(&mut me, "/portal/tickets").await;
    let raised = me
        .post(
            "/portal/tickets",
            &[
                ("kind", "enquiry"),
                ("economy", ""),
                ("subject", "Lost card"),
                ("message", &format!("{FIRST_MESSAGE}\nWhat now?")),
            ],
        )
        .await;
    assert_eq!(
        raised.assert_redirect("raise"),
        "/portal/tickets?done=raised"
    );
    let list = open(&mut me, "/portal/tickets").await;
    let ids = linked_ids(&list, "/portal/tickets");
    assert_eq!(ids.len(), 1, "{}", list.body);
    let id = ids[0].clone();
    let mine = format!("/portal/tickets/{id}");
    let page = open(&mut me, &mine).await;
    for text in [
        "Lost card",
        "Enquiry",
        "TWN",
        "Open",
        "Cardholder",
        "<time datetime=\"",
        &format!("{FIRST_MESSAGE}<br>What now?"),
        &format!("action=\"{mine}/reply\""),
        &format!("action=\"{mine}/close\""),
    ] {
        assert!(page.body.contains(text), "ticket page lacks {text}");
    }
    assert!(
        !page.body.contains("/reopen\""),
        "an open ticket is not reopened"
    );
    assert!(!page.body.contains("refund-decision"));

    // Replies: an empty or over-long one comes back with the problem and the page, then one goes.
    let reply_path = format!("{mine}/reply");
    let empty = me.post(&reply_path, &[("message", "   ")]).await;
    assert_problem(
        &empty,
        "reply",
        "Write a reply of up to 5000 characters.",
        "empty reply",
    );
    assert!(
        empty.body.contains("Lost card"),
        "the ticket is shown again"
    );
    assert!(empty.body.contains(FIRST_MESSAGE));
    let long = "x".repeat(5001);
    let too_long = me.post(&reply_path, &[("message", &long)]).await;
    assert_problem(&too_long, "reply", "up to 5000", "long reply");
    assert!(too_long.body.contains(&long), "what was typed is kept");
    let sent = me.post(&reply_path, &[("message", HOLDER_REPLY)]).await;
    assert_eq!(
        sent.assert_redirect("reply"),
        format!("{mine}?done=replied")
    );
    let page = open(&mut me, &format!("{mine}?done=replied")).await;
    assert!(page.body.contains("Your reply was sent."));
    assert!(page.body.contains(HOLDER_REPLY));

    // A refund request to TWN, raised through the API (the web form raises enquiries and
    // complaints).
    let res = post(
        &holder_api,
        "/api/v1/tickets",
        json!({"kind": "refund", "subject": "Refund of my fee", "message": "I was charged twice.",
            "refund_reason": "duplicate_payment"}),
    )
    .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let refund_id = res.json()["id"].as_str().unwrap().to_owned();

    // TWN's officer finds both on the list, reads and answers the enquiry.
    let twn_officer = server
        .staff_account(Role::PreClearanceOfficer, Some("TWN"))
        .await;
    let mut twn = signed_in(&server, &twn_officer).await;
    let list = open(&mut twn, "/work/tickets").await;
    let ids = linked_ids(&list, "/work/tickets");
    assert!(ids.contains(&id) && ids.contains(&refund_id), "{ids:?}");
    let theirs = format!("/work/tickets/{id}");
    let page = open(&mut twn, &theirs).await;
    assert!(page.body.contains(HOLDER_REPLY));
    assert!(!page.body.contains("refund-decision"), "not a refund");
    assert!(!page.body.contains("/reopen\""), "officers do not reopen");
    let empty = twn
        .post(&format!("{theirs}/reply"), &[("message", "")])
        .await;
    assert_problem(&empty, "reply", "Write a reply", "officer's empty reply");
    let sent = twn
        .post(&format!("{theirs}/reply"), &[("message", OFFICER_REPLY)])
        .await;
    assert_eq!(
        sent.assert_redirect("officer reply"),
        format!("{theirs}?done=replied")
    );
    let page = open(&mut twn, &format!("{theirs}?done=replied")).await;
    assert!(page.body.contains(OFFICER_REPLY));
    assert!(page.body.contains("Answered"));

    // The refund: an unknown decision and no reason come back with both problems, then a refusal.
    let refund_page = format!("/work/tickets/{refund_id}");
    let page = open(&mut twn, &refund_page).await;
    assert!(page.body.contains("Refund of my fee") && page.body.contains("Paid twice"));
    assert!(page
        .body
        .contains(&format!("action=\"{refund_page}/refund-decision\"")));
    assert!(page.body.contains("Waiting for a decision"));
    let decide = format!("{refund_page}/refund-decision");
    let bad = twn
        .post(&decide, &[("decision", "maybe"), ("reason", "")])
        .await;
    assert_problem(
        &bad,
        "decision",
        "Choose whether to grant or refuse the refund.",
        "unknown decision",
    );
    assert!(bad.body.contains("id=\"f-reason-error\""));
    let bad = twn
        .post(
            &decide,
            &[("reason", "Kept while the decision is missing.")],
        )
        .await;
    assert_problem(&bad, "decision", "grant or refuse", "no decision");
    assert!(bad.body.contains("Kept while the decision is missing."));
    let decided = twn
        .post(
            &decide,
            &[("decision", "decline"), ("reason", REFUND_REASON)],
        )
        .await;
    assert_eq!(
        decided.assert_redirect("decision"),
        format!("{refund_page}?done=declined")
    );
    let page = open(&mut twn, &format!("{refund_page}?done=declined")).await;
    assert!(page.body.contains("The refund was refused"));
    assert!(page.body.contains("data-refund=\"declined\""));
    assert!(!page.body.contains(&decide), "a refund is decided once");
    // Deciding again (another tab) shows the ticket as it is now.
    let again = twn
        .post(
            &decide,
            &[("decision", "approve"), ("reason", "Changed my mind.")],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.body);
    assert_complete(&again, "decided twice");

    // A lesson learned: personal data is refused by the field, an anonymized one is shared.
    let lesson = format!("{refund_page}/lesson");
    let bad = twn
        .post(
            &lesson,
            &[
                ("topic", "Duplicate payments"),
                ("text", "Card 12345678 was charged twice"),
            ],
        )
        .await;
    assert_problem(&bad, "text", "without names", "personal lesson");
    assert!(bad.body.contains("Duplicate payments"), "the topic is kept");
    let shared = twn
        .post(
            &lesson,
            &[
                ("topic", "Duplicate payments"),
                (
                    "text",
                    "Check the payment provider's report before answering.",
                ),
            ],
        )
        .await;
    assert_eq!(
        shared.assert_redirect("lesson"),
        format!("{refund_page}?done=lesson")
    );
    let lessons = get(&twn_api, "/api/v1/lessons").await.json();
    assert!(
        lessons.to_string().contains("Duplicate payments"),
        "{lessons}"
    );

    // The cardholder reads the answer and the decision, closes and reopens the enquiry.
    let page = open(&mut me, &mine).await;
    assert!(page.body.contains(OFFICER_REPLY));
    assert!(page.body.contains("Economy officer"));
    assert!(page.body.contains("Answered"));
    let page = open(&mut me, &format!("/portal/tickets/{refund_id}")).await;
    assert!(page.body.contains("Refund refused"));
    assert!(page.body.contains(REFUND_REASON));
    assert!(page.body.contains("Paid twice"), "the reason given");
    assert!(
        !page.body.contains("refund-decision"),
        "not the cardholder's"
    );
    assert!(!page.body.contains("/lesson\""), "not the cardholder's");
    let closed = me.post(&format!("{mine}/close"), &[]).await;
    assert_eq!(
        closed.assert_redirect("close"),
        format!("{mine}?done=closed")
    );
    let page = open(&mut me, &format!("{mine}?done=closed")).await;
    assert!(page.body.contains("The ticket is closed."));
    assert!(
        !page.body.contains(&reply_path),
        "no reply to a closed ticket"
    );
    assert!(page.body.contains(&format!("action=\"{mine}/reopen\"")));
    // The officer's page of the closed ticket says so and offers no reopening.
    let page = open(&mut twn, &theirs).await;
    assert!(page.body.contains("only the cardholder can reopen it"));
    assert!(!page.body.contains("/reopen\""));
    // Closing twice shows the ticket as it is.
    let twice = me.post(&format!("{mine}/close"), &[]).await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    let reopened = me.post(&format!("{mine}/reopen"), &[]).await;
    assert_eq!(
        reopened.assert_redirect("reopen"),
        format!("{mine}?done=reopened")
    );
    let page = open(&mut me, &format!("{mine}?done=reopened")).await;
    assert!(page.body.contains("The ticket is open again."));
    assert!(page.body.contains(&reply_path));

    // Outsiders: another economy's officer and another cardholder get the 404 of a missing ticket,
    // on the page and on each of its forms; the wrong side's page is 403.
    let jpn_officer = server
        .staff_account(Role::PreClearanceOfficer, Some("JPN"))
        .await;
    let mut jpn = signed_in(&server, &jpn_officer).await;
    open(&mut jpn, "/work/tickets").await;
    assert_not_found(&jpn.get("/work/tickets/not-a-ticket").await, "missing");
    for ticket in [&id, &refund_id] {
        let base = format!("/work/tickets/{ticket}");
        assert_not_found(&jpn.get(&base).await, "JPN page");
        let forms: [(String, Vec<(&str, &str)>); 4] = [
            (format!("{base}/reply"), vec![("message", "Hello")]),
            (format!("{base}/close"), vec![]),
            (
                format!("{base}/refund-decision"),
                vec![("decision", "approve"), ("reason", "Yes")],
            ),
            (
                format!("{base}/lesson"),
                vec![("topic", "A topic"), ("text", "A lesson.")],
            ),
        ];
        for (path, fields) in &forms {
            assert_not_found(&jpn.post(path, fields).await, path);
        }
    }
    let mut other = signed_in(&server, &stranger).await;
    open(&mut other, "/portal/tickets").await;
    assert_not_found(&other.get("/portal/tickets/not-a-ticket").await, "missing");
    for ticket in [&id, &refund_id] {
        let base = format!("/portal/tickets/{ticket}");
        assert_not_found(&other.get(&base).await, "stranger's page");
        assert_not_found(
            &other
                .post(&format!("{base}/reply"), &[("message", "Hello")])
                .await,
            "stranger's reply",
        );
        for action in ["close", "reopen"] {
            let path = format!("{base}/{action}");
            assert_not_found(&other.post(&path, &[]).await, &path);
        }
    }
    assert_eq!(me.get(&theirs).await.status, StatusCode::FORBIDDEN);
    assert_eq!(twn.get(&mine).await.status, StatusCode::FORBIDDEN);

    // Nothing the outsiders tried reached the tickets.
    let seen = get(&holder_api, &format!("/api/v1/tickets/{id}"))
        .await
        .json();
    assert!(!seen.to_string().contains("Hello"));
    assert_eq!(seen["status"], "open");
    let refund = get(&holder_api, &format!("/api/v1/tickets/{refund_id}"))
        .await
        .json();
    assert_eq!(refund["refund"]["status"], "declined");
    server.stop().await;
}
