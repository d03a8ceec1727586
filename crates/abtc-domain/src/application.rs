//! The application: what a business person submits to their home economy, and where it stands.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::card_number::CardNumber;
use crate::economy::{Economies, EconomyCode};
use crate::email::Email;
use crate::error::DomainError;
use crate::ids::{AccountId, ApplicationId, Reference};
use crate::name::{MrzName, PersonName};
use crate::passport::PassportNumber;
use crate::text::{LongText, Phone, ShortText};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sex {
    F,
    M,
    X,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PassportDetails {
    pub number: PassportNumber,
    /// The issuing state, which is the holder's nationality for the scheme's purposes.
    pub issuing_state: EconomyCode,
    pub issued_on: Date,
    pub expires_on: Date,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BusinessType {
    Manufacturing,
    Trade,
    Services,
    Finance,
    Technology,
    Resources,
    Agriculture,
    Tourism,
    Education,
    Government,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Employer {
    pub name: ShortText,
    pub business_address: LongText,
    pub business_type: BusinessType,
    pub registration_number: Option<ShortText>,
    /// Small or medium enterprise: the scheme tracks SME access since the 2022 definition.
    #[serde(default)]
    pub small_or_medium: bool,
}

/// The applicant's answers. Everything is optional while a draft; [`ApplicationForm::check_complete`]
/// says what is missing at submission.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicationForm {
    /// Latin-script names exactly as in the passport's machine-readable zone.
    pub family_name: Option<MrzName>,
    pub given_names: Option<MrzName>,
    /// The full name in the holder's own script.
    pub native_name: Option<PersonName>,
    pub sex: Option<Sex>,
    pub date_of_birth: Option<Date>,
    pub place_of_birth: Option<ShortText>,
    pub passport: Option<PassportDetails>,
    pub residential_address: Option<LongText>,
    pub phone: Option<Phone>,
    pub email: Option<Email>,
    pub employer: Option<Employer>,
    pub position: Option<ShortText>,
    pub trips_per_year: Option<u16>,
    pub average_trip_days: Option<u16>,
    #[serde(default)]
    pub consent_to_disclosure: bool,
    /// Under a priority policy: the economies whose answers the applicant waits for.
    #[serde(default)]
    pub priority_economies: Vec<EconomyCode>,
    /// A renewal names the card it replaces; that card is cancelled when the new one is issued.
    pub renewal_of: Option<CardNumber>,
}

/// The minimum validity a passport must have left when the application is submitted.
pub const MIN_PASSPORT_MONTHS_LEFT: i64 = 6;
pub const MIN_AGE_YEARS: i32 = 18;

impl ApplicationForm {
    pub fn check_complete(&self) -> Result<(), DomainError> {
        fn need<T>(v: &Option<T>, field: &'static str) -> Result<(), DomainError> {
            v.as_ref()
                .map(|_| ())
                .ok_or(DomainError::Incomplete { field })
        }
        need(&self.family_name, "family_name")?;
        need(&self.sex, "sex")?;
        need(&self.date_of_birth, "date_of_birth")?;
        need(&self.place_of_birth, "place_of_birth")?;
        need(&self.passport, "passport")?;
        need(&self.residential_address, "residential_address")?;
        need(&self.phone, "phone")?;
        need(&self.email, "email")?;
        need(&self.employer, "employer")?;
        need(&self.position, "position")?;
        need(&self.trips_per_year, "trips_per_year")?;
        need(&self.average_trip_days, "average_trip_days")?;
        if !self.consent_to_disclosure {
            return Err(DomainError::Incomplete {
                field: "consent_to_disclosure",
            });
        }
        Ok(())
    }

    /// The baseline eligibility rules that the data alone can decide; the home officer judges the rest.
    pub fn check_eligible(
        &self,
        home: EconomyCode,
        economies: &Economies,
        today: Date,
    ) -> Result<(), DomainError> {
        let home_economy = economies.get(home)?;
        if let Some(p) = &self.passport {
            let issuer = economies
                .get(p.issuing_state)
                .map_err(|_| DomainError::NotEligible {
                    reason: "the passport must be issued by an APEC member economy",
                })?;
            if issuer.code != home && !home_economy.accepts_permanent_residents {
                return Err(DomainError::NotEligible {
                    reason: "apply to the economy that issued your passport",
                });
            }
            if p.issued_on >= p.expires_on || p.issued_on > today {
                return Err(DomainError::InvalidField {
                    field: "passport",
                    reason: "issue date must be in the past and before the expiry date",
                });
            }
            if p.expires_on < add_months(today, MIN_PASSPORT_MONTHS_LEFT) {
                return Err(DomainError::NotEligible {
                    reason: "the passport must be valid for at least six more months",
                });
            }
        }
        if let Some(dob) = self.date_of_birth {
            if dob >= today {
                return Err(DomainError::InvalidField {
                    field: "date_of_birth",
                    reason: "must be in the past",
                });
            }
            if years_between(dob, today) < MIN_AGE_YEARS {
                return Err(DomainError::NotEligible {
                    reason: "applicants must be at least 18 years old",
                });
            }
            if years_between(dob, today) > 120 {
                return Err(DomainError::InvalidField {
                    field: "date_of_birth",
                    reason: "is more than 120 years ago",
                });
            }
        }
        if self.trips_per_year.is_some_and(|t| t == 0 || t > 365) {
            return Err(DomainError::InvalidField {
                field: "trips_per_year",
                reason: "between 1 and 365",
            });
        }
        if self.average_trip_days.is_some_and(|d| d == 0 || d > 365) {
            return Err(DomainError::InvalidField {
                field: "average_trip_days",
                reason: "between 1 and 365",
            });
        }
        let max_named = home_economy.issuance_policy.max_named();
        if self.priority_economies.len() > max_named {
            return Err(DomainError::InvalidField {
                field: "priority_economies",
                reason: "more economies named than the home economy's policy allows",
            });
        }
        let targets = economies.pre_clearance_targets(home)?;
        if self.priority_economies.iter().any(|e| !targets.contains(e)) {
            return Err(DomainError::InvalidField {
                field: "priority_economies",
                reason: "each must be a full member other than the home economy",
            });
        }
        Ok(())
    }
}

/// Whole years from `from` to `to` (birthday arithmetic).
pub fn years_between(from: Date, to: Date) -> i32 {
    let mut y = to.year() - from.year();
    if (to.month() as u8, to.day()) < (from.month() as u8, from.day()) {
        y -= 1;
    }
    y
}

/// Adds calendar months, clamping the day to the month's length (31 January + 1 month = 28/29 February).
pub fn add_months(d: Date, months: i64) -> Date {
    let total = i64::from(d.year()) * 12 + i64::from(d.month() as u8) - 1 + months;
    let year = i32::try_from(total.div_euclid(12)).unwrap_or(d.year());
    let month_index = u8::try_from(total.rem_euclid(12) + 1).unwrap_or(1);
    let month = time::Month::try_from(month_index).unwrap_or(d.month());
    let last = month.length(year);
    Date::from_calendar_date(year, month, d.day().min(last)).unwrap_or(d)
}

pub fn add_years(d: Date, years: i32) -> Date {
    add_months(d, i64::from(years) * 12)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationState {
    Draft,
    Submitted,
    HomeReview,
    InfoRequested,
    Rejected,
    Withdrawn,
    PreClearance,
    Issued,
}

impl ApplicationState {
    pub const ALL: [ApplicationState; 8] = [
        Self::Draft,
        Self::Submitted,
        Self::HomeReview,
        Self::InfoRequested,
        Self::Rejected,
        Self::Withdrawn,
        Self::PreClearance,
        Self::Issued,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Submitted => "submitted",
            Self::HomeReview => "home_review",
            Self::InfoRequested => "info_requested",
            Self::Rejected => "rejected",
            Self::Withdrawn => "withdrawn",
            Self::PreClearance => "pre_clearance",
            Self::Issued => "issued",
        }
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or(DomainError::InvalidField {
                field: "state",
                reason: "unknown application state",
            })
    }

    /// The legal moves of DESIGN.md section 3; the property tests check every transition against it.
    pub fn may_become(self, next: ApplicationState) -> bool {
        use ApplicationState::*;
        self == next
            || matches!(
                (self, next),
                (Draft, Submitted)
                    | (Submitted, HomeReview)
                    | (Submitted, Withdrawn)
                    | (HomeReview, InfoRequested)
                    | (InfoRequested, HomeReview)
                    | (InfoRequested, Withdrawn)
                    | (HomeReview, Rejected)
                    | (HomeReview, Withdrawn)
                    | (HomeReview, PreClearance)
                    | (HomeReview, Issued)
                    | (PreClearance, Issued)
            )
    }
}

/// A photo the application holds (its bytes are stored beside it, not in the aggregate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoInfo {
    pub width: u32,
    pub height: u32,
    pub bytes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub id: ApplicationId,
    pub reference: Reference,
    pub applicant: AccountId,
    pub home: EconomyCode,
    pub form: ApplicationForm,
    pub photo: Option<PhotoInfo>,
    pub state: ApplicationState,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    /// When the home economy approved and the requests went out.
    #[serde(with = "time::serde::rfc3339::option")]
    pub home_decided_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub issued_at: Option<OffsetDateTime>,
    /// The open question of an information request, until the applicant answers.
    pub open_question: Option<LongText>,
    pub rejection_reason: Option<LongText>,
    /// Under a priority policy, the applicant asked for the card to be issued now.
    pub issue_requested: bool,
}

impl Application {
    /// A new draft. The reference's randomness comes from the caller.
    pub fn draft(
        id: ApplicationId,
        reference: Reference,
        applicant: AccountId,
        home: EconomyCode,
        form: ApplicationForm,
        economies: &Economies,
        now: OffsetDateTime,
    ) -> Result<Self, DomainError> {
        economies.get(home)?;
        Ok(Self {
            id,
            reference,
            applicant,
            home,
            form,
            photo: None,
            state: ApplicationState::Draft,
            created_at: now,
            submitted_at: None,
            home_decided_at: None,
            issued_at: None,
            open_question: None,
            rejection_reason: None,
            issue_requested: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn month_arithmetic_clamps() {
        assert_eq!(add_months(date!(2024 - 01 - 31), 1), date!(2024 - 02 - 29));
        assert_eq!(add_months(date!(2023 - 01 - 31), 1), date!(2023 - 02 - 28));
        assert_eq!(add_years(date!(2024 - 02 - 29), 5), date!(2029 - 02 - 28));
        assert_eq!(add_months(date!(2024 - 11 - 15), 2), date!(2025 - 01 - 15));
        assert_eq!(add_months(date!(2024 - 01 - 15), -2), date!(2023 - 11 - 15));
    }

    #[test]
    fn ages() {
        assert_eq!(
            years_between(date!(2000 - 06 - 15), date!(2018 - 06 - 14)),
            17
        );
        assert_eq!(
            years_between(date!(2000 - 06 - 15), date!(2018 - 06 - 15)),
            18
        );
    }

    #[test]
    fn legal_moves() {
        use ApplicationState::*;
        assert!(Draft.may_become(Submitted));
        assert!(!Draft.may_become(Issued));
        assert!(!Rejected.may_become(HomeReview));
        assert!(!Issued.may_become(PreClearance));
        for s in ApplicationState::ALL {
            assert_eq!(ApplicationState::parse(s.as_str()).unwrap(), s);
        }
    }
}
