//! Who is calling, and the scopes that prove what they may touch. Storage methods take a scope, so a
//! handler that lacks the right one cannot even ask for the data.

use serde::{Deserialize, Serialize};

use crate::economy::EconomyCode;
use crate::error::DomainError;
use crate::ids::AccountId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Applicant,
    /// Home-economy case officer: vets the economy's own applicants and manages their cards.
    CaseOfficer,
    /// Decides the economy's pre-clearance requests.
    PreClearanceOfficer,
    /// Verifies cards at the border (offline; online status checks only).
    BorderOfficer,
    /// Manages one economy's officers, API clients, keys and issuance policy.
    EconomyAdmin,
    /// The convenor: economies, participation, trust list, scheme-wide aggregates.
    SchemeAdmin,
    Auditor,
    /// An economy's national system, through an API token: acts as that economy's officers.
    NationalSystem,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Applicant,
        Role::CaseOfficer,
        Role::PreClearanceOfficer,
        Role::BorderOfficer,
        Role::EconomyAdmin,
        Role::SchemeAdmin,
        Role::Auditor,
        Role::NationalSystem,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Applicant => "applicant",
            Self::CaseOfficer => "case_officer",
            Self::PreClearanceOfficer => "pre_clearance_officer",
            Self::BorderOfficer => "border_officer",
            Self::EconomyAdmin => "economy_admin",
            Self::SchemeAdmin => "scheme_admin",
            Self::Auditor => "auditor",
            Self::NationalSystem => "national_system",
        }
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or(DomainError::InvalidField {
                field: "role",
                reason: "unknown role",
            })
    }

    /// Roles that belong to one economy; the others are scheme-wide or personal.
    pub fn needs_economy(self) -> bool {
        matches!(
            self,
            Self::CaseOfficer
                | Self::PreClearanceOfficer
                | Self::BorderOfficer
                | Self::EconomyAdmin
                | Self::NationalSystem
        )
    }
}

/// An authenticated caller. Built only by authentication (and by tests); everything else derives a
/// narrower scope from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Principal {
    account: AccountId,
    role: Role,
    economy: Option<EconomyCode>,
}

impl Principal {
    pub fn new(
        account: AccountId,
        role: Role,
        economy: Option<EconomyCode>,
    ) -> Result<Self, DomainError> {
        if role.needs_economy() != economy.is_some() {
            return Err(DomainError::InvalidField {
                field: "economy",
                reason: "officer, administrator and national-system roles belong to exactly one economy; others to none",
            });
        }
        Ok(Self {
            account,
            role,
            economy,
        })
    }

    pub fn account(&self) -> AccountId {
        self.account
    }
    pub fn role(&self) -> Role {
        self.role
    }
    pub fn economy(&self) -> Option<EconomyCode> {
        self.economy
    }

    pub fn applicant(&self) -> Result<ApplicantScope, DomainError> {
        match self.role {
            Role::Applicant => Ok(ApplicantScope {
                account: self.account,
            }),
            _ => Err(DomainError::Forbidden),
        }
    }

    pub fn home(&self) -> Result<HomeScope, DomainError> {
        match (self.role, self.economy) {
            (Role::CaseOfficer | Role::NationalSystem, Some(economy)) => Ok(HomeScope {
                economy,
                account: self.account,
                role: self.role,
            }),
            _ => Err(DomainError::Forbidden),
        }
    }

    pub fn pre_clearance(&self) -> Result<PreClearanceScope, DomainError> {
        match (self.role, self.economy) {
            (Role::PreClearanceOfficer | Role::NationalSystem, Some(economy)) => {
                Ok(PreClearanceScope {
                    economy,
                    account: self.account,
                    role: self.role,
                })
            }
            _ => Err(DomainError::Forbidden),
        }
    }

    pub fn economy_admin(&self) -> Result<EconomyAdminScope, DomainError> {
        match (self.role, self.economy) {
            (Role::EconomyAdmin, Some(economy)) => Ok(EconomyAdminScope {
                economy,
                account: self.account,
            }),
            _ => Err(DomainError::Forbidden),
        }
    }

    pub fn scheme_admin(&self) -> Result<SchemeAdminScope, DomainError> {
        match self.role {
            Role::SchemeAdmin => Ok(SchemeAdminScope {
                account: self.account,
            }),
            _ => Err(DomainError::Forbidden),
        }
    }

    pub fn auditor(&self) -> Result<AuditScope, DomainError> {
        match self.role {
            Role::Auditor => Ok(AuditScope {
                account: self.account,
            }),
            _ => Err(DomainError::Forbidden),
        }
    }

