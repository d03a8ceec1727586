#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::zombie_processes,
    clippy::disallowed_methods
)]
//! The acceptance scenario, run against `abtc demo` itself: the demo's own data, logins and
//! API tokens, through HTTP.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use abtc_api::{BatchDecisionItem, BatchDecisionRequest};
use abtc_client::Client;
use abtc_domain::{Decision, EconomyCode};
use reqwest::StatusCode;
use serde_json::Value;

struct Demo {
    child: Child,
    logins: Value,
    _dir: tempfile::TempDir,
}

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_demo() -> Demo {
    let dir = tempfile::tempdir().unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_abtc"))
        .args(["demo", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path())
        .env("ABTC_PASSWORD_COST__MEMORY_KIB", "1024")
        .env("ABTC_PASSWORD_COST__ITERATIONS", "1")
        .env("ABTC_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let file = dir.path().join("demo-logins.json");
    for _ in 0..1200 {
        if let Ok(bytes) = std::fs::read(&file) {
            if let Ok(logins) = serde_json::from_slice::<Value>(&bytes) {
                let client = Client::new(logins["base_url"].as_str().unwrap());
                if client.get::<Value>("/api/v1/ready").await.is_ok() {
                    return Demo {
                        child,
                        logins,
                        _dir: dir,
                    };
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the demo did not start");
}

impl Demo {
    fn anon(&self) -> Client {
        Client::new(self.logins["base_url"].as_str().unwrap())
    }

    async fn login(&self, username: &str) -> Client {
        let entry = self.logins["logins"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["username"] == username)
            .unwrap_or_else(|| panic!("no demo login {username}"));
        self.anon()
            .login(username, entry["password"].as_str().unwrap())
            .await
            .unwrap()
            .0
    }

    fn national_system(&self, economy: &str) -> Client {
        let token = self.logins["api_tokens"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["economy"] == economy)
            .unwrap()["token"]
            .as_str()
            .unwrap()
            .to_owned();
        self.anon().with_token(token)
    }
}

fn status(r: Result<impl Sized, abtc_client::ClientError>) -> Option<StatusCode> {
    r.err().and_then(|e| e.status())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_meets_the_acceptance_scenario() {
    let demo = start_demo().await;
    let twn = EconomyCode::parse("TWN").unwrap();

    // A Chinese Taipei pre-clearance officer lists only requests addressed to TWN.
    let twn_officer = demo.login("twn.preclear").await;
    let queue = twn_officer
        .pre_clearance_queue("?per_page=500")
        .await
        .unwrap();
    assert!(
        queue.total >= 1,
        "the demo has pending requests for TWN: {}",
        queue.total
    );
    assert!(queue
        .items
        .iter()
        .all(|v| v.economy == twn && v.home != twn));
    let overdue = twn_officer
        .pre_clearance_queue("?overdue=true&per_page=500")
        .await
        .unwrap();
    assert!(overdue.items.iter().all(|v| v.overdue));

    // Reading or deciding another economy's request or application is refused.
    let jpn_officer = demo.login("jpn.preclear").await;
    let mut jpn_request = None;
    for q in ["?status=pending", "?status=approved", "?status=declined"] {
        jpn_request = jpn_request.or(jpn_officer
            .pre_clearance_queue(q)
            .await
            .unwrap()
            .items
            .first()
            .map(|v| v.id));
    }
    let jpn_request = jpn_request.expect("the demo has requests addressed to JPN");
    assert_eq!(
        status(twn_officer.pre_clearance(jpn_request).await),
        Some(StatusCode::NOT_FOUND)
    );
    assert_eq!(
        status(twn_officer.decide(jpn_request, Decision::Approve).await),
        Some(StatusCode::NOT_FOUND)
    );
    let jpn_case_officer = demo.login("jpn.case").await;
    let mut jpn_application = None;
    for state in ["pre_clearance", "issued", "home_review", "submitted"] {
        let page: abtc_domain::views::Page<abtc_domain::views::ApplicationSummary> =
            jpn_case_officer
                .get(&format!("/api/v1/applications?state={state}"))
                .await
                .unwrap();
        jpn_application = jpn_application.or(page.items.first().map(|s| s.id));
    }
    let jpn_application = jpn_application.expect("the demo has JPN applications");
    let twn_case_officer = demo.login("twn.case").await;
    assert_eq!(
        status(twn_case_officer.application(jpn_application).await),
        Some(StatusCode::NOT_FOUND)
    );
    assert_eq!(
        status(
            twn_case_officer
                .application_action(jpn_application, "approve")
                .await
        ),
        Some(StatusCode::NOT_FOUND)
    );
    assert_eq!(
        status(twn_officer.application(jpn_application).await),
        Some(StatusCode::FORBIDDEN)
    );

    // Deciding the same request twice gives 409.
    let first = queue.items.first().unwrap().id;
    twn_officer.decide(first, Decision::Approve).await.unwrap();
    let again = twn_officer
        .decide(first, Decision::Decline)
        .await
        .unwrap_err();
    assert_eq!(again.status(), Some(StatusCode::CONFLICT));
    assert_eq!(again.code(), Some("already_decided"));

    // A batch with an Idempotency-Key sent twice decides once (through the national system of Russia,
    // the slowest economy, whose queue is longest).
    let national = demo.national_system("RUS");
    let rus_queue = national.pre_clearance_queue("?per_page=10").await.unwrap();
    assert!(rus_queue.items.len() >= 3, "RUS has a backlog");
    let batch = BatchDecisionRequest {
        decisions: rus_queue
            .items
            .iter()
            .take(3)
            .map(|v| BatchDecisionItem {
                id: v.id,
                decision: Decision::Approve,
                note: None,
            })
            .collect(),
    };
    let once = national
        .decide_batch(&batch, Some("demo-batch-1"))
        .await
        .unwrap();
    assert!(
        !once.replayed && once.results.iter().all(|r| r.ok),
        "{once:?}"
    );
    let twice = national
        .decide_batch(&batch, Some("demo-batch-1"))
        .await
        .unwrap();
    assert!(twice.replayed);
    assert_eq!(twice.results, once.results);
    for item in &batch.decisions {
        let history: Vec<abtc_domain::Event> = national
            .get(&format!("/api/v1/pre-clearances/{}/history", item.id))
            .await
            .unwrap();
        let decisions = history
            .iter()
            .filter(|e| e.kind.name() == "pre_clearance_decided")
            .count();
        assert_eq!(decisions, 1);
    }
    let unkeyed_again = national.decide_batch(&batch, None).await.unwrap();
    assert!(unkeyed_again.results.iter().all(|r| !r.ok));

    // An applicant sees only their own application.
    let applicants = demo.logins["applicants"].as_array().unwrap();
    let (a, b) = (&applicants[0], &applicants[1]);
    let client_a = demo
        .anon()
        .login(
            a["username"].as_str().unwrap(),
            a["password"].as_str().unwrap(),
        )
        .await
        .unwrap()
        .0;
    let client_b = demo
        .anon()
        .login(
            b["username"].as_str().unwrap(),
            b["password"].as_str().unwrap(),
        )
        .await
        .unwrap()
        .0;
    let mine = client_a.applications().await.unwrap().items;
    let theirs = client_b.applications().await.unwrap().items;
    assert!(!mine.is_empty() && !theirs.is_empty());
    assert!(mine.iter().all(|m| theirs.iter().all(|t| t.id != m.id)));
    assert!(mine
        .iter()
        .any(|m| m.reference.as_str() == a["reference"].as_str().unwrap()));
    for t in &theirs {
        assert_eq!(
            status(client_a.application(t.id).await),
            Some(StatusCode::NOT_FOUND)
        );
    }
}

/// Runs `abtc verify --json` offline against the verifier files; returns (exit code, JSON).
fn verify_offline(files: &std::path::Path, economy: &str, qr: &str) -> (i32, Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_abtc"))
        .args(["verify", "--economy", economy, "--json", "--trust-list"])
        .arg(files.join("trust-list.cose"))
        .arg("--anchor")
        .arg(files.join("anchor.der"))
        .arg("--status")
        .arg(files.join("status"))
        .arg(qr)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap(), json)
}

/// Downloads what an offline verifier keeps: the trust list, the anchor and every status list.
async fn fetch_verifier_files(client: &Client, dir: &std::path::Path) {
    let get = |path: String| {
        let client = client.clone();
        async move {
            let res = client
                .request(reqwest::Method::GET, &path)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200, "{path}");
            res.bytes().await.unwrap().to_vec()
        }
    };
    std::fs::create_dir_all(dir.join("status")).unwrap();
    std::fs::write(
        dir.join("trust-list.cose"),
        get("/api/v1/trust-list".into()).await,
    )
    .unwrap();
    std::fs::write(
        dir.join("anchor.der"),
        get("/api/v1/trust-anchor".into()).await,
    )
    .unwrap();
    for e in abtc_domain::Economies::apec_default().iter() {
        let bytes = get(format!("/api/v1/status-lists/{}", e.code)).await;
        std::fs::write(dir.join("status").join(format!("{}.cose", e.code)), bytes).unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_virtual_cards_verify_offline() {
    use abtc_credential::verify::present;
    use abtc_credential::SigningKey;
    use base64::Engine;

    let demo = start_demo().await;
    let holder = demo.logins["applicants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["state"] == "issued")
        .expect("a demo applicant holds a card");
    let wallet = demo
        .anon()
        .login(
            holder["username"].as_str().unwrap(),
            holder["password"].as_str().unwrap(),
        )
        .await
        .unwrap()
        .0;
    let cards: abtc_domain::views::Page<abtc_domain::Card> =
        wallet.get("/api/v1/cards").await.unwrap();
    let card = cards
        .items
        .iter()
        .find(|c| c.is_active())
        .expect("an active card")
        .clone();

    // One economy withdraws its approval (through its national system), so the card lists one
    // economy fewer: a full member that no longer pre-clears the holder.
    let mut listed = card.economies.iter().copied();
    let approving = listed.next().expect("the card lists an approving economy");
    let withdrawing = listed.next().expect("the card lists a second economy");
    let national = demo.national_system(withdrawing.as_str());
    let approved = national
        .pre_clearance_queue(&format!("?status=approved&home={}&per_page=500", card.home))
        .await
        .unwrap();
    let request = approved
        .items
        .iter()
        .find(|v| {
            v.passport_number.as_ref().map(|p| p.as_str()) == Some(card.passport_number.as_str())
        })
        .expect("the holder's approved request");
    let _: abtc_domain::PreClearanceView = national
        .post(
            &format!("/api/v1/pre-clearances/{}/withdraw", request.id),
            &serde_json::json!({}),
        )
        .await
        .unwrap();
    let card: abtc_domain::Card = wallet
        .get(&format!("/api/v1/cards/{}", card.number))
        .await
        .unwrap();
    assert!(!card.economies.contains(&withdrawing) && card.economies.contains(&approving));

    // The wallet registers its device key and fetches the credential bound to it.
    struct TestEntropy;
    impl abtc_domain::Entropy for TestEntropy {
        fn fill(&self, buf: &mut [u8]) {
            for (i, b) in buf.iter_mut().enumerate() {
                *b = (i as u8).wrapping_mul(29).wrapping_add(3);
            }
        }
    }
    let device = SigningKey::generate(&TestEntropy);
    let key = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(device.public_sec1());
    let _: () = wallet
        .put(
            &format!("/api/v1/cards/{}/device-key", card.number),
            &serde_json::json!({ "public_key": key }),
        )
        .await
        .unwrap();
    let issued: abtc_api::CredentialResponse = wallet
        .get(&format!("/api/v1/cards/{}/credential", card.number))
        .await
        .unwrap();
    let credential = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(&issued.credential)
        .unwrap();
    let now = time::OffsetDateTime::now_utc();
    let sign = |m: &[u8]| Ok(device.sign(m));
    let qr = present(&credential, now, &sign).unwrap();

    let files = tempfile::tempdir().unwrap();
    fetch_verifier_files(&demo.anon(), files.path()).await;
    let economies = abtc_domain::Economies::apec_default();
    let check = |economy: &str, qr: &str, code: i32, verdict: &str, reason: Option<&str>| {
        let (got, json) = verify_offline(files.path(), economy, qr);
        assert_eq!(
            (got, json["verdict"].as_str()),
            (code, Some(verdict)),
            "{economy}: {json}"
        );
        if let Some(r) = reason {
            assert_eq!(json["reason"].as_str(), Some(r), "{economy}: {json}");
        }
        json
    };

    // Admit for an economy that pre-cleared the holder, with its stay days.
    let json = check(approving.as_str(), &qr, 0, "admit", None);
    assert_eq!(
        json["stay_days"],
        economies.get(approving).unwrap().stay_days.unwrap()
    );
    assert_eq!(json["card_number"], card.number.as_str());
    // Lane only for the economy that withdrew, and for the United States (transitional).
    check(withdrawing.as_str(), &qr, 0, "lane_only", None);
    check("USA", &qr, 0, "lane_only", None);
    // Refer: tampered, and a proof older than the window.
    let mut tampered: Vec<char> = qr.chars().collect();
    let mid = tampered.len() / 2;
    tampered[mid] = if tampered[mid] == 'A' { 'B' } else { 'A' };
    check(
        approving.as_str(),
        &tampered.into_iter().collect::<String>(),
        1,
        "refer",
        None,
    );
    let old = present(&credential, now - time::Duration::minutes(5), &sign).unwrap();
    check(approving.as_str(), &old, 1, "refer", Some("stale_proof"));

    // Revoked: the holder cancels the card; the next status list revokes the credential.
    let _: abtc_domain::Card = wallet
        .post(
            &format!("/api/v1/cards/{}/cancel", card.number),
            &serde_json::json!({ "reason": "holder_request" }),
        )
        .await
        .unwrap();
    fetch_verifier_files(&demo.anon(), files.path()).await;
    let fresh = present(&credential, time::OffsetDateTime::now_utc(), &sign).unwrap();
    check(approving.as_str(), &fresh, 1, "refer", Some("revoked"));
}
