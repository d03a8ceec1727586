//! Fixtures for the conformance suite: a fresh store per test on either backend, an entropy source,
//! scopes for every role, a complete application form and a minimal JPEG, and builders that walk an
//! application through the store to a given stage.

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use abtc_domain::application::{BusinessType, Employer, PassportDetails};
use abtc_domain::role::{
    ApplicantScope, AuditScope, EconomyAdminScope, HomeScope, PreClearanceScope,
};
use abtc_domain::text::{LongText, Phone, ShortText};
use abtc_domain::{
    AccountId, ApplicationForm, ApplicationId, Case, Command, Decision, Economies, EconomyCode,
    Email, Entropy, MrzName, PassportNumber, PersonName, Photo, PhotoLimits, PreClearanceId,
    Principal, Role, Sex,
};
use abtc_store::{
    CaseAccess, NewAccount, PreClearanceAction, PreClearanceFilter, Store, StoreError, MAX_PER_PAGE,
};
use sha2::{Digest, Sha256};
use sqlx::Connection;
use time::macros::{date, datetime};
use time::OffsetDateTime;

/// The tests' "now": the applicant's passport was issued before it and the card is valid for 5 years.
pub const T0: OffsetDateTime = datetime!(2024-03-01 09:00 UTC);
/// Long after every card issued at [`T0`] has expired.
pub const FAR_FUTURE: OffsetDateTime = datetime!(2040-01-01 00:00 UTC);

/// Personal data in [`form`] that must never appear where it is not needed.
pub const FAMILY_NAME: &str = "LINDQVIST";
pub const PASSPORT_NUMBER: &str = "P1234567";
pub const EMAIL: &str = "mei.lindqvist@example.com.tw";
pub const PHONE_DIGITS: &str = "212345678";
pub const ADDRESS: &str = "Xinyi Road";

// ---------------------------------------------------------------------------------------------
// Entropy: a counter hashed with a per-store random seed. Unique across stores and runs, and cheap.

pub struct TestEntropy {
    seed: [u8; 16],
    counter: AtomicU64,
}

impl TestEntropy {
    pub fn new() -> Self {
        Self {
            seed: *uuid::Uuid::new_v4().as_bytes(),
            counter: AtomicU64::new(0),
        }
    }
}

impl Entropy for TestEntropy {
    fn fill(&self, buf: &mut [u8]) {
        for chunk in buf.chunks_mut(32) {
            let n = self.counter.fetch_add(1, Ordering::Relaxed);
            let digest = Sha256::new()
                .chain_update(self.seed)
                .chain_update(n.to_be_bytes())
                .finalize();
            chunk.copy_from_slice(&digest[..chunk.len()]);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Backends.

pub type S = Arc<dyn Store>;

/// A store on a database of its own, seeded with the default economies; `finish` cleans up.
pub struct TestDb {
    pub store: S,
    _dir: Option<tempfile::TempDir>,
    /// PostgreSQL: the admin URL and the test database's name, to drop it afterwards.
    pg: Option<(String, String)>,
}

async fn open(url: &str) -> S {
    let store = abtc_store::connect(url, Arc::new(TestEntropy::new()))
        .await
        .unwrap_or_else(|e| panic!("connect to the test database: {e}"));
    store
        .seed_economies(&Economies::apec_default(), T0)
        .await
        .expect("seed economies");
    store
}

impl TestDb {
    pub async fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}/abtc.db", dir.path().display());
        Self {
            store: open(&url).await,
            _dir: Some(dir),
            pg: None,
        }
    }

    /// `None` when PostgreSQL is not configured and not required (the test is then skipped, loudly).
    pub async fn postgres() -> Option<Self> {
        let Ok(admin) = std::env::var("ABTC_TEST_DATABASE_URL") else {
            if std::env::var("ABTC_REQUIRE_POSTGRES").as_deref() == Ok("1") {
                panic!(
                    "PostgreSQL is required (ABTC_REQUIRE_POSTGRES=1) but ABTC_TEST_DATABASE_URL is not set; \
                     start a cluster with scripts/pg-cluster start DIR and export its URL"
                );
            }
            // Straight to the process's stderr, past the test harness's capture, so it is seen.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED: PostgreSQL conformance (ABTC_TEST_DATABASE_URL not set)"
            );
            return None;
        };
        let name = format!("t_{}", uuid::Uuid::new_v4().simple());
        let mut conn = sqlx::PgConnection::connect(&admin)
            .await
            .unwrap_or_else(|e| panic!("connect to ABTC_TEST_DATABASE_URL: {e}"));
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .await
            .expect("create the test database");
        conn.close().await.ok();
        Some(Self {
            store: open(&with_database(&admin, &name)).await,
            _dir: None,
            pg: Some((admin, name)),
        })
    }

