//! Why a zone was refused, precise enough for a kiosk to tell the traveller to rescan and for an
//! officer to see which field the reader got wrong.

use std::fmt;

use serde::Serialize;

use super::zone::MrzFormat;

/// A zone field protected by a check digit (or by the composite check over several of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MrzField {
    DocumentNumber,
    DateOfBirth,
    DateOfExpiry,
    /// TD3's optional data, which ICAO calls the personal number; the only optional field with
    /// its own check digit.
    OptionalData,
    /// The check digit over the whole zone's data fields.
    Composite,
}

impl MrzField {
    /// Stable identifier for API clients and translations; never reworded.
    pub fn code(self) -> &'static str {
        match self {
            Self::DocumentNumber => "document_number",
            Self::DateOfBirth => "date_of_birth",
            Self::DateOfExpiry => "date_of_expiry",
            Self::OptionalData => "optional_data",
            Self::Composite => "composite",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::DocumentNumber => "document number",
            Self::DateOfBirth => "date of birth",
            Self::DateOfExpiry => "date of expiry",
            Self::OptionalData => "optional data (personal number)",
            Self::Composite => "whole zone (composite)",
        }
    }
}

impl fmt::Display for MrzField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Why a text is not an acceptable machine-readable zone. Lines and columns count from 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MrzError {
    #[error("the text holds no machine-readable zone")]
    Empty,
    #[error(
        "a machine-readable zone has 2 lines (TD2, TD3) or 3 lines (TD1); the text has {found}"
    )]
    LineCount { found: usize },
    /// A two-line zone whose lines fit neither TD2 nor TD3.
    #[error("line {line} has {found} characters; a two-line zone has 36 (TD2) or 44 (TD3)")]
    UnrecognizedLength { line: usize, found: usize },
    #[error("line {line} has {found} characters; a {format} zone has {expected} on every line")]
    LineLength {
        line: usize,
        format: MrzFormat,
        expected: usize,
        found: usize,
    },
    #[error(
        "line {line}, column {column}: {found:?} cannot appear in a machine-readable zone \
         (only A-Z, 0-9 and <)"
    )]
    InvalidCharacter {
        line: usize,
        column: usize,
        found: char,
    },
    #[error("check digit of the {field} is {expected}, the zone says {found}")]
    CheckDigit {
        field: MrzField,
        expected: char,
        found: char,
    },
    #[error("the {field} {value} is not a calendar date in YYMMDD form")]
    InvalidDate { field: MrzField, value: String },
    #[error("the sex is {found:?}; a zone allows F, M, X or <")]
    InvalidSex { found: char },
}

impl MrzError {
    /// Stable identifier for API clients and translations; never reworded.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "mrz_empty",
            Self::LineCount { .. } => "mrz_line_count",
            Self::UnrecognizedLength { .. } => "mrz_unrecognized_length",
            Self::LineLength { .. } => "mrz_line_length",
            Self::InvalidCharacter { .. } => "mrz_invalid_character",
            Self::CheckDigit { .. } => "mrz_check_digit",
            Self::InvalidDate { .. } => "mrz_invalid_date",
            Self::InvalidSex { .. } => "mrz_invalid_sex",
        }
    }

    /// The field the error is about, when it is about one.
    pub fn field(&self) -> Option<MrzField> {
        match self {
            Self::CheckDigit { field, .. } | Self::InvalidDate { field, .. } => Some(*field),
            _ => None,
        }
    }
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;

    #[test]
    fn check_digit_message_names_the_field() {
        let error = MrzError::CheckDigit {
            field: MrzField::DocumentNumber,
            expected: '6',
            found: '7',
        };
        assert_eq!(
            error.to_string(),
            "check digit of the document number is 6, the zone says 7"
        );
        assert_eq!(error.code(), "mrz_check_digit");
        assert_eq!(error.field(), Some(MrzField::DocumentNumber));
    }

    #[test]
    fn field_codes_are_stable() {
        assert_eq!(MrzField::DocumentNumber.code(), "document_number");
        assert_eq!(MrzField::DateOfBirth.code(), "date_of_birth");
        assert_eq!(MrzField::DateOfExpiry.code(), "date_of_expiry");
        assert_eq!(MrzField::OptionalData.code(), "optional_data");
        assert_eq!(MrzField::Composite.code(), "composite");
    }

    #[test]
    fn position_errors_name_line_and_column() {
        let error = MrzError::InvalidCharacter {
            line: 2,
            column: 5,
            found: '#',
        };
        assert_eq!(
            error.to_string(),
            "line 2, column 5: '#' cannot appear in a machine-readable zone (only A-Z, 0-9 and <)"
        );
        let error = MrzError::LineLength {
            line: 3,
            format: MrzFormat::Td1,
            expected: 30,
            found: 29,
        };
        assert_eq!(
            error.to_string(),
            "line 3 has 29 characters; a TD1 zone has 30 on every line"
        );
    }
}
