//! Whether the names printed on a card are the names in a passport's zone.
//!
//! Cards carry names in UTF-8 Latin script; zones carry only `A`–`Z` and `<`. ICAO 9303 part 3
//! section 6 says how one becomes the other: accents are dropped, some letters are spelled out
//! (`Ü` → `UE`, `ß` → `SS`, `Þ` → `TH`), apostrophes vanish and spaces and hyphens become `<`.
//! Several states spell some letters differently (`Ü` → `U`, `Ñ` → `NXX`), so every accepted
//! spelling matches. Nothing looser is accepted: `ERIKSSON` does not match `Erikson`.
//!
//! Truncation: the primary and secondary identifiers share one field (30 characters in TD1, 31 in
//! TD2, 39 in TD3). A name too long for it is cut, and ICAO then leaves a letter, not a filler, in
//! the last position. When the caller says the field was full, a card name whose spelling merely
//! *starts with* the zone's name also matches. This is the only loosening, and it is explicit in
//! [`names_match_allowing_truncation`].

mod rendering;
mod table;

pub use rendering::{Rendering, MAX_VARIANTS};

/// The zone spellings of one card name (see [`Rendering::variants`]); empty when the name holds a
/// character with no Latin rendering.
pub fn transliterate(name: &str) -> Vec<String> {
    Rendering::of(name)
        .map(|rendering| rendering.variants())
        .unwrap_or_default()
}

/// Whether a card's family and given names render exactly to the zone's primary and secondary
/// identifiers. Given names are compared as one ordered sequence.
pub fn names_match(
    mrz_primary: &str,
    mrz_secondary: &str,
    card_family_name: &str,
    card_given_names: &str,
) -> bool {
    names_match_allowing_truncation(
        mrz_primary,
        mrz_secondary,
        card_family_name,
        card_given_names,
        false,
    )
}

/// As [`names_match`], but when `truncated` (the zone's name field was full, see
/// [`crate::mrz::Mrz::name_truncated`]) a card name whose spelling continues past the end of the
/// zone's name also matches.
pub fn names_match_allowing_truncation(
    mrz_primary: &str,
    mrz_secondary: &str,
    card_family_name: &str,
    card_given_names: &str,
    truncated: bool,
) -> bool {
    let Some(zone) = zone_name(mrz_primary, mrz_secondary) else {
        return false;
    };
    let (Some(family), Some(given)) = (
        Rendering::of(card_family_name),
        Rendering::of(card_given_names),
    ) else {
        return false;
    };
    if family.is_empty() && given.is_empty() {
        return false;
    }
    Rendering::full_name(&family, &given).matches(&zone, truncated)
}

/// The zone's names back in name-field form (`PRIMARY<<GIVEN<NAMES`), accepting words split by
/// spaces or fillers. `None` when a word holds anything but `A`–`Z`.
fn zone_name(primary: &str, secondary: &str) -> Option<String> {
    let words = |part: &str| -> Option<String> {
        let words: Vec<String> = part
            .split(|c: char| c == '<' || c.is_whitespace())
            .filter(|word| !word.is_empty())
            .map(str::to_ascii_uppercase)
            .collect();
        words
            .iter()
            .all(|word| word.bytes().all(|b| b.is_ascii_uppercase()))
            .then(|| words.join("<"))
    };
    let primary = words(primary)?;
    let secondary = words(secondary)?;
    Some(if secondary.is_empty() {
        primary
    } else {
        format!("{primary}<<{secondary}")
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

    #[test]
    fn plain_names() {
        assert!(names_match(
            "ERIKSSON",
            "ANNA MARIA",
            "Eriksson",
            "Anna Maria"
        ));
        assert!(!names_match(
            "ERIKSSON",
            "ANNA MARIA",
            "Erikson",
            "Anna Maria"
        ));
        assert!(!names_match(
            "ERIKSSON",
            "ANNA MARIA",
            "Eriksson",
            "Maria Anna"
        ));
        assert!(!names_match("ERIKSSON", "ANNA MARIA", "Eriksson", "Anna"));
        assert!(!names_match("ERIKSSON", "ANNA", "Eriksson", "Anna Maria"));
        assert!(!names_match("ERIKSSON", "", "Eriksson", "Anna"));
        assert!(names_match("ERIKSSON", "", "Eriksson", ""));
    }

    #[test]
    fn family_and_given_names_are_not_interchangeable() {
        assert!(!names_match("ANNA", "ERIKSSON", "Eriksson", "Anna"));
        assert!(!names_match("ERIKSSON ANNA", "", "Eriksson", "Anna"));
    }

    #[test]
    fn zone_words_may_use_fillers() {
        assert!(names_match("VAN<DER<BERG", "JAN", "van der Berg", "Jan"));
        assert!(names_match("van der berg", "jan", "Van Der Berg", "Jan"));
        assert!(!names_match("VAN DER B3RG", "JAN", "van der Berg", "Jan"));
    }

    #[test]
    fn empty_card_never_matches() {
        assert!(!names_match("", "", "", ""));
    }

    #[test]
    fn unrenderable_card_names_never_match() {
        assert!(!names_match("IVANOV", "", "Иванов", ""));
        assert!(transliterate("Иванов").is_empty());
    }

    #[test]
    fn truncation_only_when_flagged() {
        assert!(names_match_allowing_truncation(
            "ERIKSSON",
            "ANNA MA",
            "Eriksson",
            "Anna Maria",
            true
        ));
        assert!(!names_match(
            "ERIKSSON",
            "ANNA MA",
            "Eriksson",
            "Anna Maria"
        ));
    }
}
