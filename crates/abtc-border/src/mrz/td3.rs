//! TD3 (ICAO 9303 part 4): passport books, two lines of 44. TD3 has no document-number overflow;
//! its optional data is the personal number, with its own check digit.

use super::error::{MrzError, MrzField};
use super::fields::{self, char_at, strip, text, FILLER};
use super::zone::{Mrz, MrzFormat};

pub(crate) fn decode(lines: &[String]) -> Result<Mrz, MrzError> {
    let [upper, lower] = lines else {
        return Err(MrzError::LineCount { found: lines.len() });
    };
    let document_number = fields::plain_document_number(text(lower, 0..9), char_at(lower, 9))?;
    let date_of_birth = fields::checked_date(
        MrzField::DateOfBirth,
        text(lower, 13..19),
        char_at(lower, 19),
    )?;
    let sex = fields::sex(char_at(lower, 20))?;
    let date_of_expiry = fields::checked_date(
        MrzField::DateOfExpiry,
        text(lower, 21..27),
        char_at(lower, 27),
    )?;
    let personal_number = text(lower, 28..42);
    let personal_check = char_at(lower, 42);
    // Part 4 lets an empty personal number carry a filler instead of the digit 0.
    let blank = personal_number.chars().all(|c| c == FILLER);
    if !(blank && personal_check == FILLER) {
        fields::verify(MrzField::OptionalData, personal_number, personal_check)?;
    }
    fields::composite(
        &[text(lower, 0..10), text(lower, 13..20), text(lower, 21..43)],
        char_at(lower, 43),
    )?;
    let names = fields::names(text(upper, 5..44));
    Ok(Mrz {
        format: MrzFormat::Td3,
        document_code: strip(text(upper, 0..2)),
        issuing_state: strip(text(upper, 2..5)),
        primary_identifier: names.primary,
        secondary_identifier: names.secondary,
        document_number,
        nationality: strip(text(lower, 10..13)),
        date_of_birth,
        sex,
        date_of_expiry,
        optional_data: strip(personal_number),
        optional_data_2: None,
        name_field_full: names.field_full,
    })
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
    use crate::mrz::check_digit::check_digit;

    fn with_composite(first43: &str) -> String {
        let digit = check_digit(&format!(
            "{}{}{}",
            &first43[0..10],
            &first43[13..20],
            &first43[21..43]
        ))
        .unwrap();
        format!("{first43}{digit}")
    }

    fn decode_lines(upper: &str, lower: &str) -> Result<Mrz, MrzError> {
        decode(&[upper.to_owned(), lower.to_owned()])
    }

    const UPPER: &str = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";

    #[test]
    fn blank_personal_number_may_have_filler_or_zero_check() {
        for check in ['<', '0'] {
            let lower = with_composite(&format!(
                "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<{check}"
            ));
            let mrz = decode_lines(UPPER, &lower).unwrap();
            assert_eq!(mrz.optional_data, "");
        }
    }

    #[test]
    fn filler_check_needs_a_blank_personal_number() {
        let lower = with_composite("L898902C36UTO7408122F1204159ZE184226B<<<<<<");
        assert_eq!(
            decode_lines(UPPER, &lower).unwrap_err().field(),
            Some(MrzField::OptionalData)
        );
    }

    #[test]
    fn no_overflow_in_td3() {
        let lower = with_composite("L898902C3<UTO7408122F1204159ZE184226B<<<<<1");
        assert_eq!(
            decode_lines(UPPER, &lower).unwrap_err().field(),
            Some(MrzField::DocumentNumber)
        );
    }

    #[test]
    fn invalid_sex() {
        let lower = "L898902C36UTO7408122Q1204159ZE184226B<<<<<10";
        assert_eq!(
            decode_lines(UPPER, lower),
            Err(MrzError::InvalidSex { found: 'Q' })
        );
    }
}
