//! TD2 (ICAO 9303 part 6): two lines of 36, the name on line 1.

use super::error::{MrzError, MrzField};
use super::fields::{self, char_at, strip, text};
use super::zone::{Mrz, MrzFormat};

pub(crate) fn decode(lines: &[String]) -> Result<Mrz, MrzError> {
    let [upper, lower] = lines else {
        return Err(MrzError::LineCount { found: lines.len() });
    };
    let (document_number, optional_data) =
        fields::document_number(text(lower, 0..9), char_at(lower, 9), text(lower, 28..35))?;
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
    fields::composite(
        &[text(lower, 0..10), text(lower, 13..20), text(lower, 21..35)],
        char_at(lower, 35),
    )?;
    let names = fields::names(text(upper, 5..36));
    Ok(Mrz {
        format: MrzFormat::Td2,
        document_code: strip(text(upper, 0..2)),
        issuing_state: strip(text(upper, 2..5)),
        primary_identifier: names.primary,
        secondary_identifier: names.secondary,
        document_number,
        nationality: strip(text(lower, 10..13)),
        date_of_birth,
        sex,
        date_of_expiry,
        optional_data,
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

    fn zone(lines: [&str; 2]) -> Vec<String> {
        lines.iter().map(|line| (*line).to_owned()).collect()
    }

    #[test]
    fn decodes_the_specimen() {
        let mrz = decode(&zone([
            "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
            "D231458907UTO7408122F1204159<<<<<<<6",
        ]))
        .unwrap();
        assert_eq!(mrz.document_number, "D23145890");
        assert_eq!(mrz.primary_identifier, "ERIKSSON");
        assert_eq!(mrz.optional_data_2, None);
    }

    #[test]
    fn overflowing_document_number() {
        let number = "X1234567890";
        let digit = check_digit(number).unwrap();
        let mut lower = format!("X12345678<UTO7408122F120415990{digit}<<<<");
        let composite = check_digit(&format!(
            "{}{}{}",
            &lower[0..10],
            &lower[13..20],
            &lower[21..35]
        ))
        .unwrap();
        lower.push(composite);
        let mrz = decode(&zone(["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", &lower])).unwrap();
        assert_eq!(mrz.document_number, number);
        assert_eq!(mrz.optional_data, "");
    }
}
