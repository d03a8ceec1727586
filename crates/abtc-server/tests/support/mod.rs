//! The integration tests' harness: a real server on 127.0.0.1:0 over a fresh SQLite file, staff
//! accounts made through the store (as the operator's console does), applicants registered through
//! the API, API tokens per economy, a complete application form and a minimal JPEG, and helpers to
//! send raw requests and check the error format.

// Test code: a panic is a failed test, and each test crate uses only part of this module.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use abtc_client::Client;
use abtc_domain::application::{BusinessType, Employer, PassportDetails};
use abtc_domain::clock::FixedClock;
use abtc_domain::text::{LongText, Phone, ShortText};
use abtc_domain::{
    AccountId, ApplicationForm, ApplicationId, Case, Economies, EconomyCode, Email, MrzName,
    PassportNumber, PersonName, PreClearanceId, Role, Sex,
};
use abtc_server::auth::{new_token, normalize_username, Passwords, API_TOKEN_PREFIX};
use abtc_server::system::OsEntropy;
use abtc_server::{PasswordCost, ServerConfig, Services, StartError};
use abtc_store::{NewAccount, StaffAuthority, Store};
use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde_json::Value;
use time::macros::datetime;
use time::{Date, Duration, OffsetDateTime};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub mod web;

/// The server's clock stands still here, so lockouts and due dates do not depend on the test's speed.
pub const NOW: OffsetDateTime = datetime!(2025-06-02 09:00 UTC);
pub const PASSWORD: &str = "correct horse battery staple";
pub const COST: PasswordCost = PasswordCost {
    memory_kib: 256,
    iterations: 1,
    parallelism: 1,
};

/// Personal data of [`form`], which must never appear where it is not needed.
pub const FAMILY_NAME: &str = "CHEN";
pub const GIVEN_NAMES: &str = "TAI MAN";
pub const NATIVE_NAME: &str = "陳大文";
pub const FORM_EMAIL: &str = "葉士豪@臺網中心.tw";
pub const PASSPORT_NUMBER: &str = "P31415926";
pub const PHONE: &str = "+886 2 2345 6789";

pub fn code(s: &str) -> EconomyCode {
    EconomyCode::parse(s).expect("economy code")
}

pub fn today() -> Date {
    NOW.date()
}

/// A unique suffix for user names and e-mail addresses.
pub fn unique() -> u64 {
    static N: AtomicU64 = AtomicU64::new(1);
    N.fetch_add(1, Ordering::Relaxed)
}

/// A server with its own database, stopped by [`TestServer::stop`] (or torn down with the runtime).
pub struct TestServer {
    pub base: String,
    pub store: Arc<dyn Store>,
    /// The server's clock, which tests may move (e.g. past an outbox backoff).
    pub clock: Arc<FixedClock>,
    /// The server's state, for running background work (the outbox) when a test wants it.
    pub state: abtc_server::AppState,
    passwords: Passwords,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<Result<(), StartError>>>,
    _dir: tempfile::TempDir,
}

