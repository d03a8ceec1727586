//! The acceptance scenario through HTTP: Chinese Taipei's pre-clearance officer works only on
//! requests addressed to TWN, decides once, batches idempotently; applicants see only their own
//! records; the public tracker shows nothing personal; malformed input, repeated registration and
//! failed sign-ins get the documented answers, never a 500; the operations endpoints answer.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use std::collections::BTreeSet;

use abtc_api::{BatchDecisionItem, BatchDecisionRequest, Event};
use abtc_client::Client;
use abtc_domain::{
    ApplicationId, Case, Decision, EventKind, PreClearanceId, PreClearanceStatus, Role,
};
use reqwest::Method;
use serde_json::{json, Value};
use support::*;

fn batch(items: &[(PreClearanceId, Decision)]) -> BatchDecisionRequest {
    BatchDecisionRequest {
        decisions: items
            .iter()
            .map(|&(id, decision)| BatchDecisionItem {
                id,
                decision,
                note: None,
            })
            .collect(),
    }
}

/// The decision events in the request's history as `officer` of `economy` sees it (its own only).
async fn decisions(officer: &Client, economy: &str, id: PreClearanceId) -> usize {
    let history: Vec<Event> = officer
        .get(&format!("/api/v1/pre-clearances/{id}/history"))
        .await
        .expect("history");
    assert!(
        history
            .iter()
            .all(|e| e.kind.pre_clearance_economy() == Some(code(economy))),
        "{economy} sees only its own events: {history:?}"
    );
    history
        .iter()
        .filter(|e| matches!(e.kind, EventKind::PreClearanceDecided { .. }))
        .count()
}

/// A's, J's and K's applications, approved at home by TWN, JPN and KOR, with TWN's officers.
struct World {
    server: TestServer,
    twn_pco: Client,
    twn_officer: Client,
    applicants: Vec<(Client, Case)>,
}

impl World {
    async fn new() -> Self {
        let server = TestServer::start().await;
        let twn_pco = server.staff(Role::PreClearanceOfficer, Some("TWN")).await;
        let twn_officer = server.staff(Role::CaseOfficer, Some("TWN")).await;
        let mut applicants = Vec::new();
        for home in ["TWN", "JPN", "KOR"] {
            let officer = server.staff(Role::CaseOfficer, Some(home)).await;
            let (applicant, _) = server.applicant(&home.to_lowercase()).await;
            let case = approved_at_home(&applicant, &officer, home).await;
            applicants.push((applicant, case));
        }
        Self {
            server,
            twn_pco,
            twn_officer,
            applicants,
        }
    }

