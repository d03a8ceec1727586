//! Communications through a real SMTP conversation: a small SMTP server runs in the test (EHLO with
//! SMTPUTF8 and 8BITMIME, MAIL FROM, RCPT TO, DATA, QUIT) and keeps what it receives.
//!
//! - a status change of an application is mailed to an internationalized address, as typed, in the
//!   applicant's language, in UTF-8;
//! - a mail server that refuses delays the mail with a growing backoff and never loses it, and once
//!   it accepts, the message is mailed exactly once (the inbox has it all along);
//! - notices reach exactly their audience, and an economy's administrator cannot address another
//!   economy's cardholders;
//! - the economy's reply to a ticket, and its closing it, are mailed to the cardholder once each,
//!   in their language, with a link and without the reply's text; the cardholder's own steps are not.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use abtc_domain::Role;
use abtc_server::mail::SmtpUrl;
use abtc_server::workers::{deliver_outbox_once, deliver_ticket_mail_once};
use serde_json::json;
use support::*;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// One message as the SMTP server received it.
#[derive(Debug, Clone)]
struct Received {
    mail_from: String,
    rcpt_to: Vec<String>,
    data: String,
}

impl Received {
    fn header(&self, name: &str) -> Option<&str> {
        let prefix = format!("{name}: ");
        self.data
            .split("\r\n")
            .take_while(|l| !l.is_empty())
            .find_map(|l| l.strip_prefix(prefix.as_str()))
    }

    fn body(&self) -> &str {
        self.data
            .split_once("\r\n\r\n")
            .map(|(_, b)| b)
            .unwrap_or("")
    }
}

/// A minimal SMTP server on 127.0.0.1: enough of RFC 5321 and RFC 6531 for lettre.
#[derive(Clone)]
struct SmtpServer {
    port: u16,
    received: Arc<Mutex<Vec<Received>>>,
    /// While set, `MAIL FROM` gets `451` (try again later).
    refuse: Arc<AtomicBool>,
    refused: Arc<AtomicUsize>,
}

impl SmtpServer {
    async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let server = SmtpServer {
            port: listener.local_addr().unwrap().port(),
            received: Arc::default(),
            refuse: Arc::default(),
            refused: Arc::default(),
        };
        let s = server.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                tokio::spawn(s.clone().session(socket));
            }
        });
        server
    }

    fn url(&self) -> SmtpUrl {
        SmtpUrl::new(format!("smtp://127.0.0.1:{}", self.port))
    }

    fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    async fn session(self, socket: tokio::net::TcpStream) {
        let (read, mut write) = socket.into_split();
        let mut lines = BufReader::new(read);
        let _ = write.write_all(b"220 smtp.test ESMTP\r\n").await;
        let mut current: Option<Received> = None;
        loop {
            let mut raw = Vec::new();
            if lines.read_until(b'\n', &mut raw).await.unwrap_or(0) == 0 {
                return;
            }
            // Commands carrying internationalized addresses are UTF-8 (RFC 6531).
            let line = String::from_utf8(raw).expect("commands in UTF-8");
            let line = line.trim_end_matches(['\r', '\n']);
            let upper = line.to_ascii_uppercase();
            let reply: &[u8] = if upper.starts_with("EHLO") {
                b"250-smtp.test\r\n250-SMTPUTF8\r\n250 8BITMIME\r\n"
            } else if upper.starts_with("HELO") || upper.starts_with("NOOP") {
                b"250 OK\r\n"
            } else if upper.starts_with("RSET") {
                current = None;
                b"250 OK\r\n"
            } else if upper.starts_with("MAIL FROM:") {
                if self.refuse.load(Ordering::SeqCst) {
                    self.refused.fetch_add(1, Ordering::SeqCst);
                    b"451 4.3.0 Try again later\r\n"
                } else {
                    current = Some(Received {
                        mail_from: line.to_owned(),
                        rcpt_to: Vec::new(),
                        data: String::new(),
                    });
                    b"250 OK\r\n"
                }
            } else if upper.starts_with("RCPT TO:") {
                match current.as_mut() {
                    Some(m) => {
                        let to = line["RCPT TO:".len()..].trim();
                        m.rcpt_to
                            .push(to.trim_start_matches('<').trim_end_matches('>').to_owned());
                        b"250 OK\r\n"
                    }
                    None => b"503 MAIL first\r\n",
                }
            } else if upper == "DATA" {
                let Some(mut m) = current.take() else {
                    let _ = write.write_all(b"503 MAIL first\r\n").await;
                    continue;
                };
                let _ = write.write_all(b"354 End with .\r\n").await;
                let mut data = Vec::new();
                loop {
                    let mut raw = Vec::new();
                    if lines.read_until(b'\n', &mut raw).await.unwrap_or(0) == 0 {
                        return;
                    }
                    if raw == b".\r\n" {
                        break;
                    }
                    // Undo dot-stuffing.
                    let piece = if raw.starts_with(b"..") {
                        &raw[1..]
                    } else {
                        &raw[..]
                    };
                    data.extend_from_slice(piece);
                }
                m.data = String::from_utf8(data).expect("the message is UTF-8");
                self.received.lock().unwrap().push(m);
                b"250 OK queued\r\n"
            } else if upper.starts_with("QUIT") {
                let _ = write.write_all(b"221 Bye\r\n").await;
                return;
            } else {
                b"502 Command not implemented\r\n"
            };
            if write.write_all(reply).await.is_err() {
                return;
            }
        }
    }
}

