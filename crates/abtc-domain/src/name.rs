//! Personal names: as written in the holder's own script, and as printed
//! in a passport's machine-readable zone.

use serde::{Deserialize, Serialize};

const MAX_PERSON_NAME_CHARS: usize = 100;
/// Width of the name field on line 1 of a passport (TD3) MRZ.
const MAX_MRZ_NAME_CHARS: usize = 39;

/// A name in any script, with whitespace normalized.
///
/// Checked by exclusion, since no allow-list of letters covers every
/// script's combining marks and joiners.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonName(String);

/// Why a string is not an acceptable personal name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PersonNameError {
    #[error("name is empty")]
    Empty,
    #[error("name is longer than {MAX_PERSON_NAME_CHARS} characters")]
    TooLong,
    /// `position` counts characters (not bytes) from the start of the
    /// input as given, so a form can point at it without echoing it.
    #[error("name contains a character that is not allowed, at position {position}")]
    InvalidCharacter { position: usize },
}

impl PersonNameError {
    /// Stable identifier for API clients and translations; never reworded.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "person_name_empty",
            Self::TooLong => "person_name_too_long",
            Self::InvalidCharacter { .. } => "person_name_invalid_character",
        }
    }
}

/// Punctuation that occurs in real names across scripts.
const NAME_PUNCTUATION: [char; 7] = [
    '-', '\'', '\u{2019}', // right single quotation mark, the typographic apostrophe
    '.', ',', '\u{00B7}', // middle dot (Catalan, Chinese transliterations)
    '\u{30FB}', // katakana middle dot (foreign names in Japanese)
];

fn is_name_char(c: char) -> bool {
    if c == ' ' || NAME_PUNCTUATION.contains(&c) {
        return true;
    }
    if c.is_control() || c.is_numeric() || c.is_whitespace() {
        return false;
    }
    if c.is_ascii() {
        // Digits and controls are gone; this leaves ASCII symbols, which
        // are markup, injection or typing slips rather than names.
        return c.is_ascii_alphabetic();
    }
    if c.is_alphabetic() {
        return true;
    }
    let cp = u32::from(c);
    let denied = matches!(
        cp,
        // General Punctuation (ZWNJ/ZWJ excepted: Indic and Persian
        // spelling needs them), including bidi overrides used for spoofing.
        0x2000..=0x200B | 0x200E..=0x206F
        // Currency, letterlike, arrows, maths, technical, box drawing,
        // shapes, dingbats and miscellaneous symbols.
        | 0x20A0..=0x2BFF
        // Fullwidth ASCII symbols (letters and digits were decided above).
        | 0xFF01..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65
        // Private use, specials (including U+FFFD), emoji and pictographs.
        | 0xE000..=0xF8FF
        | 0xFFF0..=0xFFFF
        | 0x1F000..=0x1FAFF
        | 0xF0000..=0x10FFFF
    );
    !denied
}

impl PersonName {
    /// The only way to obtain a [`PersonName`].
    pub fn parse(input: &str) -> Result<Self, PersonNameError> {
        let mut name = String::with_capacity(input.len().min(4 * MAX_PERSON_NAME_CHARS));
        let mut chars = 0usize;
        let mut pending_space = false;
        for (position, c) in input.chars().enumerate() {
            if c.is_whitespace() {
                // Leading whitespace is dropped; trailing whitespace never
                // gets flushed.
                pending_space = chars > 0;
                continue;
            }
            if !is_name_char(c) {
                return Err(PersonNameError::InvalidCharacter { position });
            }
            let needed = if pending_space { 2 } else { 1 };
            chars += needed;
            if chars > MAX_PERSON_NAME_CHARS {
                return Err(PersonNameError::TooLong);
            }
            if pending_space {
                name.push(' ');
                pending_space = false;
            }
            name.push(c);
        }
        if name.is_empty() {
            return Err(PersonNameError::Empty);
        }
        Ok(Self(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One name component as printed in the MRZ (ICAO 9303 part 3), already
/// transliterated to A–Z, stored with `<` as the filler.
///
/// The `<<` that separates surname from given names belongs to the MRZ
/// line, not to a component, so runs of `<` collapse to one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct MrzName(String);

/// Why a string is not an acceptable MRZ name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MrzNameError {
    #[error("machine-readable name is empty")]
    Empty,
    #[error("machine-readable name is longer than {MAX_MRZ_NAME_CHARS} characters")]
    TooLong,
    /// `position` counts characters from the start of the input as given.
    #[error(
        "machine-readable name may contain only the letters A to Z, spaces, hyphens, \
         apostrophes and <; the character at position {position} is not one of them"
    )]
    NotLatin { position: usize },
}

impl MrzNameError {
    /// Stable identifier for API clients and translations; never reworded.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "mrz_name_empty",
            Self::TooLong => "mrz_name_too_long",
            Self::NotLatin { .. } => "mrz_name_not_latin",
        }
    }
}

