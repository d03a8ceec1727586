//! Passport numbers.

use serde::{Deserialize, Serialize};

/// Width of the document-number field in a passport MRZ (ICAO 9303 part 4).
const MAX_PASSPORT_NUMBER_CHARS: usize = 9;

/// A passport's document number in its MRZ form, so numbers typed with
/// spaces or in lower case compare equal to the one read from the chip.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PassportNumber(String);

/// Why a string is not an acceptable passport number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PassportNumberError {
    #[error("passport number is empty")]
    Empty,
    #[error("passport number is longer than {MAX_PASSPORT_NUMBER_CHARS} characters")]
    TooLong,
    /// `position` counts characters from the start of the input as given.
    #[error(
        "passport number may contain only the letters A to Z and digits; \
         the character at position {position} is not one of them"
    )]
    InvalidCharacter { position: usize },
}

impl PassportNumberError {
    /// Stable identifier for API clients and translations; never reworded.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "passport_number_empty",
            Self::TooLong => "passport_number_too_long",
            Self::InvalidCharacter { .. } => "passport_number_invalid_character",
        }
    }
}

impl PassportNumber {
    /// The only way to obtain a [`PassportNumber`].
    pub fn parse(input: &str) -> Result<Self, PassportNumberError> {
        let mut number = String::with_capacity(MAX_PASSPORT_NUMBER_CHARS);
        for (position, c) in input.chars().enumerate() {
            if c.is_whitespace() {
                continue;
            }
            let upper = c.to_ascii_uppercase();
            if !(upper.is_ascii_uppercase() || upper.is_ascii_digit()) {
                return Err(PassportNumberError::InvalidCharacter { position });
            }
            number.push(upper);
            if number.len() > MAX_PASSPORT_NUMBER_CHARS {
                return Err(PassportNumberError::TooLong);
            }
        }
        if number.is_empty() {
            return Err(PassportNumberError::Empty);
        }
        Ok(Self(number))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

crate::newtype::string_newtype!(PassportNumber, PassportNumberError);

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn normalizes_case_and_spaces() {
        let cases = [
            ("L898902C3", "L898902C3"),
            ("l898902c3", "L898902C3"),
            ("  E 1234 5678 ", "E12345678"),
            ("a", "A"),
            ("123456789", "123456789"),
        ];
        for (input, stored) in cases {
            let number = PassportNumber::parse(input).unwrap();
            assert_eq!(number.as_str(), stored);
            assert_eq!(number.to_string(), stored);
        }
    }

    #[test]
    fn rejects_with_codes() {
        for input in ["", "   ", "\t"] {
            let err = PassportNumber::parse(input).unwrap_err();
            assert_eq!(err, PassportNumberError::Empty);
            assert_eq!(err.code(), "passport_number_empty");
        }

        let err = PassportNumber::parse("1234567890").unwrap_err();
        assert_eq!(err, PassportNumberError::TooLong);
        assert_eq!(err.code(), "passport_number_too_long");

        let cases = [
            ("AB-123", 2),
            (" AB<123", 3),
            ("AB123É", 5),
            ("１２３", 0),
            ("AB\u{0}1", 2),
        ];
        for (input, position) in cases {
            let err = PassportNumber::parse(input).unwrap_err();
            assert_eq!(
                err,
                PassportNumberError::InvalidCharacter { position },
                "{input:?}"
            );
            assert_eq!(err.code(), "passport_number_invalid_character");
        }
    }

    #[test]
    fn messages_do_not_echo_input() {
        let err = PassportNumber::parse("X1234567-").unwrap_err();
        assert!(!err.to_string().contains("X1234567"));
    }

    #[test]
    fn serde_round_trip_goes_through_parse() {
        let number = PassportNumber::parse("l898902c3").unwrap();
        let json = serde_json::to_string(&number).unwrap();
        assert_eq!(json, "\"L898902C3\"");
        let back: PassportNumber = serde_json::from_str(&json).unwrap();
        assert_eq!(back, number);
        assert!(serde_json::from_str::<PassportNumber>("\"L898-902\"").is_err());
        assert_eq!("L898 902C3".parse::<PassportNumber>().unwrap(), number);
    }

    proptest! {
        #[test]
        fn never_panics_and_is_idempotent(input in any::<String>()) {
            if let Ok(number) = PassportNumber::parse(&input) {
                prop_assert_eq!(PassportNumber::parse(number.as_str()), Ok(number.clone()));
            }
        }

        #[test]
        fn accepted_form_is_mrz_field(input in "[a-zA-Z0-9 ]{0,14}") {
            if let Ok(number) = PassportNumber::parse(&input) {
                let s = number.as_str();
                prop_assert!((1..=MAX_PASSPORT_NUMBER_CHARS).contains(&s.len()));
                prop_assert!(s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()));
            }
        }
    }
}
