//! The member economies and the per-economy settings that make participation data, not code.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::DomainError;
use crate::policy::IssuancePolicy;

/// A three-letter economy code (ISO 3166-1 alpha-3 style, as the scheme uses them: `TWN`, `HKG`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EconomyCode([u8; 3]);

impl EconomyCode {
    /// Accepts three ASCII letters in either case; membership of the scheme is checked against [`Economies`].
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let t = s.trim();
        let bytes = t.as_bytes();
        match bytes {
            [a, b, c] if bytes.iter().all(u8::is_ascii_alphabetic) => Ok(Self([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ])),
            _ => Err(DomainError::InvalidEconomyCode),
        }
    }

    /// For compile-time constants of the default scheme; callers guarantee three uppercase letters.
    pub const fn from_static(code: &'static [u8; 3]) -> Self {
        Self(*code)
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters ever get in, so this cannot fail; fall back to a visible marker regardless.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for EconomyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EconomyCode {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for EconomyCode {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<EconomyCode> for String {
    fn from(c: EconomyCode) -> String {
        c.as_str().to_owned()
    }
}

/// Full members grant and receive pre-clearance; transitional members (Canada, the United States) only
/// give fast-track lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Membership {
    Full,
    Transitional,
}

impl Membership {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::Transitional => "transitional",
        }
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        match s {
            "full" => Ok(Self::Full),
            "transitional" => Ok(Self::Transitional),
            _ => Err(DomainError::InvalidField {
                field: "membership",
                reason: "must be full or transitional",
            }),
        }
    }
}

/// One economy's participation and processing settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Economy {
    pub code: EconomyCode,
    pub name: String,
    pub membership: Membership,
    /// Days per stay granted to pre-cleared cardholders (60 or 90); `None` for transitional members.
    pub stay_days: Option<u16>,
    pub accepts_virtual_card: bool,
    pub issues_virtual_card: bool,
    /// Hong Kong also takes applications from its permanent residents who hold another economy's passport.
    pub accepts_permanent_residents: bool,
    pub issuance_policy: IssuancePolicy,
    /// The economy's own target for deciding a pre-clearance request; older pending requests are overdue.
    pub pre_clearance_target_days: u16,
    /// The economy's target for its home review of its own applicants.
    pub home_review_target_days: u16,
}

impl Economy {
    pub fn is_full(&self) -> bool {
        self.membership == Membership::Full
    }

    /// Checks the invariants an administrator's edit must keep.
    pub fn validate(&self) -> Result<(), DomainError> {
        if self.name.trim().is_empty() || self.name.chars().count() > 80 {
            return Err(DomainError::InvalidField {
                field: "name",
                reason: "must be 1 to 80 characters",
            });
        }
        match (self.membership, self.stay_days) {
            (Membership::Full, Some(d)) if (1..=365).contains(&d) => {}
            (Membership::Full, _) => {
                return Err(DomainError::InvalidField {
                    field: "stay_days",
                    reason: "a full member grants between 1 and 365 days per stay",
                })
            }
            (Membership::Transitional, None) => {}
            (Membership::Transitional, Some(_)) => {
                return Err(DomainError::InvalidField {
                    field: "stay_days",
                    reason: "a transitional member grants no pre-cleared stays",
                })
            }
        }
        if !(1..=730).contains(&self.pre_clearance_target_days)
            || !(1..=730).contains(&self.home_review_target_days)
        {
            return Err(DomainError::InvalidField {
                field: "target_days",
                reason: "target days must be between 1 and 730",
            });
        }
        self.issuance_policy.validate()
    }
}

/// The scheme's member list: the only place the code asks "who takes part and how".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Economies(Vec<Economy>);

impl Economies {
    pub fn new(mut list: Vec<Economy>) -> Result<Self, DomainError> {
        list.sort_by_key(|a| a.code);
        for pair in list.windows(2) {
            if let [a, b] = pair {
                if a.code == b.code {
                    return Err(DomainError::InvalidField {
                        field: "code",
                        reason: "economy codes must be unique",
                    });
                }
            }
        }
        for e in &list {
            e.validate()?;
        }
        Ok(Self(list))
    }

