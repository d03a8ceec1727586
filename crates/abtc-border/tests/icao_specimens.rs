//! ICAO 9303's Utopia specimens (parts 4, 5 and 6), read end to end through the public API.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use abtc_border::mrz::check_digit::check_digit;
use abtc_border::names::{names_match, names_match_allowing_truncation, transliterate};
use abtc_border::{parse, Mrz, MrzDate, MrzError, MrzField, MrzFormat, Sex};
use proptest::prelude::*;
use time::macros::date;

const TD3: [&str; 2] = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
];
const TD1: [&str; 3] = [
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
];
const TD2: [&str; 2] = [
    "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
    "D231458907UTO7408122F1204159<<<<<<<6",
];

fn join(lines: &[&str]) -> String {
    lines.join("\n")
}

/// `lines` with the character at (`line`, `index`) (both 0-based) replaced.
fn tamper(lines: &[&str], line: usize, index: usize, with: char) -> String {
    let mut owned: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    owned[line].replace_range(index..=index, &with.to_string());
    owned.join("\n")
}

fn failing_field(text: &str) -> MrzField {
    parse(text).unwrap_err().field().unwrap()
}

/// A different digit (or, for letters, a different letter) at the same place.
fn other(c: char) -> char {
    match c {
        '9' => '8',
        '0'..='8' => char::from(c as u8 + 1),
        'Z' => 'Y',
        '<' => '1',
        _ => char::from(c as u8 + 1),
    }
}

fn assert_utopia(mrz: &Mrz) {
    assert_eq!(mrz.issuing_state, "UTO");
    assert_eq!(mrz.nationality, "UTO");
    assert_eq!(mrz.primary_identifier, "ERIKSSON");
    assert_eq!(mrz.secondary_identifier, "ANNA MARIA");
    assert_eq!(mrz.date_of_birth, MrzDate::new(74, 8, 12).unwrap());
    assert_eq!(mrz.date_of_birth.to_string(), "740812");
    assert_eq!(mrz.date_of_expiry, MrzDate::new(12, 4, 15).unwrap());
    assert_eq!(mrz.date_of_expiry.to_string(), "120415");
    assert_eq!(mrz.sex, Sex::Female);
    assert!(!mrz.name_truncated());
    let today = date!(2026 - 03 - 01);
    assert_eq!(
        mrz.date_of_birth.birth_date(today),
        Some(date!(1974 - 08 - 12))
    );
    assert_eq!(
        mrz.date_of_expiry.expiry_date(today),
        Some(date!(2012 - 04 - 15))
    );
    assert!(mrz.names_match_card("Eriksson", "Anna Maria"));
    assert!(!mrz.names_match_card("Erikson", "Anna Maria"));
    assert!(!mrz.names_match_card("Eriksson", "Maria Anna"));
}

#[test]
fn specimen_lengths() {
    assert!(TD3.iter().all(|l| l.len() == 44));
    assert!(TD1.iter().all(|l| l.len() == 30));
    assert!(TD2.iter().all(|l| l.len() == 36));
}

#[test]
fn specimen_check_digits_compute() {
    let l = TD3[1];
    assert_eq!(check_digit(&l[0..9]), Some('6'));
    assert_eq!(check_digit(&l[13..19]), Some('2'));
    assert_eq!(check_digit(&l[21..27]), Some('9'));
    assert_eq!(check_digit(&l[28..42]), Some('1'));
    assert_eq!(
        check_digit(&format!("{}{}{}", &l[0..10], &l[13..20], &l[21..43])),
        Some('0')
    );
    let composite_td1 = format!(
        "{}{}{}{}",
        &TD1[0][5..30],
        &TD1[1][0..7],
        &TD1[1][8..15],
        &TD1[1][18..29]
    );
    assert_eq!(check_digit(&composite_td1), Some('6'));
    let l = TD2[1];
    assert_eq!(
        check_digit(&format!("{}{}{}", &l[0..10], &l[13..20], &l[21..35])),
        Some('6')
    );
}

