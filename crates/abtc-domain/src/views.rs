//! What each role may see of a case. Storage returns these projections, never more, so that personal
//! data goes only where the scheme says it must (DESIGN.md section 2).

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::application::ApplicationState;
use crate::application::{Application, BusinessType, Sex};
use crate::case::Case;
use crate::economy::EconomyCode;
use crate::ids::{AccountId, ApplicationId, PreClearanceId, Reference};
use crate::name::{MrzName, PersonName};
use crate::passport::PassportNumber;
use crate::preclearance::{PreClearance, PreClearanceStatus};
use crate::role::Role;
use crate::text::{LongText, ShortText};

impl Case {
    /// The case as its applicant and its home economy see it: other economies' internal notes removed.
    pub fn without_notes(mut self) -> Case {
        for p in self.pre_clearances.iter_mut() {
            p.note = None;
        }
        self
    }
}

/// One pre-clearance request as the asked economy sees it: only what it needs to decide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreClearanceView {
    pub id: PreClearanceId,
    /// The economy asked (always the caller's own).
    pub economy: EconomyCode,
    pub home: EconomyCode,
    pub status: PreClearanceStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub requested_at: OffsetDateTime,
    pub due_on: Date,
    pub overdue: bool,
    #[serde(with = "time::serde::rfc3339::option")]
    pub decided_at: Option<OffsetDateTime>,
    /// This economy's own note.
    pub note: Option<LongText>,
    pub family_name: Option<MrzName>,
    pub given_names: Option<MrzName>,
    pub native_name: Option<PersonName>,
    pub sex: Option<Sex>,
    pub date_of_birth: Option<Date>,
    pub place_of_birth: Option<ShortText>,
    pub nationality: Option<EconomyCode>,
    pub passport_number: Option<PassportNumber>,
    pub passport_expires_on: Option<Date>,
    pub employer_name: Option<ShortText>,
    pub business_type: Option<BusinessType>,
    pub position: Option<ShortText>,
    pub trips_per_year: Option<u16>,
    pub average_trip_days: Option<u16>,
    pub has_photo: bool,
}

impl PreClearanceView {
    pub fn project(app: &Application, pc: &PreClearance, today: Date) -> Self {
        let f = &app.form;
        Self {
            id: pc.id,
            economy: pc.economy,
            home: pc.home,
            status: pc.status,
            requested_at: pc.requested_at,
            due_on: pc.due_on,
            overdue: pc.is_overdue(today),
            decided_at: pc.decided_at,
            note: pc.note.clone(),
            family_name: f.family_name.clone(),
            given_names: f.given_names.clone(),
            native_name: f.native_name.clone(),
            sex: f.sex,
            date_of_birth: f.date_of_birth,
            place_of_birth: f.place_of_birth.clone(),
            nationality: f.passport.as_ref().map(|p| p.issuing_state),
            passport_number: f.passport.as_ref().map(|p| p.number.clone()),
            passport_expires_on: f.passport.as_ref().map(|p| p.expires_on),
            employer_name: f.employer.as_ref().map(|e| e.name.clone()),
            business_type: f.employer.as_ref().map(|e| e.business_type),
            position: f.position.clone(),
            trips_per_year: f.trips_per_year,
            average_trip_days: f.average_trip_days,
            has_photo: app.photo.is_some(),
        }
    }
}

/// What the public status tracker shows for a reference: stages and counts, nothing personal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicStatus {
    pub reference: String,
    pub state: crate::application::ApplicationState,
    pub home: EconomyCode,
    pub submitted_on: Option<Date>,
    pub pre_clearances_requested: u32,
    pub pre_clearances_answered: u32,
    pub card_issued: bool,
}

impl PublicStatus {
    pub fn project(case: &Case) -> Self {
        let app = &case.application;
        let requested = case.pre_clearances.len();
        let answered = case
            .pre_clearances
            .iter()
            .filter(|p| p.status.responded())
            .count();
        Self {
            reference: app.reference.to_string(),
            state: app.state,
            home: app.home,
            submitted_on: app.submitted_at.map(|t| t.date()),
            pre_clearances_requested: u32::try_from(requested).unwrap_or(u32::MAX),
            pre_clearances_answered: u32::try_from(answered).unwrap_or(u32::MAX),
            card_issued: !case.cards.is_empty(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
}

/// A home-queue line: enough to pick the next case, not the whole file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ApplicationSummary {
    pub id: ApplicationId,
    pub reference: Reference,
    pub state: ApplicationState,
    pub home: EconomyCode,
    pub family_name: Option<String>,
    pub given_names: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    /// Submission plus the home economy's review target, for cases still in home review.
    pub due_on: Option<Date>,
    pub overdue: bool,
}

/// One line of a batch's answer. Stored as given for idempotent replays.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct BatchItemResult {
    pub id: PreClearanceId,
    pub ok: bool,
    pub status: Option<PreClearanceStatus>,
    pub error_code: Option<String>,
    pub error_message: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct AccountSummary {
    pub id: AccountId,
    pub username: String,
    pub role: Role,
    pub economy: Option<EconomyCode>,
    pub display_name: String,
    pub disabled: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// An audit record: who (role and economy, never a name), did what, to which record.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub actor_account: Option<AccountId>,
    pub actor_role: Option<Role>,
    pub actor_economy: Option<EconomyCode>,
    pub action: String,
    pub subject: String,
    pub outcome: String,
}

/// A notification delivered to an applicant's inbox.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Notification {
    pub id: i64,
    pub application: ApplicationId,
    pub kind: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// An API client of an economy's national system.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ApiClient {
    pub id: AccountId,
    pub economy: EconomyCode,
    pub name: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    pub revoked: bool,
}