impl TestServer {
    pub async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    /// A server whose configuration `adjust` changes first. By default, mail goes to
    /// [`TestServer::mail_dir`] and applicants need not confirm their address to submit.
    pub async fn start_with(adjust: impl FnOnce(&mut ServerConfig)) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}/abtc.db", dir.path().display());
        let store = abtc_store::connect(&url, Arc::new(OsEntropy))
            .await
            .expect("open the store");
        store
            .seed_economies(&Economies::apec_default(), NOW)
            .await
            .expect("seed economies");
        for e in Economies::apec_default().iter() {
            abtc_server::keyring::ensure_economy_keys(store.as_ref(), e.code, &OsEntropy, NOW)
                .await
                .expect("economy keys");
        }
        abtc_server::keyring::publish_trust_list(store.as_ref(), &OsEntropy, NOW)
            .await
            .expect("trust list");
        let clock = Arc::new(FixedClock::new(NOW));
        let services = Services {
            store: store.clone(),
            clock: clock.clone(),
            entropy: Arc::new(OsEntropy),
        };
        let mut config = ServerConfig {
            password_cost: COST,
            public_rate_per_minute: 100_000,
            workers: false,
            mail_dir: Some(dir.path().join("mail")),
            require_email_confirmation: false,
            ..Default::default()
        };
        adjust(&mut config);
        let state = abtc_server::app_state(services, config).expect("app state");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(abtc_server::serve(listener, state.clone(), async move {
            let _ = stopped.await;
        }));
        Self {
            base,
            store,
            clock,
            state,
            passwords: Passwords::new(COST, &OsEntropy).expect("passwords"),
            stop: Some(stop),
            task: Some(task),
            _dir: dir,
        }
    }

    /// Where the server writes outgoing mail.
    pub fn mail_dir(&self) -> std::path::PathBuf {
        self._dir.path().join("mail")
    }

    /// The text of every message mailed so far.
    pub fn mails(&self) -> Vec<String> {
        std::fs::read_dir(self.mail_dir())
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                    .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn anonymous(&self) -> Client {
        Client::new(&self.base)
    }

    /// A staff account of `role` (in `economy` for economy roles), made by the operator, signed in.
    pub async fn staff(&self, role: Role, economy: Option<&str>) -> Client {
        let username = self.staff_account(role, economy).await;
        self.login(&username).await
    }

    /// A staff account of `role` (in `economy` for economy roles), made by the operator; returns its
    /// user name (the password is [`PASSWORD`]).
    pub async fn staff_account(&self, role: Role, economy: Option<&str>) -> String {
        // Stored the way the operator's console stores names: normalized.
        let username = normalize_username(&format!(
            "{}-{}-{}",
            role.as_str(),
            economy.unwrap_or("scheme"),
            unique()
        ));
        let hash = self.passwords.hash(PASSWORD, &OsEntropy).expect("hash");
        let account = NewAccount {
            id: new_account_id(),
            username: username.clone(),
            password_hash: Some(hash),
            role,
            economy: economy.map(code),
            display_name: username.clone(),
        };
        self.store
            .create_staff(StaffAuthority::Operator, account, NOW)
            .await
            .expect("create staff");
        username
    }

    /// An API client of `economy`'s national system; returns its client and account id.
    pub async fn national_system(&self, economy: &str) -> (Client, AccountId) {
        let (token, hash) = new_token(API_TOKEN_PREFIX, &OsEntropy);
        let id = new_account_id();
        self.store
            .create_api_client(
                StaffAuthority::Operator,
                code(economy),
                id,
                &format!("{economy} national system"),
                &hash,
                NOW,
            )
            .await
            .expect("create API client");
        (self.anonymous().with_token(token), id)
    }

    /// A new applicant registered through the API and signed in; returns the client and user name.
    pub async fn applicant(&self, label: &str) -> (Client, String) {
        let email = format!("{label}-{}@example.org", unique());
        self.anonymous()
            .register(&email, PASSWORD)
            .await
            .expect("register");
        (self.login(&email).await, email)
    }

    pub async fn login(&self, username: &str) -> Client {
        self.anonymous()
            .login(username, PASSWORD)
            .await
            .expect("sign in")
            .0
    }

    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.expect("server task").expect("server ran");
        }
    }
}

fn new_account_id() -> AccountId {
    AccountId::from_bytes(*uuid::Uuid::new_v4().as_bytes())
}

// ---------------------------------------------------------------------------------------------
// What applicants send.

