#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::zombie_processes,
    clippy::disallowed_methods
)]
//! Kills the real server with SIGKILL while it writes, restarts it on the same SQLite file, and checks
//! that every acknowledged write is there and that no write is there in part.

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use abtc_client::Client;
use abtc_domain::application::{BusinessType, Employer};
use abtc_domain::text::{LongText, Phone, ShortText};
use abtc_domain::{
    ApplicationForm, ApplicationId, ApplicationState, EconomyCode, Email, EventKind, MrzName,
    PassportDetails, PassportNumber, PersonName, Sex,
};
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

const PASSWORD: &str = "crash-test-password";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start(dir: &std::path::Path, port: u16) -> Child {
    Command::new(env!("CARGO_BIN_EXE_abtc"))
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(dir)
        .env("ABTC_PASSWORD_COST__MEMORY_KIB", "1024")
        .env("ABTC_PASSWORD_COST__ITERATIONS", "1")
        .env("ABTC_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Opens the confirmation link the server mailed (to its mail folder) at registration.
async fn confirm_from_mail(dir: &std::path::Path, base: &str) {
    let mail = std::fs::read_dir(dir.join("mail"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .find(|m| m.contains("To: crash@example.org"))
        .expect("the confirmation mail");
    let link = mail
        .lines()
        .find(|l| l.starts_with(base) && l.contains("/confirm-email?token="))
        .expect("a confirmation link");
    let res = reqwest::get(link.trim()).await.unwrap();
    assert_eq!(res.status(), 200, "confirming the address");
}

async fn wait_ready(client: &Client) {
    for _ in 0..300 {
        if client
            .get::<serde_json::Value>("/api/v1/ready")
            .await
            .is_ok()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("server did not become ready");
}

fn jpeg() -> Vec<u8> {
    let mut v = vec![
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
    ];
    v.extend_from_slice(&[
        0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xF4, 0x01, 0x90, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3,
        0x11, 1,
    ]);
    v.extend_from_slice(&[0xFF, 0xD9]);
    v
}

fn form() -> ApplicationForm {
    let today = time::OffsetDateTime::now_utc().date();
    ApplicationForm {
        family_name: Some(MrzName::parse("CHEN").unwrap()),
        given_names: Some(MrzName::parse("TA WEN").unwrap()),
        native_name: Some(PersonName::parse("陳大文").unwrap()),
        sex: Some(Sex::M),
        date_of_birth: Some(today - time::Duration::days(40 * 365)),
        place_of_birth: Some(ShortText::parse("Taipei").unwrap()),
        passport: Some(PassportDetails {
            number: PassportNumber::parse("312345678").unwrap(),
            issuing_state: EconomyCode::parse("TWN").unwrap(),
            issued_on: today - time::Duration::days(365),
            expires_on: today + time::Duration::days(9 * 365),
        }),
        residential_address: Some(LongText::parse("1 Zhongshan Rd\nTaipei").unwrap()),
        phone: Some(Phone::parse("+886 2 1234 5678").unwrap()),
        email: Some(Email::parse("葉士豪@臺網中心.tw").unwrap()),
        employer: Some(Employer {
            name: ShortText::parse("Formosa Trading Co").unwrap(),
            business_address: LongText::parse("2 Xinyi Rd, Taipei").unwrap(),
            business_type: BusinessType::Trade,
            registration_number: None,
            small_or_medium: true,
        }),
        position: Some(ShortText::parse("Sales director").unwrap()),
        trips_per_year: Some(6),
        average_trip_days: Some(5),
        consent_to_disclosure: true,
        priority_economies: vec![],
        renewal_of: None,
    }
}

/// How far each application got, as the server acknowledged it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Acked {
    Created,
    Photo,
    Submitted,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_writes_survive_sigkill_and_none_is_partial() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = start(dir.path(), port);
    let anon = Client::new(format!("http://127.0.0.1:{port}"));
    wait_ready(&anon).await;
    anon.register("crash@example.org", PASSWORD).await.unwrap();
    confirm_from_mail(dir.path(), &format!("http://127.0.0.1:{port}")).await;
    let (client, _) = anon.login("crash@example.org", PASSWORD).await.unwrap();

    let acked: Arc<Mutex<HashMap<ApplicationId, Acked>>> = Arc::default();
    let mut tasks = Vec::new();
    for _ in 0..6 {
        let client = client.clone();
        let acked = acked.clone();
        tasks.push(tokio::spawn(async move {
            let twn = EconomyCode::parse("TWN").unwrap();
            loop {
                let Ok(case) = client.create_application(twn, form()).await else {
                    return;
                };
                let id = case.application.id;
                acked.lock().unwrap().insert(id, Acked::Created);
                if client.upload_photo(id, jpeg()).await.is_err() {
                    return;
                }
                acked.lock().unwrap().insert(id, Acked::Photo);
                if client.application_action(id, "submit").await.is_err() {
                    return;
                }
                acked.lock().unwrap().insert(id, Acked::Submitted);
            }
        }));
    }
    // Let the writers get going, then kill the server in the middle of their work.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    kill(
        Pid::from_raw(i32::try_from(server.id()).unwrap()),
        Signal::SIGKILL,
    )
    .unwrap();
    server.wait().unwrap();
    for t in tasks {
        t.await.unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    assert!(
        acked.len() >= 5,
        "too few writes before the kill to prove anything: {}",
        acked.len()
    );

    let mut server = start(dir.path(), port);
    wait_ready(&anon).await;
    let (client, _) = anon.login("crash@example.org", PASSWORD).await.unwrap();
    let listed = client.applications().await.unwrap().items;
    for (id, step) in &acked {
        assert!(
            listed.iter().any(|s| s.id == *id),
            "acknowledged application {id} is gone"
        );
        let case = client.application(*id).await.unwrap();
        let reached = match (case.application.state, case.application.photo.is_some()) {
            (ApplicationState::Submitted, _) => Acked::Submitted,
            (ApplicationState::Draft, true) => Acked::Photo,
            (ApplicationState::Draft, false) => Acked::Created,
            (other, _) => panic!("unexpected state {other:?}"),
        };
        assert!(
            reached >= *step,
            "{id}: acknowledged {step:?} but found {reached:?}"
        );
    }
    // No partial write: every stored change has its event, and every event its change.
    for summary in &listed {
        let case = client.application(summary.id).await.unwrap();
        let history: Vec<abtc_domain::Event> = client
            .get(&format!("/api/v1/applications/{}/history", summary.id))
            .await
            .unwrap();
        let has = |k: &str| history.iter().any(|e| e.kind.name() == k);
        assert!(matches!(
            history.first().map(|e| &e.kind),
            Some(EventKind::ApplicationCreated)
        ));
        assert_eq!(
            case.application.photo.is_some(),
            has("photo_attached"),
            "{}",
            summary.id
        );
        assert_eq!(
            case.application.state == ApplicationState::Submitted,
            has("submitted"),
            "{}",
            summary.id
        );
        if case.application.photo.is_some() {
            let photo = client
                .request(
                    reqwest::Method::GET,
                    &format!("/api/v1/applications/{}/photo", summary.id),
                )
                .send()
                .await
                .unwrap();
            assert_eq!(photo.status(), 200, "photo row missing for {}", summary.id);
        }
    }
    server.kill().unwrap();
    server.wait().unwrap();
}