#[test]
fn td3_specimen() {
    let mrz = parse(&join(&TD3)).unwrap();
    assert_eq!(mrz.format, MrzFormat::Td3);
    assert_eq!(mrz.document_code, "P");
    assert_eq!(mrz.document_number, "L898902C3");
    assert_eq!(mrz.optional_data, "ZE184226B");
    assert_eq!(mrz.optional_data_2, None);
    assert_utopia(&mrz);
}

#[test]
fn td1_specimen() {
    let mrz = parse(&join(&TD1)).unwrap();
    assert_eq!(mrz.format, MrzFormat::Td1);
    assert_eq!(mrz.document_code, "I");
    assert_eq!(mrz.document_number, "D23145890");
    assert_eq!(mrz.optional_data, "");
    assert_eq!(mrz.optional_data_2.as_deref(), Some(""));
    assert_utopia(&mrz);
}

#[test]
fn td2_specimen() {
    let mrz = parse(&join(&TD2)).unwrap();
    assert_eq!(mrz.format, MrzFormat::Td2);
    assert_eq!(mrz.document_code, "I");
    assert_eq!(mrz.document_number, "D23145890");
    assert_eq!(mrz.optional_data, "");
    assert_utopia(&mrz);
}

/// TD1 line 1 and 2 for a twelve-character document number, built with the overflow rule.
fn td1_overflow() -> [String; 3] {
    let number = "D23145890734";
    let digit = check_digit(number).unwrap();
    let upper = format!("I<UTOD23145890<734{digit}<AB12<<<<<<");
    let middle_first29 = "7408122F1204159UTO<<<<<<<<<<<";
    let composite = check_digit(&format!(
        "{}{}{}{}",
        &upper[5..30],
        &middle_first29[0..7],
        &middle_first29[8..15],
        &middle_first29[18..29]
    ))
    .unwrap();
    [
        upper,
        format!("{middle_first29}{composite}"),
        TD1[2].to_owned(),
    ]
}

#[test]
fn td1_long_document_number_overflows_into_optional_data() {
    let lines = td1_overflow();
    assert_eq!(lines[0], "I<UTOD23145890<7349<AB12<<<<<<");
    assert_eq!(lines[1], "7408122F1204159UTO<<<<<<<<<<<4");
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let mrz = parse(&join(&refs)).unwrap();
    assert_eq!(mrz.document_number, "D23145890734");
    assert_eq!(mrz.optional_data, "AB12");
    assert_utopia(&mrz);

    // The overflow's check digit covers the whole number.
    assert_eq!(
        parse(&tamper(&refs, 0, 16, '5')),
        Err(MrzError::CheckDigit {
            field: MrzField::DocumentNumber,
            expected: check_digit("D23145890754").unwrap(),
            found: '9'
        })
    );
    assert_eq!(
        failing_field(&tamper(&refs, 0, 18, '0')),
        MrzField::DocumentNumber
    );
}

#[test]
fn td3_tampering_names_the_field() {
    let cases = [
        (2, MrzField::DocumentNumber),
        (9, MrzField::DocumentNumber),
        (15, MrzField::DateOfBirth),
        (19, MrzField::DateOfBirth),
        (24, MrzField::DateOfExpiry),
        (27, MrzField::DateOfExpiry),
        (30, MrzField::OptionalData),
        (40, MrzField::OptionalData),
        (42, MrzField::OptionalData),
        (43, MrzField::Composite),
    ];
    for (index, field) in cases {
        let c = TD3[1].as_bytes()[index] as char;
        let text = tamper(&TD3, 1, index, other(c));
        assert_eq!(failing_field(&text), field, "index {index}");
    }
    assert_eq!(
        parse(&tamper(&TD3, 1, 2, '7')),
        Err(MrzError::CheckDigit {
            field: MrzField::DocumentNumber,
            expected: check_digit("L878902C3").unwrap(),
            found: '6'
        })
    );
}