    /// Reports are aggregates (counts, medians, percentiles) that carry no personal data, so every
    /// signed-in staff role may read them; applicants may not, because the figures are the
    /// economies' operational information, not theirs.
    pub fn reports(&self) -> Result<ReportScope, DomainError> {
        match self.role {
            Role::Applicant => Err(DomainError::Forbidden),
            role => Ok(ReportScope {
                role,
                economy: self.economy,
            }),
        }
    }

    /// The border: an economy's border officers and its national system (the e-gates' back end)
    /// decide at that economy's gates. The decision reads no stored personal data, but it is the
    /// economy's own gate: another economy's staff have no business running it.
    pub fn border(&self) -> Result<BorderScope, DomainError> {
        match (self.role, self.economy) {
            (Role::BorderOfficer | Role::NationalSystem, Some(economy)) => Ok(BorderScope {
                economy,
                account: self.account,
                role: self.role,
            }),
            _ => Err(DomainError::Forbidden),
        }
    }

    /// Tickets: an applicant sees their own; an economy's case officers, pre-clearance officers
    /// and national system see the tickets routed to that economy (whether as the cardholder's home
    /// economy or as the economy named). Nobody else reads tickets: they hold personal data.
    pub fn tickets(&self) -> Result<TicketScope, DomainError> {
        match (self.role, self.economy) {
            (Role::Applicant, None) => Ok(TicketScope::Cardholder(ApplicantScope {
                account: self.account,
            })),
            (
                Role::CaseOfficer | Role::PreClearanceOfficer | Role::NationalSystem,
                Some(economy),
            ) => Ok(TicketScope::Economy {
                economy,
                account: self.account,
                role: self.role,
            }),
            _ => Err(DomainError::Forbidden),
        }
    }

    /// Lessons learned: written by an economy's officers and administrator for their economy, read
    /// by them and by the scheme administrator (they are anonymized, so every economy may read
    /// every economy's).
    pub fn lessons(&self) -> Result<LessonScope, DomainError> {
        match (self.role, self.economy) {
            (
                Role::CaseOfficer
                | Role::PreClearanceOfficer
                | Role::NationalSystem
                | Role::EconomyAdmin,
                Some(economy),
            ) => Ok(LessonScope {
                role: self.role,
                economy: Some(economy),
            }),
            (Role::SchemeAdmin, None) => Ok(LessonScope {
                role: self.role,
                economy: None,
            }),
            _ => Err(DomainError::Forbidden),
        }
    }

    /// The actor recorded in events and audit records: role and economy, never a name.
    pub fn actor(&self) -> Actor {
        Actor::Account {
            account: self.account,
            role: self.role,
            economy: self.economy,
        }
    }
}

macro_rules! scope {
    ($(#[$m:meta])* $name:ident { $($field:ident : $ty:ty),* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name { $($field: $ty),* }
        impl $name {
            $(pub fn $field(&self) -> $ty { self.$field })*
        }
    };
}

scope!(
    /// Proof that the caller is this applicant: sees own records only.
    ApplicantScope { account: AccountId }
);
scope!(
    /// Proof that the caller processes `economy`'s own applications and cards.
    HomeScope { economy: EconomyCode, account: AccountId, role: Role }
);
scope!(
    /// Proof that the caller decides requests addressed to `economy`.
    PreClearanceScope { economy: EconomyCode, account: AccountId, role: Role }
);
scope!(
    /// Proof that the caller decides at `economy`'s border (officer or e-gate back end).
    BorderScope { economy: EconomyCode, account: AccountId, role: Role }
);
scope!(
    /// Proof that the caller administers `economy`.
    EconomyAdminScope { economy: EconomyCode, account: AccountId }
);
scope!(
    /// Proof that the caller is the scheme administrator.
    SchemeAdminScope { account: AccountId }
);
scope!(
    /// Proof that the caller is an auditor.
    AuditScope { account: AccountId }
);
scope!(
    /// Proof that the caller is signed-in staff and may read the scheme's aggregate reports; the
    /// store answers it with figures only, never a name, id or per-person row. `economy` is the
    /// caller's own economy (none for scheme-wide roles).
    ReportScope { role: Role, economy: Option<EconomyCode> }
);

scope!(
    /// Proof that the caller may read lessons learned; `economy` (none for the scheme
    /// administrator) is the economy a lesson they write is credited to.
    LessonScope { role: Role, economy: Option<EconomyCode> }
);

/// Proof of whose tickets the caller may see: a cardholder's own, or those routed to one economy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TicketScope {
    Cardholder(ApplicantScope),
    Economy {
        economy: EconomyCode,
        account: AccountId,
        role: Role,
    },
}