impl MrzName {
    /// The only way to obtain an [`MrzName`].
    pub fn parse(input: &str) -> Result<Self, MrzNameError> {
        let trimmed = input.trim_start();
        let leading = input
            .chars()
            .count()
            .saturating_sub(trimmed.chars().count());
        let mut name = String::with_capacity(input.len().min(MAX_MRZ_NAME_CHARS));
        let mut pending_filler = false;
        for (index, c) in trimmed.trim_end().chars().enumerate() {
            match c.to_ascii_uppercase() {
                // The MRZ drops apostrophes (ICAO 9303 part 3, 6.A).
                '\'' => {}
                ' ' | '-' | '<' => pending_filler = !name.is_empty(),
                upper @ 'A'..='Z' => {
                    if pending_filler {
                        name.push('<');
                        pending_filler = false;
                    }
                    name.push(upper);
                    if name.len() > MAX_MRZ_NAME_CHARS {
                        return Err(MrzNameError::TooLong);
                    }
                }
                _ => {
                    return Err(MrzNameError::NotLatin {
                        position: leading + index,
                    })
                }
            }
        }
        if name.is_empty() {
            return Err(MrzNameError::Empty);
        }
        Ok(Self(name))
    }

    /// The MRZ form, with `<` between words.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// For showing to a person: `<` read as a space.
    pub fn display_form(&self) -> String {
        self.0.replace('<', " ")
    }
}

crate::newtype::string_newtype!(PersonName, PersonNameError);

