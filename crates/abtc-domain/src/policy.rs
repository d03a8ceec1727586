//! Home-economy issuance policies: when a card may be issued while pre-clearances are still arriving.

use serde::{Deserialize, Serialize};

use crate::error::DomainError;

/// Each home economy decides when its applicants' cards are issued (DESIGN.md section 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum IssuancePolicy {
    /// Print only when every economy asked has answered (Malaysia).
    AllResponded,
    /// Issue once the (up to `max_named`) economies the applicant named have answered, or on the
    /// applicant's request (Hong Kong). Later approvals bring a free replacement card.
    Priority { max_named: u8 },
    /// Issue after `min_days` in pre-clearance and `min_approvals` approvals, whichever is later
    /// (Singapore).
    Interim { min_days: u16, min_approvals: u16 },
    /// Issue the virtual card at once; each approval appears on it as it arrives.
    VirtualImmediate,
}

/// What a policy looks at; computed from the case so the policy itself stays a pure predicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IssuanceFacts {
    pub targets: usize,
    pub responded: usize,
    pub approvals: usize,
    /// Whether every economy the applicant named has answered (`false` when none were named).
    pub named_all_responded: bool,
    pub issue_requested: bool,
    pub whole_days_in_pre_clearance: i64,
}

impl IssuancePolicy {
    pub fn is_met(&self, f: &IssuanceFacts) -> bool {
        if f.responded >= f.targets {
            return true;
        }
        match *self {
            Self::AllResponded => false,
            Self::Priority { .. } => f.named_all_responded || f.issue_requested,
            Self::Interim {
                min_days,
                min_approvals,
            } => {
                f.whole_days_in_pre_clearance >= i64::from(min_days)
                    && f.approvals >= usize::from(min_approvals)
            }
            Self::VirtualImmediate => true,
        }
    }

    /// Whether approvals that arrive after issuance go onto the live card (otherwise they wait for a
    /// replacement card).
    pub fn updates_card_in_place(&self) -> bool {
        matches!(self, Self::VirtualImmediate)
    }

    pub fn max_named(&self) -> usize {
        match self {
            Self::Priority { max_named } => usize::from(*max_named),
            _ => 0,
        }
    }

    pub fn validate(&self) -> Result<(), DomainError> {
        match *self {
            Self::Priority { max_named } if !(1..=5).contains(&max_named) => {
                Err(DomainError::InvalidField {
                    field: "issuance_policy.max_named",
                    reason: "between 1 and 5 named economies",
                })
            }
            Self::Interim {
                min_days,
                min_approvals,
            } if min_days > 365 || min_approvals > 20 => Err(DomainError::InvalidField {
                field: "issuance_policy",
                reason: "min_days at most 365 and min_approvals at most 20",
            }),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(responded: usize, approvals: usize, days: i64) -> IssuanceFacts {
        IssuanceFacts {
            targets: 18,
            responded,
            approvals,
            named_all_responded: false,
            issue_requested: false,
            whole_days_in_pre_clearance: days,
        }
    }

    #[test]
    fn all_responded_waits_for_every_answer() {
        let p = IssuancePolicy::AllResponded;
        assert!(!p.is_met(&facts(17, 17, 400)));
        assert!(p.is_met(&facts(18, 0, 0)));
    }

    #[test]
    fn priority_issues_on_named_answers_or_request() {
        let p = IssuancePolicy::Priority { max_named: 5 };
        assert!(!p.is_met(&facts(3, 3, 10)));
        let mut f = facts(3, 3, 10);
        f.named_all_responded = true;
        assert!(p.is_met(&f));
        let mut f = facts(0, 0, 0);
        f.issue_requested = true;
        assert!(p.is_met(&f));
    }

    #[test]
    fn interim_needs_both_time_and_approvals() {
        let p = IssuancePolicy::Interim {
            min_days: 21,
            min_approvals: 10,
        };
        assert!(!p.is_met(&facts(12, 12, 20)));
        assert!(!p.is_met(&facts(12, 9, 30)));
        assert!(p.is_met(&facts(12, 10, 21)));
    }

    #[test]
    fn virtual_immediate_always_met() {
        assert!(IssuancePolicy::VirtualImmediate.is_met(&facts(0, 0, 0)));
        assert!(IssuancePolicy::VirtualImmediate.updates_card_in_place());
        assert!(!IssuancePolicy::AllResponded.updates_card_in_place());
    }

    #[test]
    fn validation_bounds() {
        assert!(IssuancePolicy::Priority { max_named: 6 }
            .validate()
            .is_err());
        assert!(IssuancePolicy::Priority { max_named: 0 }
            .validate()
            .is_err());
        assert!(IssuancePolicy::Priority { max_named: 5 }.validate().is_ok());
        let json = serde_json::to_string(&IssuancePolicy::Interim {
            min_days: 21,
            min_approvals: 10,
        })
        .unwrap();
        assert_eq!(
            json,
            r#"{"kind":"interim","min_days":21,"min_approvals":10}"#
        );
    }
}
