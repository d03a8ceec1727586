//! TD1 (ICAO 9303 part 5): identity cards, three lines of 30.

use super::error::{MrzError, MrzField};
use super::fields::{self, char_at, strip, text};
use super::zone::{Mrz, MrzFormat};

pub(crate) fn decode(lines: &[String]) -> Result<Mrz, MrzError> {
    let [upper, middle, lower] = lines else {
        return Err(MrzError::LineCount { found: lines.len() });
    };
    let (document_number, optional_data) =
        fields::document_number(text(upper, 5..14), char_at(upper, 14), text(upper, 15..30))?;
    let date_of_birth = fields::checked_date(
        MrzField::DateOfBirth,
        text(middle, 0..6),
        char_at(middle, 6),
    )?;
    let sex = fields::sex(char_at(middle, 7))?;
    let date_of_expiry = fields::checked_date(
        MrzField::DateOfExpiry,
        text(middle, 8..14),
        char_at(middle, 14),
    )?;
    fields::composite(
        &[
            text(upper, 5..30),
            text(middle, 0..7),
            text(middle, 8..15),
            text(middle, 18..29),
        ],
        char_at(middle, 29),
    )?;
    let names = fields::names(lower);
    Ok(Mrz {
        format: MrzFormat::Td1,
        document_code: strip(text(upper, 0..2)),
        issuing_state: strip(text(upper, 2..5)),
        primary_identifier: names.primary,
        secondary_identifier: names.secondary,
        document_number,
        nationality: strip(text(middle, 15..18)),
        date_of_birth,
        sex,
        date_of_expiry,
        optional_data,
        optional_data_2: Some(strip(text(middle, 18..29))),
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

    fn zone(lines: [&str; 3]) -> Vec<String> {
        lines.iter().map(|line| (*line).to_owned()).collect()
    }

    #[test]
    fn decodes_the_specimen() {
        let mrz = decode(&zone([
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
        ]))
        .unwrap();
        assert_eq!(mrz.document_number, "D23145890");
        assert_eq!(mrz.optional_data, "");
        assert_eq!(mrz.optional_data_2.as_deref(), Some(""));
        assert!(!mrz.name_truncated());
    }

    #[test]
    fn optional_data_2_is_covered_by_the_composite() {
        // `B` rather than `A`: `A` is worth 10, and 10 × weight 7 vanishes modulo 10, the one kind
        // of substitution the ICAO scheme cannot see.
        let bad = decode(&zone([
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<B<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
        ]));
        assert_eq!(bad.unwrap_err().field(), Some(MrzField::Composite));
    }
}
