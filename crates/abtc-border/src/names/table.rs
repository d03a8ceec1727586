//! ICAO 9303 part 3 section 6 transliteration of Latin letters, written out by hand for Basic
//! Latin, the Latin-1 Supplement and Latin Extended-A.
//!
//! Where states differ in practice (German umlauts spelled out or dropped, Spanish `Ñ` as `N` or
//! the reversible `NXX`) every accepted spelling is listed, first the one ICAO recommends.

/// What a card character becomes in a zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// One of these spellings, each only `A`–`Z`.
    Letter(&'static [&'static str]),
    /// Word break: becomes a filler `<` (spaces, hyphens, commas).
    Separator,
    /// Dropped without trace (apostrophes, full stops).
    Omitted,
}

/// `None` for characters with no zone rendering (digits, non-Latin scripts, symbols).
pub(crate) fn classify(c: char) -> Option<Class> {
    if let Some(forms) = forms(c) {
        return Some(Class::Letter(forms));
    }
    match c {
        ' ' | '\t' | '-' | ',' | '\u{00A0}' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => {
            Some(Class::Separator)
        }
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' | '.' => {
            Some(Class::Omitted)
        }
        _ => {
            // Lower case goes through its upper-case letter; `ß` and other letters whose upper
            // case is several characters are in `forms` directly.
            let mut upper = c.to_uppercase();
            match (upper.next(), upper.next()) {
                (Some(single), None) if single != c => forms(single).map(Class::Letter),
                _ => None,
            }
        }
    }
}

/// Upper-case letters, plus the lower-case letters that have no single upper-case form.
fn forms(c: char) -> Option<&'static [&'static str]> {
    Some(match c {
        'A' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ā' | 'Ă' | 'Ą' => &["A"],
        'Ä' => &["AE", "A"],
        'Å' => &["AA", "A"],
        'Æ' => &["AE"],
        'B' => &["B"],
        'C' | 'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => &["C"],
        'D' | 'Ð' | 'Ď' | 'Đ' => &["D"],
        'E' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => &["E"],
        'F' => &["F"],
        'G' | 'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => &["G"],
        'H' | 'Ĥ' | 'Ħ' => &["H"],
        'I' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' | 'ı' => &["I"],
        'Ĳ' | 'ĳ' => &["IJ"],
        'J' | 'Ĵ' => &["J"],
        'K' | 'Ķ' | 'ĸ' => &["K"],
        'L' | 'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => &["L"],
        'M' => &["M"],
        'N' | 'Ń' | 'Ņ' | 'Ň' | 'Ŋ' | 'ŉ' => &["N"],
        'Ñ' => &["N", "NXX"],
        'O' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ō' | 'Ŏ' | 'Ő' => &["O"],
        'Ö' => &["OE", "O"],
        'Ø' | 'Œ' | 'œ' => &["OE"],
        'P' => &["P"],
        'Q' => &["Q"],
        'R' | 'Ŕ' | 'Ŗ' | 'Ř' => &["R"],
        'S' | 'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'ſ' => &["S"],
        'ß' | 'ẞ' => &["SS"],
        'T' | 'Ţ' | 'Ť' | 'Ŧ' => &["T"],
        'Þ' | 'þ' => &["TH"],
        'U' | 'Ù' | 'Ú' | 'Û' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => &["U"],
        'Ü' => &["UE", "U"],
        'V' => &["V"],
        'W' | 'Ŵ' => &["W"],
        'X' => &["X"],
        'Y' | 'Ý' | 'Ÿ' | 'Ŷ' => &["Y"],
        'Z' | 'Ź' | 'Ż' | 'Ž' => &["Z"],
        _ => return None,
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

    fn letter(c: char) -> &'static [&'static str] {
        match classify(c) {
            Some(Class::Letter(forms)) => forms,
            other => panic!("{c:?} is {other:?}"),
        }
    }

    #[test]
    fn both_cases_of_latin_1_and_extended_a() {
        assert_eq!(letter('a'), ["A"]);
        assert_eq!(letter('ü'), ["UE", "U"]);
        assert_eq!(letter('Ü'), ["UE", "U"]);
        assert_eq!(letter('ø'), ["OE"]);
        assert_eq!(letter('æ'), ["AE"]);
        assert_eq!(letter('å'), ["AA", "A"]);
        assert_eq!(letter('ñ'), ["N", "NXX"]);
        assert_eq!(letter('ß'), ["SS"]);
        assert_eq!(letter('þ'), ["TH"]);
        assert_eq!(letter('ð'), ["D"]);
        assert_eq!(letter('ł'), ["L"]);
        assert_eq!(letter('ÿ'), ["Y"]);
        assert_eq!(letter('ç'), ["C"]);
        assert_eq!(letter('ã'), ["A"]);
        assert_eq!(letter('é'), ["E"]);
        assert_eq!(letter('ő'), ["O"]);
        assert_eq!(letter('ž'), ["Z"]);
        assert_eq!(letter('ĳ'), ["IJ"]);
        assert_eq!(letter('ŉ'), ["N"]);
    }

    #[test]
    fn every_letter_of_the_two_blocks_is_covered() {
        // U+00C0..=U+017F minus the two symbols (× ÷) in the Latin-1 letter range.
        for c in ('\u{00C0}'..='\u{017F}').filter(|c| !matches!(c, '×' | '÷')) {
            assert!(
                matches!(classify(c), Some(Class::Letter(_))),
                "{c:?} U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn punctuation() {
        assert_eq!(classify('-'), Some(Class::Separator));
        assert_eq!(classify(' '), Some(Class::Separator));
        assert_eq!(classify('\''), Some(Class::Omitted));
        assert_eq!(classify('’'), Some(Class::Omitted));
        assert_eq!(classify('1'), None);
        assert_eq!(classify('Ж'), None);
        assert_eq!(classify('×'), None);
    }
}
