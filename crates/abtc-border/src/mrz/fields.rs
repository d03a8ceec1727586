//! Field decoders shared by the three layouts. Positions are 0-based here; ICAO counts from 1.
//!
//! Lines reach these functions already checked for length and alphabet, so the empty-string and
//! filler fallbacks below only keep the code free of panics; they are never taken.

use std::ops::Range;

use super::check_digit::check_digit;
use super::date::MrzDate;
use super::error::{MrzError, MrzField};
use super::zone::Sex;

pub(crate) const FILLER: char = '<';

/// The characters of `line` in `range`.
pub(crate) fn text(line: &str, range: Range<usize>) -> &str {
    line.get(range).unwrap_or_default()
}

/// The character of `line` at `index`.
pub(crate) fn char_at(line: &str, index: usize) -> char {
    line.as_bytes()
        .get(index)
        .map_or(FILLER, |byte| char::from(*byte))
}

/// A field's value without its padding.
pub(crate) fn strip(field: &str) -> String {
    field.trim_matches(FILLER).to_owned()
}

/// Fails with the field's name when `found` is not the check digit of `data`.
pub(crate) fn verify(field: MrzField, data: &str, found: char) -> Result<(), MrzError> {
    let expected = check_digit(data).unwrap_or(FILLER);
    if expected == found {
        Ok(())
    } else {
        Err(MrzError::CheckDigit {
            field,
            expected,
            found,
        })
    }
}

/// Check digit first, so a damaged date is reported as a misread rather than a bad date.
pub(crate) fn checked_date(field: MrzField, data: &str, found: char) -> Result<MrzDate, MrzError> {
    verify(field, data, found)?;
    MrzDate::parse(data).ok_or_else(|| MrzError::InvalidDate {
        field,
        value: data.to_owned(),
    })
}

pub(crate) fn sex(found: char) -> Result<Sex, MrzError> {
    match found {
        'F' => Ok(Sex::Female),
        'M' => Ok(Sex::Male),
        'X' | FILLER => Ok(Sex::Unspecified),
        _ => Err(MrzError::InvalidSex { found }),
    }
}

/// The document number, after joining any overflow, and the optional data that remains.
///
/// ICAO 9303 parts 5 and 6 (TD1, TD2): a number longer than nine characters puts its first nine in
/// the number field and a filler in the check-digit position; the optional data then starts with
/// the rest of the number, its check digit (over the whole number) and a filler.
pub(crate) fn document_number(
    number: &str,
    check: char,
    optional: &str,
) -> Result<(String, String), MrzError> {
    if check != FILLER {
        verify(MrzField::DocumentNumber, number, check)?;
        return Ok((strip(number), strip(optional)));
    }
    let (overflow, rest) = optional.split_once(FILLER).unwrap_or((optional, ""));
    let mut overflow_chars = overflow.chars();
    let found = overflow_chars.next_back().unwrap_or(FILLER);
    let full = format!("{number}{}", overflow_chars.as_str());
    verify(MrzField::DocumentNumber, &full, found)?;
    Ok((strip(&full), strip(rest)))
}

/// Document number as it would appear without overflow (TD3 has none).
pub(crate) fn plain_document_number(number: &str, check: char) -> Result<String, MrzError> {
    verify(MrzField::DocumentNumber, number, check)?;
    Ok(strip(number))
}

/// The composite check digit over the concatenated `parts`.
pub(crate) fn composite(parts: &[&str], found: char) -> Result<(), MrzError> {
    verify(MrzField::Composite, &parts.concat(), found)
}

/// Primary and secondary identifiers of a name field, and whether the field was full.
pub(crate) struct Names {
    pub(crate) primary: String,
    pub(crate) secondary: String,
    pub(crate) field_full: bool,
}

/// `<<` separates primary from secondary identifier; single fillers separate name parts.
pub(crate) fn names(field: &str) -> Names {
    let (primary, secondary) = field.split_once("<<").unwrap_or((field, ""));
    let words = |part: &str| {
        part.split(FILLER)
            .filter(|word| !word.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    Names {
        primary: words(primary),
        secondary: words(secondary),
        field_full: !field.is_empty() && !field.ends_with(FILLER),
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
    fn splits_names() {
        let n = names("ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
        assert_eq!(n.primary, "ERIKSSON");
        assert_eq!(n.secondary, "ANNA MARIA");
        assert!(!n.field_full);
        let n = names("VAN<DER<BERG<<JAN<<<");
        assert_eq!(n.primary, "VAN DER BERG");
        assert_eq!(n.secondary, "JAN");
        let n = names("MADONNA<<<<<<");
        assert_eq!(n.primary, "MADONNA");
        assert_eq!(n.secondary, "");
        let n = names("ERIKSSON<<ANNA<MA");
        assert!(n.field_full);
    }

    #[test]
    fn overflowing_document_number() {
        let number = "D23145890734";
        let digit = check_digit(number).unwrap();
        let optional = format!("734{digit}<AB12<<<<<<<<");
        let (joined, rest) = document_number("D23145890", '<', &optional).unwrap();
        assert_eq!(joined, number);
        assert_eq!(rest, "AB12");
    }

    #[test]
    fn overflow_without_digits_is_a_check_digit_error() {
        assert_eq!(
            document_number("D23145890", '<', "<<<<<<"),
            Err(MrzError::CheckDigit {
                field: MrzField::DocumentNumber,
                expected: check_digit("D23145890").unwrap(),
                found: '<'
            })
        );
    }

    #[test]
    fn sex_codes() {
        assert_eq!(sex('F'), Ok(Sex::Female));
        assert_eq!(sex('M'), Ok(Sex::Male));
        assert_eq!(sex('X'), Ok(Sex::Unspecified));
        assert_eq!(sex('<'), Ok(Sex::Unspecified));
        assert_eq!(sex('Q'), Err(MrzError::InvalidSex { found: 'Q' }));
    }

    #[test]
    fn invalid_date_after_good_check_digit() {
        let digit = check_digit("741312").unwrap();
        assert_eq!(
            checked_date(MrzField::DateOfBirth, "741312", digit),
            Err(MrzError::InvalidDate {
                field: MrzField::DateOfBirth,
                value: "741312".into()
            })
        );
    }
}