#[test]
fn td3_consistent_field_change_is_caught_by_the_composite() {
    // Change the document number *and* its own check digit: only the composite notices.
    let number = "L898902C4";
    let digit = check_digit(number).unwrap();
    let lower = format!("{number}{digit}{}", &TD3[1][10..]);
    assert_eq!(failing_field(&join(&[TD3[0], &lower])), MrzField::Composite);
}

#[test]
fn td1_tampering_names_the_field() {
    let cases = [
        (0, 7, MrzField::DocumentNumber),
        (0, 14, MrzField::DocumentNumber),
        (0, 20, MrzField::Composite), // optional data 1, covered only by the composite
        (1, 3, MrzField::DateOfBirth),
        (1, 6, MrzField::DateOfBirth),
        (1, 10, MrzField::DateOfExpiry),
        (1, 14, MrzField::DateOfExpiry),
        (1, 22, MrzField::Composite), // optional data 2
        (1, 29, MrzField::Composite),
    ];
    for (line, index, field) in cases {
        let c = TD1[line].as_bytes()[index] as char;
        let text = tamper(&TD1, line, index, other(c));
        assert_eq!(failing_field(&text), field, "line {line} index {index}");
    }
}

#[test]
fn td2_tampering_names_the_field() {
    let cases = [
        (4, MrzField::DocumentNumber),
        (9, MrzField::DocumentNumber),
        (16, MrzField::DateOfBirth),
        (19, MrzField::DateOfBirth),
        (25, MrzField::DateOfExpiry),
        (27, MrzField::DateOfExpiry),
        (30, MrzField::Composite), // optional data, covered only by the composite
        (35, MrzField::Composite),
    ];
    for (index, field) in cases {
        let c = TD2[1].as_bytes()[index] as char;
        let text = tamper(&TD2, 1, index, other(c));
        assert_eq!(failing_field(&text), field, "index {index}");
    }
}

#[test]
fn fields_outside_the_checks_are_not_verified() {
    // Nationality and names carry no check digit; the zone still parses.
    let mrz = parse(&tamper(&TD3, 1, 11, 'S')).unwrap();
    assert_eq!(mrz.nationality, "USO");
}

/// (index, field) for every digit of a checked TD3 line-2 field, check digits included.
fn td3_checked_digits() -> Vec<(usize, MrzField)> {
    let ranges = [
        (0..10, MrzField::DocumentNumber),
        (13..20, MrzField::DateOfBirth),
        (21..28, MrzField::DateOfExpiry),
        (28..43, MrzField::OptionalData),
    ];
    ranges
        .into_iter()
        .flat_map(|(range, field)| range.map(move |index| (index, field)))
        .filter(|(index, _)| TD3[1].as_bytes()[*index].is_ascii_digit())
        .collect()
}

proptest! {
    #[test]
    fn any_single_digit_change_in_a_checked_td3_field_is_detected(
        (index, field) in prop::sample::select(td3_checked_digits()),
        digit in 0u8..10,
    ) {
        let old = TD3[1].as_bytes()[index];
        let new = b'0' + digit;
        prop_assume!(old != new);
        let text = tamper(&TD3, 1, index, char::from(new));
        prop_assert_eq!(parse(&text).unwrap_err().field(), Some(field));
    }
}

proptest! {
    #[test]
    fn arbitrary_text_is_refused_without_panicking(text in "\\PC{0,120}") {
        let _ = parse(&text);
    }

    #[test]
    fn zone_alphabet_noise_is_refused_without_panicking(
        lines in prop::collection::vec("[A-Z0-9<]{28,46}", 1..5),
    ) {
        let _ = parse(&lines.join("\n"));
    }
}

#[test]
fn whitespace_and_case_from_scanners() {
    let messy = format!(
        "\r\n   \r\n  {}\t\r\n\r\n \t{}   \r\n\r\n",
        TD3[0].to_lowercase(),
        TD3[1].to_lowercase()
    );
    assert_eq!(parse(&messy).unwrap(), parse(&join(&TD3)).unwrap());
    let td1 = format!("  {}  \n\n{}\n   {}\n", TD1[0], TD1[1], TD1[2]);
    assert_eq!(parse(&td1).unwrap().document_number, "D23145890");
}

