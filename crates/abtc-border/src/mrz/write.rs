//! Writing a passport's TD3 zone from its fields, with every check digit: what a passport printer
//! does, needed here to give demo travellers and test kiosks real zones to scan.

use time::Date;

use super::check_digit::check_digit;
use super::zone::{MrzFormat, Sex};

/// What a TD3 zone carries. Names are in zone form already (A–Z, spaces or `<` between parts,
/// as the card's Latin names are); a name too long for the field is truncated as ICAO says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Td3Fields<'a> {
    pub issuing_state: &'a str,
    pub family_name: &'a str,
    pub given_names: &'a str,
    pub document_number: &'a str,
    pub nationality: &'a str,
    pub date_of_birth: Date,
    pub sex: Sex,
    pub date_of_expiry: Date,
}

/// Why fields cannot make a zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WriteError {
    #[error(
        "{field} may hold only the letters A to Z, digits and spaces, and at most {max} characters"
    )]
    InvalidField { field: &'static str, max: usize },
}

impl WriteError {
    pub fn code(&self) -> &'static str {
        "mrz_field_invalid"
    }
}

fn zone_text(
    field: &'static str,
    text: &str,
    max: usize,
    letters_only: bool,
) -> Result<String, WriteError> {
    let out: String = text
        .trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '<',
            c => c.to_ascii_uppercase(),
        })
        .collect();
    let ok = out
        .chars()
        .all(|c| c == '<' || c.is_ascii_uppercase() || (!letters_only && c.is_ascii_digit()));
    if !ok || out.chars().count() > max {
        return Err(WriteError::InvalidField { field, max });
    }
    Ok(out)
}

fn pad(text: &str, len: usize) -> String {
    format!("{text:<<len$}")
}

fn yymmdd(d: Date) -> String {
    format!(
        "{:02}{:02}{:02}",
        d.year().rem_euclid(100),
        u8::from(d.month()),
        d.day()
    )
}

/// `text` followed by its check digit.
fn checked(text: &str) -> String {
    // Only zone characters reach here, so the digit always exists.
    format!("{text}{}", check_digit(text).unwrap_or('0'))
}

/// The two lines of a TD3 zone (joined by `\n`).
pub fn td3(f: &Td3Fields<'_>) -> Result<String, WriteError> {
    let state = pad(&zone_text("issuing_state", f.issuing_state, 3, true)?, 3);
    let nationality = pad(&zone_text("nationality", f.nationality, 3, true)?, 3);
    let family = zone_text("family_name", f.family_name, 39, true)?;
    let given = zone_text("given_names", f.given_names, 39, true)?;
    let name_room = MrzFormat::Td3.name_field_length();
    let names: String = format!("{family}<<{given}")
        .chars()
        .take(name_room)
        .collect();
    let line1 = format!("P<{state}{}", pad(&names, name_room));
    let number = checked(&pad(
        &zone_text("document_number", f.document_number, 9, false)?,
        9,
    ));
    let birth = checked(&yymmdd(f.date_of_birth));
    let expiry = checked(&yymmdd(f.date_of_expiry));
    let personal = format!("{}<", pad("", 14));
    let sex = match f.sex {
        Sex::Female => 'F',
        Sex::Male => 'M',
        Sex::Unspecified => '<',
    };
    let composite = checked(&format!("{number}{birth}{expiry}{personal}"));
    let composite_digit = composite.chars().last().unwrap_or('0');
    Ok(format!(
        "{line1}\n{number}{nationality}{birth}{sex}{expiry}{personal}{composite_digit}"
    ))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_written_zone_is_the_specimen() {
        let zone = td3(&Td3Fields {
            issuing_state: "UTO",
            family_name: "ERIKSSON",
            given_names: "ANNA MARIA",
            document_number: "L898902C3",
            nationality: "UTO",
            date_of_birth: date!(1974 - 08 - 12),
            sex: Sex::Female,
            date_of_expiry: date!(2012 - 04 - 15),
        })
        .unwrap();
        let mrz = crate::parse(&zone).unwrap();
        assert_eq!(mrz.document_number, "L898902C3");
        assert_eq!(mrz.secondary_identifier, "ANNA MARIA");
        assert_eq!(
            zone.lines().next(),
            Some("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<")
        );
        assert!(td3(&Td3Fields {
            family_name: "Ériksson",
            ..Td3Fields {
                issuing_state: "UTO",
                family_name: "",
                given_names: "",
                document_number: "1",
                nationality: "UTO",
                date_of_birth: date!(1974 - 08 - 12),
                sex: Sex::Male,
                date_of_expiry: date!(2012 - 04 - 15),
            }
        })
        .is_err());
    }
}
