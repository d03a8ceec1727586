//! A card name's acceptable zone spellings, held as one choice per card character.
//!
//! Each umlaut doubles the number of spellings, so listing them all invites a blow-up on unusual
//! names; matching instead walks the choices against the zone text, which costs at most
//! (zone length × choices) steps.

use super::table::{classify, Class};

/// Most spellings [`Rendering::variants`] lists.
pub const MAX_VARIANTS: usize = 1024;

const WORD_BREAK: &[&str] = &["<"];
const NAME_BREAK: &[&str] = &["<<"];

/// The ways a name may appear in a zone: `A`–`Z` with `<` between words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rendering {
    choices: Vec<&'static [&'static str]>,
}

impl Rendering {
    /// `None` when the name holds a character ICAO gives no Latin rendering for. A name with no
    /// letters at all (an empty given name) renders to the empty spelling.
    pub fn of(name: &str) -> Option<Self> {
        let mut choices = Vec::new();
        let mut pending_break = false;
        for c in name.chars() {
            match classify(c)? {
                Class::Letter(forms) => {
                    if pending_break && !choices.is_empty() {
                        choices.push(WORD_BREAK);
                    }
                    pending_break = false;
                    choices.push(forms);
                }
                Class::Separator => pending_break = true,
                Class::Omitted => {}
            }
        }
        Some(Self { choices })
    }

    /// Family name, then `<<` and the given names when there are any: the name field's layout.
    pub fn full_name(family: &Self, given: &Self) -> Self {
        let mut choices = family.choices.clone();
        if !given.is_empty() {
            choices.push(NAME_BREAK);
            choices.extend_from_slice(&given.choices);
        }
        Self { choices }
    }

    pub fn is_empty(&self) -> bool {
        self.choices.is_empty()
    }

    /// Every spelling, recommended forms first, stopping after [`MAX_VARIANTS`].
    pub fn variants(&self) -> Vec<String> {
        let mut spelled = vec![String::new()];
        for forms in &self.choices {
            spelled = spelled
                .iter()
                .flat_map(|prefix| forms.iter().map(move |form| format!("{prefix}{form}")))
                .take(MAX_VARIANTS)
                .collect();
        }
        spelled
    }

    /// Whether some spelling equals `zone` (`A`–`Z` and `<`). With `truncated`, a spelling that
    /// merely starts with `zone` also counts: the zone ran out of room and cut the name short.
    pub fn matches(&self, zone: &str, truncated: bool) -> bool {
        let zone = zone.as_bytes();
        let mut positions = vec![0];
        for forms in &self.choices {
            let mut next = Vec::new();
            for &position in &positions {
                let rest = zone.get(position..).unwrap_or_default();
                for form in forms.iter().map(|form| form.as_bytes()) {
                    if rest.starts_with(form) {
                        next.push(position + form.len());
                    } else if truncated && form.starts_with(rest) {
                        return true;
                    }
                }
            }
            next.sort_unstable();
            next.dedup();
            if next.is_empty() {
                return false;
            }
            positions = next;
        }
        positions.contains(&zone.len())
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

    fn variants(name: &str) -> Vec<String> {
        Rendering::of(name).unwrap().variants()
    }

    #[test]
    fn spells_out_alternatives() {
        assert_eq!(variants("Müller"), ["MUELLER", "MULLER"]);
        assert_eq!(
            variants("Ñúñez"),
            ["NUNEZ", "NUNXXEZ", "NXXUNEZ", "NXXUNXXEZ"]
        );
        assert_eq!(variants("Ærø"), ["AEROE"]);
        assert_eq!(variants("Straße"), ["STRASSE"]);
        assert_eq!(variants("Þór"), ["THOR"]);
        assert_eq!(variants("Sørensen"), ["SOERENSEN"]);
    }

    #[test]
    fn punctuation_and_spacing() {
        assert_eq!(variants("O'Brien"), ["OBRIEN"]);
        assert_eq!(variants("Jean-Luc"), ["JEAN<LUC"]);
        assert_eq!(variants("  Anna   Maria "), ["ANNA<MARIA"]);
        assert_eq!(variants("Jean - Luc"), ["JEAN<LUC"]);
        assert_eq!(variants(""), [""]);
        assert_eq!(Rendering::of("Иван"), None);
    }

    #[test]
    fn variants_are_capped() {
        let many = "ü".repeat(20);
        assert_eq!(variants(&many).len(), MAX_VARIANTS);
    }

    #[test]
    fn matching_does_not_enumerate() {
        let many = "ü".repeat(200);
        let rendering = Rendering::of(&many).unwrap();
        assert!(rendering.matches(&"U".repeat(200), false));
        assert!(rendering.matches(&"UE".repeat(200), false));
        assert!(!rendering.matches(&"U".repeat(199), false));
        assert!(rendering.matches(&"U".repeat(199), true));
    }

    #[test]
    fn truncation_accepts_prefixes_only_when_asked() {
        let rendering = Rendering::of("Müller").unwrap();
        assert!(rendering.matches("MUEL", true));
        assert!(rendering.matches("MU", true));
        assert!(!rendering.matches("MUEL", false));
        assert!(!rendering.matches("MUELLERS", true));
        assert!(!rendering.matches("MIL", true));
    }
}
