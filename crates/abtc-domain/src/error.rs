//! Domain errors: each has a stable code that clients can rely on and a message that never repeats
//! personal data.

use thiserror::Error;

/// How an error should be treated by whoever reports it (the API maps these to HTTP statuses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The input is wrong; fixing the input fixes the request.
    Invalid,
    /// The input is fine but the record's current state does not allow it.
    Conflict,
    /// The caller's role or economy does not allow it.
    Forbidden,
    /// The thing named does not exist (or is not the caller's to see).
    NotFound,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    #[error("economy codes are three letters, e.g. TWN")]
    InvalidEconomyCode,
    #[error("this economy is not a member of the scheme")]
    UnknownEconomy,
    #[error("{field}: {reason}")]
    InvalidField {
        field: &'static str,
        reason: &'static str,
    },
    #[error("not a valid identifier")]
    InvalidId,
    #[error("application references look like ABTC-XXXX-XXXX")]
    InvalidReference,
    #[error("card numbers are an economy code, nine digits and a check digit")]
    InvalidCardNumber,
    #[error("the card number's check digit does not match: probably a typing error")]
    CardNumberCheckDigit,
    #[error("this economy has used every card serial number")]
    CardSerialExhausted,
    #[error("your role does not allow this")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("cannot {action} an application that is {state}")]
    InvalidTransition {
        action: &'static str,
        state: &'static str,
    },
    #[error("the application is incomplete: {field} is missing")]
    Incomplete { field: &'static str },
    #[error("not eligible: {reason}")]
    NotEligible { reason: &'static str },
    #[error("this pre-clearance request has already been decided")]
    AlreadyDecided,
    #[error("only an approved pre-clearance can be withdrawn")]
    NotApproved,
    #[error("the request was closed without a decision because the application or card ended")]
    RequestClosed,
    #[error("the card is no longer active")]
    CardNotActive,
    #[error("this action needs the home economy's priority issuance policy")]
    NotPriorityPolicy,
    #[error("the card already shows every current approval")]
    NothingToReplace,
}

impl DomainError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidEconomyCode => "invalid_economy_code",
            Self::UnknownEconomy => "unknown_economy",
            Self::InvalidField { .. } => "invalid_field",
            Self::InvalidId => "invalid_id",
            Self::InvalidReference => "invalid_reference",
            Self::InvalidCardNumber => "invalid_card_number",
            Self::CardNumberCheckDigit => "card_number_check_digit",
            Self::CardSerialExhausted => "card_serial_exhausted",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not_found",
            Self::InvalidTransition { .. } => "invalid_transition",
            Self::Incomplete { .. } => "application_incomplete",
            Self::NotEligible { .. } => "not_eligible",
            Self::AlreadyDecided => "already_decided",
            Self::NotApproved => "not_approved",
            Self::RequestClosed => "request_closed",
            Self::CardNotActive => "card_not_active",
            Self::NotPriorityPolicy => "not_priority_policy",
            Self::NothingToReplace => "nothing_to_replace",
        }
    }

    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::InvalidEconomyCode
            | Self::UnknownEconomy
            | Self::InvalidField { .. }
            | Self::InvalidId
            | Self::InvalidReference
            | Self::InvalidCardNumber
            | Self::CardNumberCheckDigit
            | Self::Incomplete { .. }
            | Self::NotEligible { .. } => ErrorKind::Invalid,
            Self::Forbidden => ErrorKind::Forbidden,
            Self::NotFound => ErrorKind::NotFound,
            Self::CardSerialExhausted
            | Self::InvalidTransition { .. }
            | Self::AlreadyDecided
            | Self::NotApproved
            | Self::RequestClosed
            | Self::CardNotActive
            | Self::NotPriorityPolicy
            | Self::NothingToReplace => ErrorKind::Conflict,
        }
    }
}