/// Registers `email` through the API in the language `accept_language` names, and signs in.
async fn register_in(
    server: &TestServer,
    email: &str,
    accept_language: &str,
) -> abtc_client::Client {
    let res = reqwest::Client::new()
        .post(format!("{}/api/v1/accounts", server.base))
        .header("Accept-Language", accept_language)
        .json(&json!({"email": email, "password": PASSWORD, "display_name": "葉士豪"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        202,
        "{}",
        res.text().await.unwrap_or_default()
    );
    server.login(email).await
}

/// Runs the outbox until nothing more is delivered.
async fn drain(server: &TestServer) -> u32 {
    let mut total = 0;
    loop {
        let n = deliver_outbox_once(&server.state, "test-worker").await;
        total += n;
        if n == 0 {
            return total;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_changes_are_mailed_to_internationalized_addresses() {
    let smtp = SmtpServer::start().await;
    let server = TestServer::start_with(|c| c.smtp_url = Some(smtp.url())).await;
    let address = format!("葉士豪{}@臺網中心.tw", unique());
    let applicant = register_in(&server, &address, "zh-TW,zh;q=0.9").await;
    let officer = server.staff(Role::CaseOfficer, Some("TWN")).await;
    let case = approved_at_home(&applicant, &officer, "TWN").await;

    // The confirmation link went through the same mailer, to the same address.
    let (confirmations, earlier): (Vec<_>, Vec<_>) = smtp
        .received()
        .into_iter()
        .partition(|m| m.body().contains("/confirm-email?token="));
    assert_eq!((confirmations.len(), earlier.len()), (1, 0));
    assert_eq!(confirmations[0].rcpt_to, vec![address.clone()]);

    let delivered = drain(&server).await;
    assert!(
        delivered >= 3,
        "submitted, review started, approved: {delivered}"
    );
    let received = smtp.received()[1..].to_vec();
    assert_eq!(received.len() as u32, delivered, "one mail per message");
    for m in &received {
        assert_eq!(m.rcpt_to, vec![address.clone()], "the address as typed");
        assert!(
            m.mail_from.contains("SMTPUTF8"),
            "MAIL FROM asks for SMTPUTF8: {}",
            m.mail_from
        );
        assert_eq!(m.header("To"), Some(address.as_str()));
        assert_eq!(m.header("Content-Type"), Some("text/plain; charset=utf-8"));
        // In the language the applicant registered in (traditional Chinese), with the link.
        assert!(m.body().contains("葉士豪 您好"), "{}", m.body());
        assert!(m.body().contains(&case.application.id.to_string()));
        assert!(!m.body().contains('⟦'), "no missing messages: {}", m.body());
    }
    assert!(
        received
            .iter()
            .any(|m| m.body().contains(case.application.reference.as_str())),
        "the reference is named"
    );
    let ids: std::collections::HashSet<_> = received
        .iter()
        .filter_map(|m| m.header("Message-ID"))
        .collect();
    assert_eq!(ids.len(), received.len(), "a Message-ID per message");

    // The inbox got the same messages, and running the outbox again mails nothing more.
    let inbox: serde_json::Value = applicant.get("/api/v1/notifications").await.unwrap();
    assert_eq!(inbox.as_array().unwrap().len() as u32, delivered);
    assert_eq!(drain(&server).await, 0);
    assert_eq!(smtp.received().len(), received.len() + 1);
    assert_eq!(server.store.outbox_pending().await.unwrap(), 0);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusing_mail_server_delays_mail_with_backoff_and_loses_none() {
    let smtp = SmtpServer::start().await;
    let server = TestServer::start_with(|c| c.smtp_url = Some(smtp.url())).await;
    let address = format!("josé{}@correo.example", unique());
    let applicant = register_in(&server, &address, "es").await;
    assert_eq!(smtp.received().len(), 1, "the confirmation link");
    smtp.refuse.store(true, Ordering::SeqCst);
    let case = applicant
        .create_application(code("TWN"), form("TWN"))
        .await
        .unwrap();
    let id = case.application.id;
    applicant.upload_photo(id, jpeg()).await.unwrap();
    applicant.application_action(id, "submit").await.unwrap();
    assert_eq!(server.store.outbox_pending().await.unwrap(), 1);

    // Refused: nothing is lost; the inbox has the news already and the mail waits.
    assert_eq!(drain(&server).await, 0);
    assert_eq!(smtp.refused.load(Ordering::SeqCst), 1);
    assert_eq!(server.store.outbox_pending().await.unwrap(), 1);
    let inbox: serde_json::Value = applicant.get("/api/v1/notifications").await.unwrap();
    assert_eq!(inbox.as_array().unwrap().len(), 1, "{inbox}");

    // Backoff: 2 s after the first refusal, 4 s after the second.
    assert_eq!(drain(&server).await, 0);
    assert_eq!(
        smtp.refused.load(Ordering::SeqCst),
        1,
        "not before its time"
    );
    server.clock.advance(time::Duration::seconds(2));
    drain(&server).await;
    assert_eq!(smtp.refused.load(Ordering::SeqCst), 2, "retried after 2 s");
    server.clock.advance(time::Duration::seconds(3));
    drain(&server).await;
    assert_eq!(smtp.refused.load(Ordering::SeqCst), 2, "the wait doubled");
    server.clock.advance(time::Duration::seconds(1));
    drain(&server).await;
    assert_eq!(smtp.refused.load(Ordering::SeqCst), 3, "retried after 4 s");

    // The server accepts again: the mail goes, once, in Spanish.
    smtp.refuse.store(false, Ordering::SeqCst);
    server.clock.advance(time::Duration::seconds(8));
    assert_eq!(drain(&server).await, 1);
    let received = smtp.received()[1..].to_vec();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].rcpt_to, vec![address.clone()]);
    assert!(
        received[0].body().contains("Hola"),
        "{}",
        received[0].body()
    );
    server.clock.advance(time::Duration::hours(2));
    assert_eq!(drain(&server).await, 0);
    assert_eq!(smtp.received().len(), 2, "exactly once");
    let inbox: serde_json::Value = applicant.get("/api/v1/notifications").await.unwrap();
    assert_eq!(
        inbox.as_array().unwrap().len(),
        1,
        "one inbox entry: {inbox}"
    );
    assert_eq!(server.store.outbox_pending().await.unwrap(), 0);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notices_reach_exactly_their_audience() {
    let smtp = SmtpServer::start().await;
    let server = TestServer::start_with(|c| c.smtp_url = Some(smtp.url())).await;
    let policy = json!({"issuance_policy": {"kind": "virtual_immediate"}});
    let mut admins = std::collections::HashMap::new();
    for eco in ["TWN", "KOR", "JPN"] {
        let admin = server.staff(Role::EconomyAdmin, Some(eco)).await;
        let res = send(
            &admin,
            reqwest::Method::PUT,
            &format!("/api/v1/economies/{eco}/policy"),
            &Body::Json(policy.clone()),
        )
        .await;
        assert_eq!(res.status, 200, "{}", res.text);
        admins.insert(eco, admin);
    }
    // A: a TWN cardholder pre-cleared by JPN. B: a KOR cardholder. C: applied, holds no card.
    let a_address = format!("a{}@例え.jp", unique());
    let b_address = format!("b{}@example.kr", unique());
    let c_address = format!("c{}@example.org", unique());
    let a = register_in(&server, &a_address, "en").await;
    let b = register_in(&server, &b_address, "ko").await;
    let c = register_in(&server, &c_address, "en").await;
    let twn_officer = server.staff(Role::CaseOfficer, Some("TWN")).await;
    let kor_officer = server.staff(Role::CaseOfficer, Some("KOR")).await;
    let a_case = approved_at_home(&a, &twn_officer, "TWN").await;
    assert_eq!(a_case.cards.len(), 1, "A's virtual card");
    let jpn = server.staff(Role::PreClearanceOfficer, Some("JPN")).await;
    jpn.decide(request_to(&a_case, "JPN"), abtc_domain::Decision::Approve)
        .await
        .unwrap();
    let b_case = approved_at_home(&b, &kor_officer, "KOR").await;
    assert_eq!(b_case.cards.len(), 1, "B's virtual card");
    c.create_application(code("TWN"), form("TWN"))
        .await
        .unwrap();
    drain(&server).await;
    let before = smtp.received().len();

    let notice = |kind: &str, economy: Option<&str>, subject: &str| {
        let mut audience = json!({"kind": kind});
        if let Some(e) = economy {
            audience["economy"] = json!(e);
        }
        json!({"audience": audience, "subject": subject, "body": "Plain text.\nSecond line: 第二行."})
    };
    // An economy's administrator speaks for its own economy only.
    let pending = server.store.outbox_pending().await.unwrap();
    for body in [
        notice("home", Some("KOR"), "JPN to KOR"),
        notice("pre_cleared", Some("KOR"), "JPN to KOR pre-cleared"),
        notice("all", None, "JPN to all"),
    ] {
        post(&admins["JPN"], "/api/v1/notices", body)
            .await
            .assert_error(403, "forbidden", "JPN addresses others");
    }
    let officer_try = post(
        &twn_officer,
        "/api/v1/notices",
        notice("home", Some("TWN"), "x"),
    )
    .await;
    officer_try.assert_error(403, "forbidden", "officers send no notices");
    post(
        &admins["JPN"],
        "/api/v1/notices",
        json!({"audience": {"kind": "home", "economy": "JPN"}, "subject": "", "body": "x"}),
    )
    .await
    .assert_error(422, "invalid_notice", "empty subject");
    assert_eq!(
        server.store.outbox_pending().await.unwrap(),
        pending,
        "nothing queued"
    );

    let sent = [
        (
            &admins["JPN"],
            notice("pre_cleared", Some("JPN"), "Land borders of Japan"),
            1,
        ),
        (
            &admins["KOR"],
            notice("home", Some("KOR"), "For Korean cardholders"),
            1,
        ),
        (
            &admins["TWN"],
            notice("home", Some("TWN"), "For Taipei cardholders"),
            1,
        ),
    ];
    for (admin, body, recipients) in sent {
        let res = post(admin, "/api/v1/notices", body.clone()).await;
        assert_eq!(res.status, 202, "{}", res.text);
        assert_eq!(res.json()["recipients"], recipients, "{body}");
    }
    let scheme = server.staff(Role::SchemeAdmin, None).await;
    let res = post(
        &scheme,
        "/api/v1/notices",
        notice("all", None, "To all cardholders"),
    )
    .await;
    assert_eq!(res.status, 202, "{}", res.text);
    assert_eq!(res.json()["recipients"], 2, "A and B, not C");
    let res = post(
        &scheme,
        "/api/v1/notices",
        notice("pre_cleared", Some("RUS"), "Russia"),
    )
    .await;
    assert_eq!(res.json()["recipients"], 0, "nobody is pre-cleared for RUS");

    assert_eq!(drain(&server).await, 5);
    let mut got: Vec<(String, String)> = smtp.received()[before..]
        .iter()
        .map(|m| {
            assert!(m.body().contains("第二行"), "{}", m.body());
            let subject = m.header("Subject").unwrap();
            (
                m.rcpt_to[0].clone(),
                subject.rsplit(": ").next().unwrap().to_owned(),
            )
        })
        .collect();
    got.sort();
    let mut want = vec![
        (a_address.clone(), "Land borders of Japan".to_owned()),
        (a_address.clone(), "For Taipei cardholders".to_owned()),
        (a_address.clone(), "To all cardholders".to_owned()),
        (b_address.clone(), "For Korean cardholders".to_owned()),
        (b_address.clone(), "To all cardholders".to_owned()),
    ];
    want.sort();
    assert_eq!(got, want);
    // The notices are in the cardholders' inboxes too, and not in C's.
    let kinds = |v: serde_json::Value| {
        v.as_array()
            .unwrap()
            .iter()
            .filter(|n| n["kind"] == "notice")
            .count()
    };
    assert_eq!(kinds(a.get("/api/v1/notifications").await.unwrap()), 3);
    assert_eq!(kinds(b.get("/api/v1/notifications").await.unwrap()), 2);
    assert_eq!(kinds(c.get("/api/v1/notifications").await.unwrap()), 0);
    server.stop().await;
}

/// The language switcher also moves a signed-in applicant's mail: registered in English, switched
/// to Japanese on the pages, the next status change is mailed in Japanese.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_switch_moves_the_applicants_mail() {
    let server = TestServer::start().await;
    let (applicant, username) = server.applicant("switches").await;
    let mut web = support::web::WebClient::new(&server.base);
    web.login(&username, PASSWORD).await;
    let switched = web.get("/lang?to=ja&back=/portal").await;
    assert_eq!(switched.status, reqwest::StatusCode::SEE_OTHER);
    let officer = server.staff(Role::CaseOfficer, Some("TWN")).await;
    approved_at_home(&applicant, &officer, "TWN").await;
    drain(&server).await;
    let japanese = abtc_server::web::i18n::catalog().message("ja", "mail-status-subject", &[]);
    let english = abtc_server::web::i18n::catalog().message("en", "mail-status-subject", &[]);
    let to_applicant: Vec<String> = server
        .mails()
        .into_iter()
        .filter(|m| m.contains(&format!("To: {username}")))
        .filter(|m| !m.contains("confirm-email"))
        .collect();
    assert!(!to_applicant.is_empty(), "{:?}", server.mails());
    assert!(
        to_applicant
            .iter()
            .all(|m| m.contains(&japanese) && !m.contains(&english)),
        "{to_applicant:?}"
    );
    server.stop().await;
}

/// Runs the ticket mail until nothing more is handled.
async fn drain_ticket_mail(server: &TestServer) -> u32 {
    let mut total = 0;
    loop {
        let n = deliver_ticket_mail_once(&server.state, "test-worker").await;
        total += n;
        if n == 0 {
            return total;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_economys_steps_on_a_ticket_are_mailed_to_the_cardholder() {
    let smtp = SmtpServer::start().await;
    let server = TestServer::start_with(|c| c.smtp_url = Some(smtp.url())).await;
    let address = format!("김민준{}@한국.kr", unique());
    let holder = register_in(&server, &address, "ko-KR,ko;q=0.9").await;
    let officer = server.staff(Role::CaseOfficer, Some("TWN")).await;
    approved_at_home(&holder, &officer, "TWN").await;
    drain(&server).await;
    let before = smtp.received().len();

    let res = post(
        &holder,
        "/api/v1/tickets",
        json!({"kind": "enquiry", "subject": "여권 갱신", "message": "새 여권 번호는 M1234567입니다."}),
    )
    .await;
    assert_eq!(res.status, 201, "{}", res.text);
    let path = format!("/api/v1/tickets/{}", res.json()["id"].as_str().unwrap());
    assert_eq!(drain_ticket_mail(&server).await, 0, "raising mails nobody");

    // TWN replies: the holder gets one mail, in Korean, linking to the ticket, without the reply.
    let reply = "The new number is recorded; your card stays valid.";
    let res = post(
        &officer,
        &format!("{path}/replies"),
        json!({"message": reply}),
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(drain_ticket_mail(&server).await, 1);
    let mails = smtp.received()[before..].to_vec();
    assert_eq!(mails.len(), 1);
    let m = &mails[0];
    assert_eq!(m.rcpt_to, vec![address.clone()]);
    let body = m.body();
    let id = path.trim_start_matches("/api/v1/tickets/");
    assert!(body.contains(&format!("/portal/tickets/{id}")), "{body}");
    let korean = abtc_server::web::i18n::catalog().message("ko", "mail-ticket-link", &[]);
    assert!(
        body.contains(&korean) && body.contains("여권 갱신"),
        "{body}"
    );
    assert!(
        !body.contains(reply) && !body.contains("M1234567"),
        "{body}"
    );
    assert!(!body.contains('⟦'), "no missing messages: {body}");
    assert_eq!(drain_ticket_mail(&server).await, 0, "mailed once");

    // The holder's own reply mails nobody; TWN closing the ticket mails the holder again.
    let res = post(
        &holder,
        &format!("{path}/replies"),
        json!({"message": "Thank you."}),
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(drain_ticket_mail(&server).await, 0);
    let res = post(&officer, &format!("{path}/close"), json!({})).await;
    assert_eq!(res.status, 200, "{}", res.text);
    assert_eq!(drain_ticket_mail(&server).await, 1);
    assert_eq!(smtp.received().len(), before + 2);
    server.stop().await;
}