    pub fn get(&self, code: EconomyCode) -> Result<&Economy, DomainError> {
        self.0
            .iter()
            .find(|e| e.code == code)
            .ok_or(DomainError::UnknownEconomy)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Economy> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every full member except the home economy: the economies a home approval sends requests to.
    /// A transitional home economy's applicants get none, as their cards carry no pre-clearance.
    pub fn pre_clearance_targets(
        &self,
        home: EconomyCode,
    ) -> Result<Vec<EconomyCode>, DomainError> {
        if !self.get(home)?.is_full() {
            return Ok(Vec::new());
        }
        Ok(self
            .0
            .iter()
            .filter(|e| e.is_full() && e.code != home)
            .map(|e| e.code)
            .collect())
    }

    /// The scheme as it stands (2023), the defaults of the demo and of a new installation.
    pub fn apec_default() -> Self {
        Self(default_list())
    }
}

struct Seed {
    code: &'static [u8; 3],
    name: &'static str,
    full: bool,
    stay: u16,
    virt_accept: bool,
    virt_issue: bool,
    policy: IssuancePolicy,
    target: u16,
}

fn default_list() -> Vec<Economy> {
    use IssuancePolicy::*;
    let interim = Interim {
        min_days: 21,
        min_approvals: 10,
    };
    let seeds = [
        Seed {
            code: b"AUS",
            name: "Australia",
            full: true,
            stay: 90,
            virt_accept: true,
            virt_issue: true,
            policy: VirtualImmediate,
            target: 21,
        },
        Seed {
            code: b"BRN",
            name: "Brunei Darussalam",
            full: true,
            stay: 90,
            virt_accept: true,
            virt_issue: true,
            policy: AllResponded,
            target: 28,
        },
        Seed {
            code: b"CAN",
            name: "Canada",
            full: false,
            stay: 0,
            virt_accept: true,
            virt_issue: true,
            policy: AllResponded,
            target: 30,
        },
        Seed {
            code: b"CHL",
            name: "Chile",
            full: true,
            stay: 90,
            virt_accept: true,
            virt_issue: true,
            policy: AllResponded,
            target: 28,
        },
        Seed {
            code: b"CHN",
            name: "China",
            full: true,
            stay: 60,
            virt_accept: true,
            virt_issue: false,
            policy: AllResponded,
            target: 60,
        },
        Seed {
            code: b"HKG",
            name: "Hong Kong, China",
            full: true,
            stay: 90,
            virt_accept: true,
            virt_issue: false,
            policy: Priority { max_named: 5 },
            target: 21,
        },
        Seed {
            code: b"IDN",
            name: "Indonesia",
            full: true,
            stay: 60,
            virt_accept: true,
            virt_issue: true,
            policy: AllResponded,
            target: 30,
        },
        Seed {
            code: b"JPN",
            name: "Japan",
            full: true,
            stay: 90,
            virt_accept: true,
            virt_issue: true,
            policy: AllResponded,
            target: 30,
        },
        Seed {
            code: b"KOR",
            name: "Republic of Korea",
            full: true,
            stay: 90,
            virt_accept: true,
            virt_issue: true,
            policy: AllResponded,
            target: 21,
        },
        Seed {
            code: b"MYS",
            name: "Malaysia",
            full: true,
            stay: 60,
            virt_accept: true,
            virt_issue: false,
            policy: AllResponded,
            target: 30,
        },
        Seed {
            code: b"MEX",
            name: "Mexico",
            full: true,
            stay: 90,
            virt_accept: true,
            virt_issue: true,
            policy: VirtualImmediate,
            target: 30,
        },
        Seed {
            code: b"NZL",
            name: "New Zealand",
            full: true,
            stay: 90,
            virt_accept: true,
            virt_issue: true,
            policy: VirtualImmediate,
            target: 14,
        },
        Seed {
            code: b"PNG",
            name: "Papua New Guinea",
            full: true,
            stay: 60,
            virt_accept: true,
            virt_issue: true,
            policy: AllResponded,
            target: 60,
        },
        Seed {
            code: b"PER",
            name: "Peru",
            full: true,
            stay: 90,
            virt_accept: true,
            virt_issue: true,
            policy: VirtualImmediate,
            target: 30,
        },
        Seed {
            code: b"PHL",
            name: "The Philippines",
            full: true,
            stay: 60,
            virt_accept: true,
            virt_issue: true,
            policy: AllResponded,
            target: 30,
        },
        Seed {
            code: b"RUS",
            name: "Russia",
            full: true,
            stay: 90,
            virt_accept: false,
            virt_issue: false,
            policy: AllResponded,
            target: 90,
        },
        Seed {
            code: b"SGP",
            name: "Singapore",
            full: true,
            stay: 60,
            virt_accept: true,
            virt_issue: true,
            policy: interim,
            target: 14,
        },
        Seed {
            code: b"TWN",
            name: "Chinese Taipei",
            full: true,
            stay: 90,
            virt_accept: true,
            virt_issue: true,
            policy: AllResponded,
            target: 14,
        },
        Seed {
            code: b"THA",
            name: "Thailand",
            full: true,
            stay: 90,
            virt_accept: true,
            virt_issue: true,
            policy: AllResponded,
            target: 30,
        },
        Seed {
            code: b"USA",
            name: "United States",
            full: false,
            stay: 0,
            virt_accept: true,
            virt_issue: true,
            policy: AllResponded,
            target: 30,
        },
        Seed {
            code: b"VNM",
            name: "Viet Nam",
            full: true,
            stay: 60,
            virt_accept: true,
            virt_issue: true,
            policy: AllResponded,
            target: 45,
        },
    ];
    let mut list: Vec<Economy> = seeds
        .into_iter()
        .map(|s| Economy {
            code: EconomyCode::from_static(s.code),
            name: s.name.to_owned(),
            membership: if s.full {
                Membership::Full
            } else {
                Membership::Transitional
            },
            stay_days: if s.full { Some(s.stay) } else { None },
            accepts_virtual_card: s.virt_accept,
            issues_virtual_card: s.virt_issue,
            accepts_permanent_residents: s.code == b"HKG",
            issuance_policy: s.policy,
            pre_clearance_target_days: s.target,
            home_review_target_days: 30,
        })
        .collect();
    list.sort_by_key(|a| a.code);
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> EconomyCode {
        EconomyCode::parse(s).unwrap()
    }

    #[test]
    fn default_scheme_has_21_valid_economies() {
        let e = Economies::apec_default();
        assert_eq!(e.len(), 21);
        Economies::new(e.iter().cloned().collect()).unwrap();
        let transitional: Vec<_> = e
            .iter()
            .filter(|x| !x.is_full())
            .map(|x| x.code.to_string())
            .collect();
        assert_eq!(transitional, ["CAN", "USA"]);
        assert_eq!(e.get(code("CHN")).unwrap().stay_days, Some(60));
        assert_eq!(e.get(code("JPN")).unwrap().stay_days, Some(90));
        assert!(!e.get(code("RUS")).unwrap().accepts_virtual_card);
        for c in ["IDN", "MYS", "PHL", "SGP", "VNM", "PNG", "CHN"] {
            assert_eq!(e.get(code(c)).unwrap().stay_days, Some(60), "{c}");
        }
    }

    #[test]
    fn targets_are_other_full_members_and_none_for_transitional_homes() {
        let e = Economies::apec_default();
        let t = e.pre_clearance_targets(code("TWN")).unwrap();
        assert_eq!(t.len(), 18);
        assert!(!t.contains(&code("TWN")));
        assert!(!t.contains(&code("USA")));
        assert!(!t.contains(&code("CAN")));
        assert!(e.pre_clearance_targets(code("USA")).unwrap().is_empty());
        assert_eq!(
            e.pre_clearance_targets(code("XXX")),
            Err(DomainError::UnknownEconomy)
        );
    }

    #[test]
    fn economy_codes_parse_and_reject() {
        assert_eq!(code(" twn ").as_str(), "TWN");
        assert!(EconomyCode::parse("TW").is_err());
        assert!(EconomyCode::parse("TWN1").is_err());
        assert!(EconomyCode::parse("T1N").is_err());
        assert!(EconomyCode::parse("臺灣").is_err());
        let json = serde_json::to_string(&code("HKG")).unwrap();
        assert_eq!(json, "\"HKG\"");
        assert!(serde_json::from_str::<EconomyCode>("\"H\"").is_err());
    }

    #[test]
    fn edits_that_break_invariants_are_refused() {
        let e = Economies::apec_default();
        let mut usa = e.get(code("USA")).unwrap().clone();
        usa.stay_days = Some(90);
        assert!(usa.validate().is_err());
        usa.membership = Membership::Full;
        usa.validate().unwrap();
        let mut dup: Vec<Economy> = e.iter().cloned().collect();
        dup.push(usa);
        assert!(Economies::new(dup).is_err());
    }
}