    /// Closes the store and drops its PostgreSQL database (a failed test leaves it to the throwaway
    /// cluster).
    pub async fn finish(self) {
        self.store.close().await;
        if let Some((admin, name)) = self.pg {
            if let Ok(mut conn) = sqlx::PgConnection::connect(&admin).await {
                let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut conn)
                    .await;
                conn.close().await.ok();
            }
        }
    }
}

/// The URL with its path (the database name) replaced, keeping user, host and query parameters.
pub fn with_database(url: &str, db: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("a URL with a scheme");
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let query = tail.find('?').map_or("", |i| &tail[i..]);
    format!("{scheme}://{authority}/{db}{query}")
}

/// Two `#[tokio::test]`s per check, one per backend: `check: sqlite_check, postgres_check;`.
macro_rules! conformance {
    ($($check:ident: $sqlite:ident, $postgres:ident;)*) => {$(
        #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
        async fn $sqlite() {
            let db = crate::support::TestDb::sqlite().await;
            $check(db.store.clone()).await;
            db.finish().await;
        }

        #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
        async fn $postgres() {
            let Some(db) = crate::support::TestDb::postgres().await else { return };
            $check(db.store.clone()).await;
            db.finish().await;
        }
    )*};
}

// ---------------------------------------------------------------------------------------------
// Who calls.

pub fn code(s: &str) -> EconomyCode {
    EconomyCode::parse(s).expect("economy code")
}

pub fn new_id() -> AccountId {
    AccountId::from_bytes(*uuid::Uuid::new_v4().as_bytes())
}

pub fn principal(role: Role, economy: Option<&str>) -> Principal {
    Principal::new(new_id(), role, economy.map(code)).expect("principal")
}

pub fn home(economy: &str) -> HomeScope {
    principal(Role::CaseOfficer, Some(economy))
        .home()
        .expect("home scope")
}

pub fn home_access(economy: &str) -> CaseAccess {
    CaseAccess::Home(home(economy))
}

pub fn pco(economy: &str) -> PreClearanceScope {
    principal(Role::PreClearanceOfficer, Some(economy))
        .pre_clearance()
        .expect("pre-clearance scope")
}

pub fn admin(economy: &str) -> EconomyAdminScope {
    principal(Role::EconomyAdmin, Some(economy))
        .economy_admin()
        .expect("economy admin scope")
}

pub fn auditor() -> AuditScope {
    principal(Role::Auditor, None)
        .auditor()
        .expect("audit scope")
}

pub fn unique_username() -> String {
    format!("{}@example.org", uuid::Uuid::new_v4().simple())
}

pub fn new_account(id: AccountId, username: &str, role: Role, economy: Option<&str>) -> NewAccount {
    NewAccount {
        id,
        username: username.to_owned(),
        password_hash: Some("$argon2id$test".into()),
        role,
        economy: economy.map(code),
        display_name: "Test".into(),
    }
}

/// Registers a new applicant and returns the scope authentication would give them.
pub async fn register(s: &S) -> ApplicantScope {
    let id = new_id();
    s.create_applicant(
        new_account(id, &unique_username(), Role::Applicant, None),
        T0,
    )
    .await
    .expect("create applicant");
    Principal::new(id, Role::Applicant, None)
        .and_then(|p| p.applicant())
        .expect("applicant scope")
}

// ---------------------------------------------------------------------------------------------
// What applicants send.

pub fn long(s: &str) -> LongText {
    LongText::parse(s).expect("long text")
}

pub fn short(s: &str) -> ShortText {
    ShortText::parse(s).expect("short text")
}

