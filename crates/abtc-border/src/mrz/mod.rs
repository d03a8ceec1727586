//! ICAO 9303 machine-readable zones, as a passport reader or OCR hands them over.
//!
//! A zone is only trusted once every check digit agrees, because OCR misreads (`0`/`O`, `8`/`B`)
//! are common and a single wrong digit would otherwise send a traveller to the wrong record.
//! Checks run field by field in zone order and the composite last, so an error names the field
//! that was actually damaged rather than the whole zone.

pub mod check_digit;
mod date;
mod error;
mod fields;
mod lines;
mod td1;
mod td2;
mod td3;
pub mod write;
mod zone;

pub use date::MrzDate;
pub use error::{MrzError, MrzField};
pub use zone::{Mrz, MrzFormat, Sex};

/// Reads a TD1 (3 × 30), TD2 (2 × 36) or TD3 (2 × 44) zone and verifies all its check digits.
///
/// Scanner output is accepted as it comes: surrounding whitespace, blank lines, `\r\n` and lower
/// case letters are tolerated. Line numbers in errors count the zone's lines (blank lines skipped)
/// and columns count characters from 1 after the line is trimmed.
///
/// ```
/// let mrz = abtc_border::parse(
///     "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n\
///      L898902C36UTO7408122F1204159ZE184226B<<<<<10",
/// )?;
/// assert_eq!(mrz.document_number, "L898902C3");
/// assert!(mrz.names_match_card("Eriksson", "Anna Maria"));
/// # Ok::<(), abtc_border::MrzError>(())
/// ```
pub fn parse(text: &str) -> Result<Mrz, MrzError> {
    let (format, zone) = lines::read(text)?;
    match format {
        MrzFormat::Td1 => td1::decode(&zone),
        MrzFormat::Td2 => td2::decode(&zone),
        MrzFormat::Td3 => td3::decode(&zone),
    }
}
