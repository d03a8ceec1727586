//! Card numbers: the issuing economy, a serial and an ICAO 9303 check digit, so that a mistyped number
//! is caught before it reaches the database.

use serde::{Deserialize, Serialize};

use crate::economy::EconomyCode;
use crate::error::DomainError;

/// `TWN000012345` + check digit, e.g. `TWN0000123453`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CardNumber(String);

const SERIAL_DIGITS: usize = 9;
const MAX_SERIAL: u64 = 999_999_999;

/// ICAO 9303 check digit: weights 7, 3, 1 repeating; digits count as themselves, A-Z as 10-35, `<` as 0.
pub fn icao_check_digit(s: &str) -> Option<u8> {
    let mut sum: u32 = 0;
    for (c, w) in s.chars().zip([7u32, 3, 1].iter().cycle()) {
        let v = match c {
            '0'..='9' => u32::from(c) - u32::from('0'),
            'A'..='Z' => u32::from(c) - u32::from('A') + 10,
            '<' => 0,
            _ => return None,
        };
        sum += v * w;
    }
    u8::try_from(sum % 10).ok()
}

impl CardNumber {
    pub fn new(economy: EconomyCode, serial: u64) -> Result<Self, DomainError> {
        if serial == 0 || serial > MAX_SERIAL {
            return Err(DomainError::CardSerialExhausted);
        }
        let body = format!(
            "{}{:0width$}",
            economy.as_str(),
            serial,
            width = SERIAL_DIGITS
        );
        let check = icao_check_digit(&body).ok_or(DomainError::InvalidCardNumber)?;
        Ok(Self(format!("{body}{check}")))
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let t: String = s
            .trim()
            .chars()
            .filter(|c| *c != ' ' && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if t.len() != 3 + SERIAL_DIGITS + 1 || !t.is_ascii() {
            return Err(DomainError::InvalidCardNumber);
        }
        let (body, check) = t.split_at(3 + SERIAL_DIGITS);
        let (econ, serial) = body.split_at(3);
        EconomyCode::parse(econ).map_err(|_| DomainError::InvalidCardNumber)?;
        if !serial.chars().all(|c| c.is_ascii_digit()) {
            return Err(DomainError::InvalidCardNumber);
        }
        let expected = icao_check_digit(body).ok_or(DomainError::InvalidCardNumber)?;
        if check != expected.to_string() {
            return Err(DomainError::CardNumberCheckDigit);
        }
        Ok(Self(t))
    }

    pub fn economy(&self) -> Result<EconomyCode, DomainError> {
        EconomyCode::parse(self.0.get(..3).unwrap_or_default())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

crate::newtype::string_newtype!(CardNumber, DomainError);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn icao_worked_example() {
        // ICAO 9303 part 3's worked example: document number L898902C3 has check digit 6.
        assert_eq!(icao_check_digit("L898902C3"), Some(6));
        assert_eq!(icao_check_digit("740812"), Some(2));
    }

    #[test]
    fn numbers_round_trip_and_typos_are_caught() {
        let twn = EconomyCode::parse("TWN").unwrap();
        let n = CardNumber::new(twn, 12345).unwrap();
        assert_eq!(n.as_str().len(), 13);
        assert_eq!(CardNumber::parse(n.as_str()).unwrap(), n);
        assert_eq!(n.economy().unwrap(), twn);
        let mut typo = n.as_str().to_owned();
        typo.replace_range(8..9, "9");
        assert!(CardNumber::parse(&typo).is_err());
        assert!(CardNumber::new(twn, 0).is_err());
        assert!(CardNumber::new(twn, MAX_SERIAL + 1).is_err());
        assert!(CardNumber::parse("TWN").is_err());
    }

    proptest! {
        #[test]
        fn any_single_digit_change_is_detected(serial in 1u64..MAX_SERIAL, pos in 3usize..12, d in 0u8..10) {
            let n = CardNumber::new(EconomyCode::parse("HKG").unwrap(), serial).unwrap();
            let mut s: Vec<u8> = n.as_str().as_bytes().to_vec();
            let orig = s[pos];
            let new = b'0' + d;
            prop_assume!(orig != new);
            s[pos] = new;
            let changed = String::from_utf8(s).unwrap();
            prop_assert!(CardNumber::parse(&changed).is_err());
        }

        #[test]
        fn parse_never_panics(s in ".{0,40}") {
            let _ = CardNumber::parse(&s);
        }
    }
}