#[test]
fn wrong_length_names_the_line() {
    let short = join(&[TD3[0], &TD3[1][..43]]);
    let error = parse(&short).unwrap_err();
    assert_eq!(
        error,
        MrzError::LineLength {
            line: 2,
            format: MrzFormat::Td3,
            expected: 44,
            found: 43
        }
    );
    assert_eq!(error.code(), "mrz_line_length");
    assert_eq!(
        error.to_string(),
        "line 2 has 43 characters; a TD3 zone has 44 on every line"
    );
    let td1 = join(&[TD1[0], TD1[1], &TD1[2][..28]]);
    assert!(matches!(
        parse(&td1),
        Err(MrzError::LineLength { line: 3, .. })
    ));
}

#[test]
fn bad_character_names_line_and_column() {
    let text = tamper(&TD1, 1, 17, '*');
    let error = parse(&text).unwrap_err();
    assert_eq!(
        error,
        MrzError::InvalidCharacter {
            line: 2,
            column: 18,
            found: '*'
        }
    );
    assert_eq!(error.code(), "mrz_invalid_character");
}

#[test]
fn month_thirteen_names_the_date_of_birth() {
    let dob = "741312";
    let dob_digit = check_digit(dob).unwrap();
    let first43 = format!("L898902C36UTO{dob}{dob_digit}F1204159ZE184226B<<<<<1");
    let composite = check_digit(&format!(
        "{}{}{}",
        &first43[0..10],
        &first43[13..20],
        &first43[21..43]
    ))
    .unwrap();
    let text = join(&[TD3[0], &format!("{first43}{composite}")]);
    let error = parse(&text).unwrap_err();
    assert_eq!(
        error,
        MrzError::InvalidDate {
            field: MrzField::DateOfBirth,
            value: dob.into()
        }
    );
    assert_eq!(error.code(), "mrz_invalid_date");
    assert_eq!(
        error.to_string(),
        "the date of birth 741312 is not a calendar date in YYMMDD form"
    );
}

#[test]
fn invalid_sex_is_refused() {
    assert_eq!(
        parse(&tamper(&TD3, 1, 20, 'Q')),
        Err(MrzError::InvalidSex { found: 'Q' })
    );
    let unspecified = parse(&tamper(&TD3, 1, 20, 'X')).unwrap();
    assert_eq!(unspecified.sex, Sex::Unspecified);
}

#[test]
fn germany_strips_fillers_from_its_one_letter_code() {
    // The German specimen: one-letter state code and a blank personal number checked by `<`.
    let mrz = parse(&join(&[
        "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
        "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4",
    ]))
    .unwrap();
    assert_eq!(mrz.issuing_state, "D");
    assert_eq!(mrz.nationality, "D");
    assert_eq!(mrz.document_number, "C01X00T47");
    assert_eq!(mrz.optional_data, "");
    assert!(mrz.names_match_card("Mustermann", "Erika"));
}

#[test]
fn umlauts() {
    for zone in ["MUELLER", "MULLER"] {
        assert!(names_match(zone, "", "Müller", ""), "{zone}");
    }
    assert!(!names_match("MILLER", "", "Müller", ""));
    assert!(!names_match("MUELER", "", "Müller", ""));
    assert_eq!(transliterate("Müller"), ["MUELLER", "MULLER"]);
    assert!(names_match("MUELLER", "JUERGEN", "MÜLLER", "Jürgen"));
    assert!(names_match("MUELLER", "JURGEN", "MÜLLER", "Jürgen"));
}

