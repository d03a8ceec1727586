//! Small free-text and contact fields of an application.

use serde::{Deserialize, Serialize};

use crate::error::DomainError;

/// Free text up to 200 characters on one line (employer name, position, place of birth).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ShortText(String);

/// Free text up to 500 characters over several lines (addresses, notes, reasons).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LongText(String);

fn clean(s: &str, max: usize, multiline: bool) -> Result<String, DomainError> {
    let t = s.trim();
    if t.is_empty() {
        return Err(DomainError::InvalidField {
            field: "text",
            reason: "must not be empty",
        });
    }
    if t.chars().count() > max {
        return Err(DomainError::InvalidField {
            field: "text",
            reason: "too long",
        });
    }
    if t.chars()
        .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\r' || c == '\t')))
    {
        return Err(DomainError::InvalidField {
            field: "text",
            reason: "contains control characters",
        });
    }
    Ok(t.to_owned())
}

macro_rules! text_type {
    ($name:ident, $max:expr, $multi:expr) => {
        impl $name {
            pub const MAX_CHARS: usize = $max;
            pub fn parse(s: &str) -> Result<Self, DomainError> {
                clean(s, $max, $multi).map(Self)
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        crate::newtype::string_newtype!($name, DomainError);
    };
}

text_type!(ShortText, 200, false);
text_type!(LongText, 500, true);

/// A phone number in international form: `+`, country code and number, 7 to 15 digits (E.164).
/// Spaces, dots, dashes and parentheses are accepted on input and dropped.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

impl Phone {
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let t = s.trim();
        let rest = t.strip_prefix('+').ok_or(DomainError::InvalidField {
            field: "phone",
            reason: "must start with + and the country code",
        })?;
        let mut digits = String::with_capacity(16);
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '(' | ')' => {}
                _ => {
                    return Err(DomainError::InvalidField {
                        field: "phone",
                        reason: "may contain only digits, spaces, dots, dashes and parentheses",
                    })
                }
            }
        }
        if !(7..=15).contains(&digits.len()) || digits.starts_with('0') {
            return Err(DomainError::InvalidField {
                field: "phone",
                reason: "needs a country code and 7 to 15 digits in all",
            });
        }
        Ok(Self(format!("+{digits}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

crate::newtype::string_newtype!(Phone, DomainError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts() {
        assert_eq!(
            ShortText::parse("  Acme Ltd ").unwrap().as_str(),
            "Acme Ltd"
        );
        assert!(ShortText::parse("   ").is_err());
        assert!(ShortText::parse("a\nb").is_err());
        assert!(LongText::parse("1 Main St\nTaipei").is_ok());
        assert!(ShortText::parse(&"x".repeat(201)).is_err());
        assert!(ShortText::parse(&"臺".repeat(200)).is_ok());
    }

    #[test]
    fn phones() {
        assert_eq!(
            Phone::parse("+886 (2) 1234-5678").unwrap().as_str(),
            "+886212345678"
        );
        assert!(Phone::parse("0212345678").is_err());
        assert!(Phone::parse("+12").is_err());
        assert!(Phone::parse("+886 2 1234 5678 ext 9").is_err());
        assert!(Phone::parse("+0123456789").is_err());
    }
}