/// A complete, eligible form for a holder of `nationality`'s passport, dated relative to [`today`]:
/// a 40-year-old whose passport was issued a year ago and has nine years left.
pub fn form(nationality: &str) -> ApplicationForm {
    let today = today();
    let short = |s: &str| ShortText::parse(s).expect("short text");
    let long = |s: &str| LongText::parse(s).expect("long text");
    ApplicationForm {
        family_name: Some(MrzName::parse(FAMILY_NAME).expect("family name")),
        given_names: Some(MrzName::parse(GIVEN_NAMES).expect("given names")),
        native_name: Some(PersonName::parse(NATIVE_NAME).expect("native name")),
        sex: Some(Sex::M),
        date_of_birth: Some(today - Duration::days(40 * 365 + 10)),
        place_of_birth: Some(short("Taipei")),
        passport: Some(PassportDetails {
            number: PassportNumber::parse(PASSPORT_NUMBER).expect("passport number"),
            issuing_state: code(nationality),
            issued_on: today - Duration::days(365),
            expires_on: today + Duration::days(9 * 365),
        }),
        residential_address: Some(long("1 Xinyi Road\nTaipei 110")),
        phone: Some(Phone::parse(PHONE).expect("phone")),
        email: Some(Email::parse(FORM_EMAIL).expect("email")),
        employer: Some(Employer {
            name: short("Formosa Trading Co."),
            business_address: long("100 Dunhua North Road\nTaipei"),
            business_type: BusinessType::Trade,
            registration_number: Some(short("12345678")),
            small_or_medium: true,
        }),
        position: Some(short("Export manager")),
        trips_per_year: Some(12),
        average_trip_days: Some(5),
        consent_to_disclosure: true,
        priority_economies: Vec::new(),
        renewal_of: None,
    }
}

/// The smallest JPEG the photo parser accepts: SOI, APP0 (JFIF), SOF0 of 400x500, EOI.
pub fn jpeg() -> Vec<u8> {
    let mut b = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
    b.extend_from_slice(b"JFIF\0");
    b.extend_from_slice(&[0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
    b.extend_from_slice(&[0xFF, 0xC0, 0x00, 0x11, 0x08]);
    b.extend_from_slice(&500u16.to_be_bytes());
    b.extend_from_slice(&400u16.to_be_bytes());
    b.extend_from_slice(&[0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
    b.extend_from_slice(&[0xFF, 0xD9]);
    b
}

/// An application by `applicant` to `home` with a photo, submitted, reviewed and approved at home by
/// `officer` (a case officer of `home`): its pre-clearance requests are out.
pub async fn approved_at_home(applicant: &Client, officer: &Client, home: &str) -> Case {
    let case = applicant
        .create_application(code(home), form(home))
        .await
        .expect("create application");
    let id = case.application.id;
    applicant.upload_photo(id, jpeg()).await.expect("photo");
    applicant
        .application_action(id, "submit")
        .await
        .expect("submit");
    officer
        .application_action(id, "review")
        .await
        .expect("review");
    officer
        .application_action(id, "approve")
        .await
        .expect("approve")
}

/// The request of `case` addressed to `economy`.
pub fn request_to(case: &Case, economy: &str) -> PreClearanceId {
    case.pre_clearance(code(economy))
        .unwrap_or_else(|| panic!("no request to {economy}"))
        .id
}

pub fn app_path(id: ApplicationId, rest: &str) -> String {
    format!("/api/v1/applications/{id}{rest}")
}

// ---------------------------------------------------------------------------------------------
// Raw requests.

/// What a request sends.
#[derive(Clone)]
pub enum Body {
    Empty,
    Json(Value),
    /// Raw bytes with a content type.
    Raw(&'static str, Vec<u8>),
}

impl std::fmt::Debug for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Body::Empty => f.write_str("no body"),
            Body::Json(v) => write!(f, "{:.200}", v.to_string()),
            Body::Raw(ct, b) => write!(f, "{} bytes of {ct}", b.len()),
        }
    }
}

/// A response, read whole.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text)
            .unwrap_or_else(|_| panic!("{}: body is not JSON: {}", self.status, self.text))
    }

    /// Why the body is not our error format (`{code, message, request_id}` with a non-empty request
    /// id equal to the `x-request-id` header), if it is not.
    pub fn error_format_problem(&self) -> Option<String> {
        let is_json = self
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        let Ok(v) = serde_json::from_str::<Value>(&self.text) else {
            return Some(format!("body is not JSON: {:?}", self.text));
        };
        let text = |k: &str| v.get(k).and_then(Value::as_str).filter(|s| !s.is_empty());
        let header_id = self
            .headers
            .get("x-request-id")
            .and_then(|h| h.to_str().ok());
        let keys = v.as_object().map(|o| o.len());
        if !is_json {
            Some("content type is not application/json".into())
        } else if text("code").is_none() || text("message").is_none() {
            Some(format!("no code or message: {v}"))
        } else if text("request_id").is_none() || text("request_id") != header_id {
            Some(format!("request_id missing or unlike the header: {v}"))
        } else if keys != Some(3) {
            Some(format!("more than code, message and request_id: {v}"))
        } else {
            None
        }
    }

    /// Asserts a 4xx answer in our error format with `code`.
    pub fn assert_error(&self, status: u16, code: &str, what: &str) {
        assert_eq!(self.status.as_u16(), status, "{what}: {}", self.text);
        if let Some(p) = self.error_format_problem() {
            panic!("{what}: {p}");
        }
        assert_eq!(self.json()["code"], code, "{what}");
    }
}