#[test]
fn nordic_and_other_latin_letters() {
    assert!(names_match("SOERENSEN", "", "Sørensen", ""));
    assert!(!names_match("SORENSEN", "", "Sørensen", ""));
    assert!(names_match("AEROE", "", "Ærø", ""));
    assert!(names_match("AABERG", "", "Åberg", ""));
    assert!(names_match("ABERG", "", "Åberg", ""));
    assert!(names_match("STRASSE", "", "Straße", ""));
    assert!(names_match("THOR", "", "Þór", ""));
    assert!(names_match("NUNEZ", "", "Ñúñez", ""));
    assert!(names_match("NXXUNXXEZ", "", "Ñúñez", ""));
    assert!(names_match("WALESA", "LECH", "Wałęsa", "Lech"));
    assert!(names_match("GONCALVES", "JOAO", "Gonçalves", "João"));
}

#[test]
fn hyphens_and_apostrophes() {
    assert!(names_match("OBRIEN", "SEAN", "O'Brien", "Seán"));
    assert!(!names_match("O BRIEN", "SEAN", "O'Brien", "Seán"));
    assert!(names_match("DUPONT", "JEAN LUC", "Dupont", "Jean-Luc"));
    assert!(names_match("DUPONT", "JEAN<LUC", "Dupont", "Jean-Luc"));
    assert!(!names_match("DUPONT", "JEANLUC", "Dupont", "Jean-Luc"));
    assert!(names_match("SMITH JONES", "", "Smith-Jones", ""));
}

#[test]
fn given_name_order_matters() {
    assert!(names_match(
        "ERIKSSON",
        "ANNA MARIA",
        "Eriksson",
        "Anna Maria"
    ));
    assert!(!names_match(
        "ERIKSSON",
        "ANNA MARIA",
        "Eriksson",
        "Maria Anna"
    ));
}

#[test]
fn truncated_td3_names() {
    let family = "Vanderberghe-Delacroix";
    let given = "Jean-Pierre Maximilian Alexandre";
    let full = "VANDERBERGHE<DELACROIX<<JEAN<PIERRE<MAXIMILIAN<ALEXANDRE";
    let upper = format!("P<UTO{}", &full[..39]);
    assert_eq!(upper.len(), 44);
    let mrz = parse(&join(&[&upper, TD3[1]])).unwrap();
    assert!(mrz.name_truncated());
    assert_eq!(mrz.primary_identifier, "VANDERBERGHE DELACROIX");
    assert_eq!(mrz.secondary_identifier, "JEAN PIERRE MAX");
    assert!(mrz.names_match_card(family, given));
    assert!(mrz.names_match_card(family, "Jean Pierre Maxime"));
    assert!(!mrz.names_match_card(family, "Jean Pierre Ma"));
    assert!(!mrz.names_match_card(family, "Jean Pierre Mix"));
    assert!(!mrz.names_match_card(family, "Pierre Jean Maximilian"));
    assert!(!mrz.names_match_card("Vanderberghe", given));
    // Without the truncation flag the same names are a mismatch.
    assert!(!names_match(
        &mrz.primary_identifier,
        &mrz.secondary_identifier,
        family,
        given
    ));
    assert!(names_match_allowing_truncation(
        &mrz.primary_identifier,
        &mrz.secondary_identifier,
        family,
        given,
        true
    ));
}

#[test]
fn a_full_field_that_fits_exactly_still_matches_exactly() {
    // 39 characters with no filler: flagged as possibly truncated, and the exact name matches.
    let upper = "P<UTOVANDERBERGHE<DELACROIX<<JEAN<PIERRE<MAX";
    // A field with a trailing filler is not truncated, so a longer card name is refused.
    let short = "P<UTOVANDERBERGHE<DELACROIX<<JEAN<PIERRE<<<<";
    let not_full = parse(&join(&[short, TD3[1]])).unwrap();
    assert!(!not_full.name_truncated());
    assert!(!not_full.names_match_card("Vanderberghe-Delacroix", "Jean-Pierre Max"));
    assert!(not_full.names_match_card("Vanderberghe-Delacroix", "Jean-Pierre"));
    assert_eq!(upper.len(), 44);
    let mrz = parse(&join(&[upper, TD3[1]])).unwrap();
    assert!(mrz.name_truncated());
    assert!(mrz.names_match_card("Vanderberghe-Delacroix", "Jean-Pierre Max"));
}