impl TicketScope {
    pub fn actor(&self) -> Actor {
        match self {
            Self::Cardholder(s) => s.actor(),
            Self::Economy {
                economy,
                account,
                role,
            } => Actor::Account {
                account: *account,
                role: *role,
                economy: Some(*economy),
            },
        }
    }
}

impl ReportScope {
    /// The operator at the command line (`abtc report`), who holds the database itself: the report
    /// is aggregates only whoever asks, so the operator reads it as the scheme administrator would.
    pub fn operator() -> Self {
        Self {
            role: Role::SchemeAdmin,
            economy: None,
        }
    }
}

impl ApplicantScope {
    pub fn actor(&self) -> Actor {
        Actor::Account {
            account: self.account,
            role: Role::Applicant,
            economy: None,
        }
    }
}

impl HomeScope {
    pub fn actor(&self) -> Actor {
        Actor::Account {
            account: self.account,
            role: self.role,
            economy: Some(self.economy),
        }
    }
}

impl PreClearanceScope {
    pub fn actor(&self) -> Actor {
        Actor::Account {
            account: self.account,
            role: self.role,
            economy: Some(self.economy),
        }
    }
}

impl EconomyAdminScope {
    pub fn actor(&self) -> Actor {
        Actor::Account {
            account: self.account,
            role: Role::EconomyAdmin,
            economy: Some(self.economy),
        }
    }
}

impl SchemeAdminScope {
    pub fn actor(&self) -> Actor {
        Actor::Account {
            account: self.account,
            role: Role::SchemeAdmin,
            economy: None,
        }
    }
}

/// Who did something, as events and audit records keep it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Actor {
    Account {
        account: AccountId,
        role: Role,
        economy: Option<EconomyCode>,
    },
    /// Background work: time-based issuance, expiry.
    System,
}

impl Actor {
    pub fn account(&self) -> Option<AccountId> {
        match self {
            Self::Account { account, .. } => Some(*account),
            Self::System => None,
        }
    }
    pub fn role(&self) -> Option<Role> {
        match self {
            Self::Account { role, .. } => Some(*role),
            Self::System => None,
        }
    }
    pub fn economy(&self) -> Option<EconomyCode> {
        match self {
            Self::Account { economy, .. } => *economy,
            Self::System => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn twn() -> EconomyCode {
        EconomyCode::parse("TWN").unwrap()
    }

    #[test]
    fn scopes_follow_roles() {
        let id = AccountId::from_bytes([1; 16]);
        let cases = Principal::new(id, Role::CaseOfficer, Some(twn())).unwrap();
        assert_eq!(cases.home().unwrap().economy(), twn());
        assert_eq!(cases.pre_clearance(), Err(DomainError::Forbidden));
        assert_eq!(cases.applicant(), Err(DomainError::Forbidden));
        let national = Principal::new(id, Role::NationalSystem, Some(twn())).unwrap();
        assert!(national.home().is_ok());
        assert!(national.pre_clearance().is_ok());
        assert!(national.economy_admin().is_err());
        let applicant = Principal::new(id, Role::Applicant, None).unwrap();
        assert!(applicant.applicant().is_ok());
        assert!(applicant.home().is_err());
        assert!(matches!(
            applicant.tickets(),
            Ok(TicketScope::Cardholder(_))
        ));
        assert!(applicant.lessons().is_err());
        let pco = Principal::new(id, Role::PreClearanceOfficer, Some(twn())).unwrap();
        assert!(
            matches!(pco.tickets(), Ok(TicketScope::Economy { economy, .. }) if economy == twn())
        );
        let border = Principal::new(id, Role::BorderOfficer, Some(twn())).unwrap();
        assert!(border.tickets().is_err() && border.lessons().is_err());
        let scheme = Principal::new(id, Role::SchemeAdmin, None).unwrap();
        assert!(scheme.tickets().is_err());
        assert_eq!(scheme.lessons().unwrap().economy(), None);
    }

    #[test]
    fn economy_presence_must_match_role() {
        let id = AccountId::from_bytes([1; 16]);
        assert!(Principal::new(id, Role::CaseOfficer, None).is_err());
        assert!(Principal::new(id, Role::Applicant, Some(twn())).is_err());
        assert!(Principal::new(id, Role::Auditor, None).is_ok());
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()).unwrap(), r);
        }
    }
}