pub async fn send(client: &Client, method: Method, path: &str, body: &Body) -> Reply {
    let rb = client.request(method, path);
    let rb = match body {
        Body::Empty => rb,
        Body::Json(v) => rb.json(v),
        Body::Raw(content_type, bytes) => {
            rb.header("content-type", *content_type).body(bytes.clone())
        }
    };
    let res = rb.send().await.expect("the server answers");
    Reply {
        status: res.status(),
        headers: res.headers().clone(),
        text: res.text().await.expect("body"),
    }
}

pub async fn get(client: &Client, path: &str) -> Reply {
    send(client, Method::GET, path, &Body::Empty).await
}

pub async fn post(client: &Client, path: &str, body: Value) -> Reply {
    send(client, Method::POST, path, &Body::Json(body)).await
}

// ---------------------------------------------------------------------------------------------
// The border.

/// A TWN passport's zone (TD3, every check digit) for the test form's holder, or anyone else.
pub fn passport_zone(number: &str, birth: Date, expiry: Date, family: &str, given: &str) -> String {
    abtc_border::mrz::write::td3(&abtc_border::mrz::write::Td3Fields {
        issuing_state: "TWN",
        family_name: family,
        given_names: given,
        document_number: number,
        nationality: "TWN",
        date_of_birth: birth,
        sex: abtc_border::Sex::Male,
        date_of_expiry: expiry,
    })
    .expect("a zone from valid fields")
}

/// A TWN cardholder with a virtual card pre-cleared by JPN: their passport zone, the card's QR text,
/// the card number and the holder's client.
pub struct Traveller {
    pub zone: String,
    pub qr: String,
    pub card: abtc_domain::CardNumber,
    pub holder: abtc_client::Client,
    pub case: abtc_domain::Case,
}

pub async fn traveller(server: &TestServer) -> Traveller {
    let admin = server.staff(Role::EconomyAdmin, Some("TWN")).await;
    let officer = server.staff(Role::CaseOfficer, Some("TWN")).await;
    let (holder, _) = server.applicant("traveller").await;
    let _: serde_json::Value = admin
        .put(
            "/api/v1/economies/TWN/policy",
            &serde_json::json!({"issuance_policy": {"kind": "virtual_immediate"}}),
        )
        .await
        .unwrap();
    let case = approved_at_home(&holder, &officer, "TWN").await;
    let card = case.active_card().expect("virtual card").number.clone();
    let jpn = server.staff(Role::PreClearanceOfficer, Some("JPN")).await;
    let r = post(
        &jpn,
        &format!(
            "/api/v1/pre-clearances/{}/decision",
            request_to(&case, "JPN")
        ),
        serde_json::json!({"decision": "approve"}),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let credential: serde_json::Value = holder
        .get(&format!("/api/v1/cards/{card}/credential"))
        .await
        .unwrap();
    let qr = credential["qr"].as_str().unwrap().to_owned();

    let passport = case.application.form.passport.clone().unwrap();
    let birth = case.application.form.date_of_birth.unwrap();
    let zone = passport_zone(
        passport.number.as_str(),
        birth,
        passport.expires_on,
        FAMILY_NAME,
        GIVEN_NAMES,
    );

    Traveller {
        zone,
        qr,
        card,
        holder,
        case,
    }
}
