//! What a verified zone says about its holder and document.

use std::fmt;

use serde::Serialize;

use super::date::MrzDate;
use crate::names;

/// The ICAO 9303 size class, which fixes the zone's layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MrzFormat {
    /// Card-sized documents (ICAO 9303 part 5): 3 lines of 30.
    Td1,
    /// Part 6: 2 lines of 36.
    Td2,
    /// Passport books (part 4): 2 lines of 44.
    Td3,
}

impl MrzFormat {
    pub fn line_length(self) -> usize {
        match self {
            Self::Td1 => 30,
            Self::Td2 => 36,
            Self::Td3 => 44,
        }
    }

    pub fn line_count(self) -> usize {
        match self {
            Self::Td1 => 3,
            Self::Td2 | Self::Td3 => 2,
        }
    }

    /// Room shared by the primary and secondary identifiers; names longer than this are truncated.
    pub fn name_field_length(self) -> usize {
        match self {
            Self::Td1 => 30,
            Self::Td2 => 31,
            Self::Td3 => 39,
        }
    }
}

impl fmt::Display for MrzFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Td1 => "TD1",
            Self::Td2 => "TD2",
            Self::Td3 => "TD3",
        })
    }
}

/// Sex as the zone records it; `X` and the filler both mean unspecified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Female,
    Male,
    Unspecified,
}

/// A zone whose check digits all agree, with fillers removed from every field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mrz {
    pub format: MrzFormat,
    /// E.g. `P`, `I`, `ID`, `AC`.
    pub document_code: String,
    /// ICAO three-letter code with fillers removed, so Germany's `D<<` is `D`.
    pub issuing_state: String,
    /// Surname(s), fillers between parts turned into spaces.
    pub primary_identifier: String,
    /// Given names separated by single spaces; empty when the holder has none.
    pub secondary_identifier: String,
    /// With a TD1/TD2 overflow already joined back on, so it is the full number.
    pub document_number: String,
    pub nationality: String,
    pub date_of_birth: MrzDate,
    pub sex: Sex,
    pub date_of_expiry: MrzDate,
    /// Line 1's optional data in TD1 (after any document-number overflow), the optional data in
    /// TD2 (likewise), the personal number in TD3.
    pub optional_data: String,
    /// TD1's second optional field on line 2; `None` for the formats that have no such field.
    pub optional_data_2: Option<String>,
    #[serde(rename = "name_truncated")]
    pub(crate) name_field_full: bool,
}

impl Mrz {
    /// True when the name field has no trailing filler. ICAO ends a truncated name with a letter
    /// in the last position, so a full field is the only sign that the card may legitimately
    /// carry more of the name than the zone does.
    pub fn name_truncated(&self) -> bool {
        self.name_field_full
    }

    /// Whether a card's names render to this zone's names under ICAO transliteration, allowing for
    /// a truncated name field (see [`names::names_match_allowing_truncation`]).
    pub fn names_match_card(&self, family: &str, given: &str) -> bool {
        names::names_match_allowing_truncation(
            &self.primary_identifier,
            &self.secondary_identifier,
            family,
            given,
            self.name_truncated(),
        )
    }
}