crate::newtype::string_newtype!(MrzName, MrzNameError);

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_names_in_native_scripts() {
        for name in [
            "陳大文",
            "Ёлкина",
            "สมชาย",
            "สมศักดิ์",
            "Nguyễn Văn An",
            "김민준",
            "अजय कुमार",
            "محمد رضا",
            "O'Brien",
            "O\u{2019}Brien",
            "Jean-Luc Picard",
            "Martin Luther King, Jr.",
            "Gal·la",
            "ジョン・スミス",
            "Zoë",
            // NFD: combining marks are not alphabetic.
            "Nguye\u{302}\u{303}n",
            // ZWNJ in Persian spelling.
            "می\u{200C}خواهم",
        ] {
            let parsed = PersonName::parse(name).unwrap();
            assert_eq!(parsed.as_str(), name);
        }
    }

    #[test]
    fn normalizes_whitespace() {
        let name = PersonName::parse("  Nguyễn \t Văn\n\nAn\u{3000}").unwrap();
        assert_eq!(name.as_str(), "Nguyễn Văn An");
        assert_eq!(name.to_string(), "Nguyễn Văn An");
        let name = PersonName::parse("山田\u{3000}太郎").unwrap();
        assert_eq!(name.as_str(), "山田 太郎");
    }

    #[test]
    fn rejects_empty() {
        for input in ["", "   ", "\t\n\u{3000}"] {
            let err = PersonName::parse(input).unwrap_err();
            assert_eq!(err, PersonNameError::Empty);
            assert_eq!(err.code(), "person_name_empty");
        }
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let hundred = "陳".repeat(100);
        assert!(PersonName::parse(&hundred).is_ok());
        let err = PersonName::parse(&"陳".repeat(101)).unwrap_err();
        assert_eq!(err, PersonNameError::TooLong);
        assert_eq!(err.code(), "person_name_too_long");
        // Collapsed whitespace counts once.
        let spaced = format!("{}     {}", "a".repeat(49), "b".repeat(50));
        assert_eq!(
            PersonName::parse(&spaced).unwrap().as_str().chars().count(),
            100
        );
    }

    #[test]
    fn rejects_invalid_characters_with_position() {
        let cases = [
            ("John3", 4),
            ("  John3", 6),
            ("陳大文<", 3),
            ("a@b", 1),
            ("a_b", 1),
            ("a~b", 1),
            ("a\\b", 1),
            ("a/b", 1),
            ("a\"b", 1),
            ("a;b", 1),
            ("a!b", 1),
            ("a\u{0}b", 1),
            ("a\u{7}b", 1),
            ("Louis Ⅻ", 6),
            ("a٣", 1),
            ("a😀", 1),
            ("a\u{202E}b", 1),
            ("a€", 1),
            ("a＠b", 1),
        ];
        for (input, position) in cases {
            let err = PersonName::parse(input).unwrap_err();
            assert_eq!(
                err,
                PersonNameError::InvalidCharacter { position },
                "{input:?}"
            );
            assert_eq!(err.code(), "person_name_invalid_character");
        }
    }

    #[test]
    fn person_name_messages_do_not_echo_input() {
        let err = PersonName::parse("Secret9").unwrap_err();
        assert!(!err.to_string().contains("Secret"));
    }

    #[test]
    fn person_name_serde_round_trip() {
        let name = PersonName::parse("陳 大文").unwrap();
        let json = serde_json::to_string(&name).unwrap();
        assert_eq!(json, "\"陳 大文\"");
        let back: PersonName = serde_json::from_str(&json).unwrap();
        assert_eq!(back, name);
        let normalized: PersonName = serde_json::from_str("\"  陳   大文 \"").unwrap();
        assert_eq!(normalized, name);
        assert!(serde_json::from_str::<PersonName>("\"R2D2\"").is_err());
        assert_eq!("陳 大文".parse::<PersonName>().unwrap(), name);
    }

    #[test]
    fn mrz_name_normalizes() {
        let cases = [
            ("smith", "SMITH"),
            ("  Jean-Luc ", "JEAN<LUC"),
            ("O'Brien", "OBRIEN"),
            ("van der  Berg", "VAN<DER<BERG"),
            ("<<ANNA<<MARIA<<", "ANNA<MARIA"),
            ("MARY - ANNE", "MARY<ANNE"),
            ("\tNGUYEN VAN AN\n", "NGUYEN<VAN<AN"),
        ];
        for (input, stored) in cases {
            let name = MrzName::parse(input).unwrap();
            assert_eq!(name.as_str(), stored, "{input:?}");
            assert_eq!(name.to_string(), stored);
        }
        let name = MrzName::parse("Jean-Luc").unwrap();
        assert_eq!(name.display_form(), "JEAN LUC");
    }

    #[test]
    fn mrz_name_rejects() {
        let err = MrzName::parse("").unwrap_err();
        assert_eq!(err, MrzNameError::Empty);
        assert_eq!(err.code(), "mrz_name_empty");
        assert_eq!(MrzName::parse(" <'- ").unwrap_err(), MrzNameError::Empty);

        let err = MrzName::parse("Zoë").unwrap_err();
        assert_eq!(err, MrzNameError::NotLatin { position: 2 });
        assert_eq!(err.code(), "mrz_name_not_latin");
        assert_eq!(
            MrzName::parse("  陳").unwrap_err(),
            MrzNameError::NotLatin { position: 2 }
        );
        assert_eq!(
            MrzName::parse("JOHN2").unwrap_err(),
            MrzNameError::NotLatin { position: 4 }
        );
        assert_eq!(
            MrzName::parse("A\tB").unwrap_err(),
            MrzNameError::NotLatin { position: 1 }
        );
        assert_eq!(
            MrzName::parse("A.B").unwrap_err(),
            MrzNameError::NotLatin { position: 1 }
        );

        assert!(MrzName::parse(&"A".repeat(39)).is_ok());
        // Fillers count toward the field width, apostrophes do not.
        assert!(MrzName::parse(&format!("{}'", "A".repeat(39))).is_ok());
        assert!(MrzName::parse(&format!("{} B", "A".repeat(37))).is_ok());
        let err = MrzName::parse(&format!("{} B", "A".repeat(38))).unwrap_err();
        assert_eq!(err, MrzNameError::TooLong);
        assert_eq!(err.code(), "mrz_name_too_long");
    }

    #[test]
    fn mrz_name_serde_round_trip() {
        let name = MrzName::parse("Jean-Luc").unwrap();
        let json = serde_json::to_string(&name).unwrap();
        assert_eq!(json, "\"JEAN<LUC\"");
        let back: MrzName = serde_json::from_str(&json).unwrap();
        assert_eq!(back, name);
        assert!(serde_json::from_str::<MrzName>("\"Zoë\"").is_err());
        assert_eq!("jean luc".parse::<MrzName>().unwrap(), name);
    }

    proptest! {
        #[test]
        fn person_name_never_panics_and_is_idempotent(input in any::<String>()) {
            if let Ok(name) = PersonName::parse(&input) {
                let chars = name.as_str().chars().count();
                prop_assert!((1..=MAX_PERSON_NAME_CHARS).contains(&chars));
                prop_assert_eq!(PersonName::parse(name.as_str()), Ok(name.clone()));
            }
        }

        #[test]
        fn mrz_name_never_panics_and_is_idempotent(input in any::<String>()) {
            if let Ok(name) = MrzName::parse(&input) {
                prop_assert_eq!(MrzName::parse(name.as_str()), Ok(name.clone()));
            }
        }

        #[test]
        fn mrz_name_stored_form_is_well_formed(input in "[a-zA-Z '<-]{0,50}") {
            if let Ok(name) = MrzName::parse(&input) {
                let s = name.as_str();
                prop_assert!((1..=MAX_MRZ_NAME_CHARS).contains(&s.len()));
                prop_assert!(s.bytes().all(|b| b.is_ascii_uppercase() || b == b'<'));
                prop_assert!(!s.starts_with('<') && !s.ends_with('<') && !s.contains("<<"));
            }
        }
    }
}