/// A complete, eligible form for a holder of `nationality`'s passport.
pub fn form(nationality: &str) -> ApplicationForm {
    ApplicationForm {
        family_name: Some(MrzName::parse(FAMILY_NAME).expect("family name")),
        given_names: Some(MrzName::parse("Mei Ling").expect("given names")),
        native_name: Some(PersonName::parse("林美玲").expect("native name")),
        sex: Some(Sex::F),
        date_of_birth: Some(date!(1980 - 05 - 20)),
        place_of_birth: Some(short("Taipei")),
        passport: Some(PassportDetails {
            number: PassportNumber::parse(PASSPORT_NUMBER).expect("passport number"),
            issuing_state: code(nationality),
            issued_on: date!(2024 - 01 - 15),
            expires_on: date!(2034 - 01 - 15),
        }),
        residential_address: Some(long(&format!("1 {ADDRESS}\nTaipei"))),
        phone: Some(Phone::parse("+886 2 1234 5678").expect("phone")),
        email: Some(Email::parse(EMAIL).expect("email")),
        employer: Some(Employer {
            name: short("Acme Trading Ltd"),
            business_address: long("100 Harbour Road"),
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

/// The smallest JPEG the photo parser accepts: SOI, APP0 (JFIF), SOF0 of 400x500 (three components),
/// EOI.
pub fn jpeg() -> Vec<u8> {
    let mut b = vec![0xFF, 0xD8];
    b.extend_from_slice(&[0xFF, 0xE0, 0x00, 0x10]);
    b.extend_from_slice(b"JFIF\0");
    b.extend_from_slice(&[0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
    b.extend_from_slice(&[0xFF, 0xC0, 0x00, 0x11, 0x08]);
    b.extend_from_slice(&500u16.to_be_bytes());
    b.extend_from_slice(&400u16.to_be_bytes());
    b.extend_from_slice(&[0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
    b.extend_from_slice(&[0xFF, 0xD9]);
    b
}

pub fn photo() -> Photo {
    Photo::parse(jpeg(), &PhotoLimits::default()).expect("the test JPEG parses")
}

// ---------------------------------------------------------------------------------------------
// Cases at a given stage.

/// An applicant and their case as last returned by the store.
pub struct Applied {
    pub applicant: ApplicantScope,
    pub case: Case,
}

impl Applied {
    pub fn id(&self) -> ApplicationId {
        self.case.application.id
    }

    pub fn access(&self) -> CaseAccess {
        CaseAccess::Applicant(self.applicant)
    }

    /// The request addressed to `economy`.
    pub fn pc(&self, economy: &str) -> PreClearanceId {
        self.case
            .pre_clearance(code(economy))
            .unwrap_or_else(|| panic!("no request to {economy}"))
            .id
    }

    /// The economies asked, as codes.
    pub fn asked(&self) -> Vec<String> {
        self.case
            .pre_clearances
            .iter()
            .map(|p| p.economy.to_string())
            .collect()
    }
}

/// A draft for a holder of `home`'s passport, with its photo, by a new applicant.
pub async fn draft(s: &S, home: &str) -> Applied {
    let applicant = register(s).await;
    let case = s
        .create_application(&applicant, code(home), form(home), T0)
        .await
        .expect("create application");
    let case = s
        .attach_photo(&applicant, case.application.id, photo(), T0)
        .await
        .expect("attach photo");
    Applied { applicant, case }
}

pub async fn submitted(s: &S, home: &str) -> Applied {
    let mut a = draft(s, home).await;
    a.case = s
        .execute(a.access(), a.id(), Command::Submit, T0)
        .await
        .expect("submit");
    a
}

/// Approved by its home economy: the pre-clearance requests are out (and, for a virtual-immediate
/// home economy, the card is issued).
pub async fn approved(s: &S, home: &str) -> Applied {
    let mut a = submitted(s, home).await;
    for command in [Command::StartReview, Command::Approve] {
        a.case = s
            .execute(home_access(home), a.id(), command, T0)
            .await
            .expect("home review");
    }
    a
}

pub async fn decide(
    s: &S,
    economy: &str,
    id: PreClearanceId,
    decision: Decision,
) -> Result<abtc_domain::PreClearanceView, StoreError> {
    s.execute_pre_clearance(
        &pco(economy),
        id,
        PreClearanceAction::Decide {
            decision,
            note: None,
        },
        T0,
    )
    .await
}

/// Every request of a queue page, for filters that should see everything.
pub fn all_pending() -> PreClearanceFilter {
    PreClearanceFilter {
        per_page: MAX_PER_PAGE,
        ..Default::default()
    }
}

/// Runs the futures as tasks released together (a barrier) and returns their outputs in order.
pub async fn concurrently<T, F>(futures: Vec<F>) -> Vec<T>
where
    T: Send + 'static,
    F: std::future::Future<Output = T> + Send + 'static,
{
    let start = Arc::new(tokio::sync::Barrier::new(futures.len()));
    let handles: Vec<_> = futures
        .into_iter()
        .map(|f| {
            let start = start.clone();
            tokio::spawn(async move {
                start.wait().await;
                f.await
            })
        })
        .collect();
    let mut out = Vec::with_capacity(handles.len());
    for h in handles {
        out.push(h.await.expect("task panicked"));
    }
    out
}