    fn case(&self, i: usize) -> &Case {
        &self.applicants[i].1
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chinese_taipei_officer_works_only_on_requests_addressed_to_twn() {
    let w = World::new().await;
    let (own, from_jpn, from_kor) = (w.case(0), w.case(1), w.case(2));
    let (jpn_to_twn, kor_to_twn) = (request_to(from_jpn, "TWN"), request_to(from_kor, "TWN"));

    // The queue holds exactly the requests addressed to TWN, from the other homes, none of TWN's own
    // applicant (TWN is never asked about its own) and no contact data.
    let queue = w.twn_pco.pre_clearance_queue("").await.expect("queue");
    let ids: BTreeSet<_> = queue.items.iter().map(|v| v.id).collect();
    assert_eq!(ids, BTreeSet::from([jpn_to_twn, kor_to_twn]));
    assert_eq!(queue.total, 2);
    let homes: BTreeSet<_> = queue.items.iter().map(|v| v.home.to_string()).collect();
    assert_eq!(homes, BTreeSet::from(["JPN".into(), "KOR".into()]));
    assert!(queue
        .items
        .iter()
        .all(|v| v.status == PreClearanceStatus::Pending));
    assert!(own.pre_clearances.iter().all(|p| !ids.contains(&p.id)));
    let queue_text = serde_json::to_string(&queue).expect("json");
    for secret in [FORM_EMAIL, "Xinyi", "886223456789"] {
        assert!(!queue_text.contains(secret), "the queue shows {secret}");
    }
    let by_home = w
        .twn_pco
        .pre_clearance_queue("?home=KOR")
        .await
        .expect("queue");
    assert_eq!(
        by_home.items.iter().map(|v| v.id).collect::<Vec<_>>(),
        [kor_to_twn]
    );

    // Another economy's request and foreign applications are out of reach.
    let pco = &w.twn_pco;
    get(
        pco,
        &format!("/api/v1/pre-clearances/{}", request_to(from_kor, "JPN")),
    )
    .await
    .assert_error(404, "not_found", "TWN reads a request to JPN");
    get(pco, &app_path(from_jpn.application.id, ""))
        .await
        .assert_error(
            403,
            "forbidden",
            "TWN's pre-clearance officer reads an application",
        );
    get(&w.twn_officer, &app_path(from_jpn.application.id, ""))
        .await
        .assert_error(
            404,
            "not_found",
            "TWN's case officer reads JPN's application",
        );

    // One decision per request.
    let decided = pco
        .decide(jpn_to_twn, Decision::Approve)
        .await
        .expect("decide");
    assert_eq!(decided.status, PreClearanceStatus::Approved);
    let path = format!("/api/v1/pre-clearances/{jpn_to_twn}/decision");
    post(pco, &path, json!({"decision": "decline"}))
        .await
        .assert_error(409, "already_decided", "deciding twice");

    // A batch sent twice with one key decides once and answers the same.
    let req = batch(&[
        (kor_to_twn, Decision::Approve),
        (jpn_to_twn, Decision::Approve),
    ]);
    let first = pco
        .decide_batch(&req, Some("twn-batch-0001"))
        .await
        .expect("batch");
    assert!(!first.replayed);
    assert!(first.results[0].ok);
    assert_eq!(first.results[0].status, Some(PreClearanceStatus::Approved));
    let refused = first.results[1].error.as_ref().expect("an item error");
    assert_eq!(
        (first.results[1].ok, refused.code.as_str()),
        (false, "already_decided")
    );
    let again = pco
        .decide_batch(&req, Some("twn-batch-0001"))
        .await
        .expect("replay");
    assert!(again.replayed);
    assert_eq!(again.results, first.results);
    assert_eq!(decisions(pco, "TWN", kor_to_twn).await, 1);

    // Retried all at once, a batch still decides once: one answer is fresh, the others replays.
    let jpn_to_kor = request_to(from_jpn, "KOR");
    let kor_pco = w.server.staff(Role::PreClearanceOfficer, Some("KOR")).await;
    let req = batch(&[(jpn_to_kor, Decision::Decline)]);
    let answers = futures::future::join_all(
        (0..5).map(|_| kor_pco.decide_batch(&req, Some("kor-retry-storm"))),
    )
    .await;
    let answers: Vec<_> = answers.into_iter().map(|a| a.expect("batch")).collect();
    assert_eq!(answers.iter().filter(|a| !a.replayed).count(), 1);
    assert!(answers
        .iter()
        .all(|a| a.results == answers[0].results && a.results[0].ok));
    assert_eq!(decisions(&kor_pco, "KOR", jpn_to_kor).await, 1);

    // The key with another body is refused and decides nothing.
    let other = batch(&[(kor_to_twn, Decision::Decline)]);
    let err = pco
        .decide_batch(&other, Some("twn-batch-0001"))
        .await
        .expect_err("key reused");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(422));
    assert_eq!(err.code(), Some("idempotency_key_reused"));
    assert_eq!(decisions(pco, "TWN", kor_to_twn).await, 1);
    let err = pco
        .decide_batch(&other, Some(&"k".repeat(256)))
        .await
        .expect_err("key too long");
    assert_eq!(err.code(), Some("invalid_idempotency_key"));

    // Applicants see their own applications only.
    for (i, (applicant, case)) in w.applicants.iter().enumerate() {
        let mine = applicant.applications().await.expect("list");
        assert_eq!(
            mine.items.iter().map(|s| s.id).collect::<Vec<_>>(),
            [case.application.id]
        );
        let other = w.case((i + 1) % w.applicants.len());
        get(applicant, &app_path(other.application.id, ""))
            .await
            .assert_error(404, "not_found", "an applicant reads another's application");
    }

    // The public tracker: stages and counts, nothing personal.
    let status = get(
        &w.server.anonymous(),
        &format!("/api/v1/status/{}", from_kor.application.reference),
    )
    .await;
    assert_eq!(status.status, 200, "{}", status.text);
    let v = status.json();
    let keys: BTreeSet<_> = v.as_object().expect("object").keys().cloned().collect();
    let expected = [
        "reference",
        "state",
        "home",
        "submitted_on",
        "pre_clearances_requested",
        "pre_clearances_answered",
        "card_issued",
    ];
    assert_eq!(keys, expected.iter().map(|k| k.to_string()).collect());
    assert_eq!(v["state"], "pre_clearance");
    assert_eq!(v["home"], "KOR");
    assert_eq!(v["pre_clearances_requested"], 18);
    assert_eq!(v["pre_clearances_answered"], 1);
    assert_eq!(v["card_issued"], false);
    let upper = status.text.to_uppercase();
    for secret in [
        FAMILY_NAME,
        GIVEN_NAMES,
        NATIVE_NAME,
        FORM_EMAIL,
        PASSPORT_NUMBER,
        "XINYI",
    ] {
        assert!(!upper.contains(secret), "the tracker shows {secret}");
    }
    w.server.stop().await;
}

/// A request that must be refused, with the status and code it must get.
type Malformed<'c> = (&'c Client, Method, String, Body, u16, &'static str);

/// Malformed requests of every kind: by applicant `a` (who owns `draft`), a pre-clearance officer
/// and an anonymous caller.
#[rustfmt::skip]
fn malformed<'c>(a: &'c Client, pco: &'c Client, anon: &'c Client, draft: ApplicationId) -> Vec<Malformed<'c>> {
    use Method as M;
    let raw = |content_type: &'static str, b: &[u8]| Body::Raw(content_type, b.to_vec());
    let js = Body::Json;
    let none = || Body::Empty;
    // One byte over the limit, so the server has read all of it when it refuses (a larger body would
    // race the refusal against the upload and end in a reset connection).
    let over = abtc_server::ServerConfig::default().max_body_bytes + 1 - 12;
    let huge = [b"{\"home\": \"".as_slice(), &vec![b'x'; over], b"\"}"].concat();
    let apps = || "/api/v1/applications".to_owned();
    let photo = || app_path(draft, "/photo");
    let batch = || "/api/v1/pre-clearances/decisions".to_owned();
    let queue = |q: &str| format!("/api/v1/pre-clearances{q}");
    vec![
        // Bodies: invalid JSON, wrong types, unknown fields, bad values, wrong content types, too large.
        (a, M::POST, apps(), raw("application/json", b"{\"home\": "), 400, "malformed_json"),
        (a, M::POST, apps(), js(json!({"home": 42})), 422, "invalid_body"),
        (a, M::POST, apps(), js(json!([1, 2, 3])), 422, "invalid_body"),
        (a, M::POST, apps(), js(json!({"home": "TWN", "form": {"trips_per_year": "many"}})), 422, "invalid_body"),
        (a, M::POST, apps(), js(json!({"home": "TWN", "colour": "blue"})), 422, "invalid_body"),
        (a, M::POST, apps(), js(json!({"home": "TWN", "form": {"nickname": "Ah Man"}})), 422, "invalid_body"),
        (a, M::POST, apps(), js(json!({"home": "T1N"})), 422, "invalid_body"),
        (a, M::POST, apps(), raw("text/plain", b"{\"home\": \"TWN\"}"), 415, "unsupported_media_type"),
        (a, M::POST, apps(), raw("application/json", &huge), 413, "payload_too_large"),
        (a, M::PUT, photo(), raw("image/png", &jpeg()), 415, "unsupported_media_type"),
        (a, M::PUT, photo(), raw("image/jpeg", b"GIF89a, not a JPEG"), 422, "photo_not_jpeg"),
        (a, M::PUT, photo(), raw("image/jpeg", &huge), 413, "payload_too_large"),
        (anon, M::POST, "/api/v1/accounts".into(), js(json!({"email": "not an address", "password": PASSWORD})), 422, "email_missing_at"),
        (anon, M::POST, "/api/v1/accounts".into(), js(json!({"email": "x@example.org", "password": "short"})), 422, "weak_password"),
        (anon, M::POST, "/api/v1/sessions".into(), js(json!({"username": "x"})), 422, "invalid_body"),
        (pco, M::POST, batch(), raw("text/plain", b"{}"), 415, "unsupported_media_type"),
        (pco, M::POST, batch(), raw("application/json", &huge), 413, "payload_too_large"),
        (pco, M::POST, batch(), js(json!({"decisions": []})), 422, "empty_batch"),
        (pco, M::POST, batch(), js(json!({"decisions": [{"id": "nope", "decision": "approve"}]})), 422, "invalid_body"),
        (pco, M::POST, batch(), js(json!({"decisions": vec![json!({"id": draft, "decision": "approve"}); 1001]})), 413, "batch_too_large"),
        // Paths and queries.
        (a, M::GET, format!("{}/not-an-id", apps()), none(), 404, "not_found"),
        (a, M::GET, format!("{}/%FF%FE", apps()), none(), 400, "bad_request"),
        (a, M::GET, "/api/v1/cards/not-a-card".into(), none(), 422, "invalid_card_number"),
        (pco, M::GET, queue("/12345"), none(), 404, "not_found"),
        (pco, M::GET, queue("?colour=blue"), none(), 400, "invalid_query"),
        (pco, M::GET, queue("?page=first"), none(), 400, "invalid_query"),
        (pco, M::GET, queue("?status=maybe"), none(), 400, "invalid_query"),
        (anon, M::GET, "/api/v1/status/ABTC-!!!!".into(), none(), 404, "not_found"),
        // Routes and methods the server does not have.
        (anon, M::GET, "/api/v1/no-such-route".into(), none(), 404, "not_found"),
        (anon, M::GET, "/api/v2/health".into(), none(), 404, "not_found"),
        (anon, M::DELETE, "/api/v1/health".into(), none(), 405, "method_not_allowed"),
        (a, M::PATCH, apps(), js(json!({})), 405, "method_not_allowed"),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_input_gets_json_errors_never_500() {
    let server = TestServer::start().await;
    let (a, _) = server.applicant("malformed").await;
    let pco = server.staff(Role::PreClearanceOfficer, Some("TWN")).await;
    let anon = server.anonymous();
    let draft = a
        .create_application(code("TWN"), form("TWN"))
        .await
        .expect("draft");
    let cases = malformed(&a, &pco, &anon, draft.application.id);
    let mut failures = Vec::new();
    for (client, method, path, body, status, code) in &cases {
        let res = send(client, method.clone(), path, body).await;
        let what = format!("{method} {path} with {body:?}");
        if res.status.as_u16() != *status || res.json().get("code") != Some(&Value::from(*code)) {
            failures.push(format!(
                "{what}: want {status} {code}, got {} {}",
                res.status, res.text
            ));
        } else if let Some(problem) = res.error_format_problem() {
            failures.push(format!("{what}: {problem}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} malformed requests:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registration_and_sign_in_reveal_nothing_and_lock_out() {
    let server = TestServer::start().await;
    let anon = server.anonymous();
    let (_, email) = server.applicant("twice").await;

    // Registering a taken address answers exactly like a new one, and changes nothing.
    let register = |email: &str, password: &str| {
        post(
            &anon,
            "/api/v1/accounts",
            json!({"email": email, "password": password}),
        )
    };
    let fresh = register(&format!("fresh-{}@example.org", unique()), PASSWORD).await;
    let again = register(&email, "another long password").await;
    assert_eq!((fresh.status.as_u16(), again.status.as_u16()), (202, 202));
    assert_eq!(fresh.json(), again.json());
    server.login(&email).await;

    // Five failures are free; the sixth attempt is locked out, for known and unknown names alike,
    // and even with the right password.
    let unknown = format!("nobody-{}@example.org", unique());
    for name in [email.as_str(), unknown.as_str()] {
        let attempt = |password: &str| {
            post(
                &anon,
                "/api/v1/sessions",
                json!({"username": name, "password": password}),
            )
        };
        for n in 1..=5 {
            attempt("wrong password").await.assert_error(
                401,
                "invalid_credentials",
                &format!("{name}: failure {n}"),
            );
        }
        for password in ["wrong password", PASSWORD] {
            let locked = attempt(password).await;
            locked.assert_error(429, "too_many_attempts", &format!("{name}: locked"));
            let wait: u64 = locked
                .headers
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse().ok())
                .expect("a Retry-After in seconds");
            assert!(wait >= 1);
        }
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operations_endpoints_answer() {
    let server = TestServer::start().await;
    let anon = server.anonymous();
    let health = get(&anon, "/api/v1/health").await;
    assert_eq!(
        (health.status.as_u16(), health.json()["status"].clone()),
        (200, json!("ok"))
    );
    let ready = get(&anon, "/api/v1/ready").await.json();
    assert_eq!(
        (ready["status"].as_str(), ready["backend"].as_str()),
        (Some("ready"), Some("sqlite"))
    );

    let metrics = get(&anon, "/metrics").await;
    assert_eq!(metrics.status, 200);
    assert!(
        metrics.text.contains("abtc_http_requests_total"),
        "{}",
        metrics.text
    );
    assert!(metrics.text.contains("route=\"/api/v1/health\""));

    let openapi = get(&anon, "/api/v1/openapi.json").await;
    assert_eq!(openapi.status, 200);
    let doc = openapi.json();
    assert!(
        doc["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1")),
        "{}",
        doc["openapi"]
    );
    for route in abtc_server::routes::table() {
        let op = &doc["paths"][route.path][route.method.to_lowercase()];
        assert!(
            op.is_object(),
            "{} {} is not in openapi.json",
            route.method,
            route.path
        );
    }

    // Every answer carries a request id and the security headers.
    for res in [&health, &metrics, &openapi] {
        assert!(res
            .headers
            .get("x-request-id")
            .is_some_and(|v| !v.is_empty()));
        assert_eq!(res.headers["x-content-type-options"], "nosniff");
    }
    server.stop().await;
}
