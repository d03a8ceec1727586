//! ICAO 9303 part 3 check digits: weights 7, 3, 1 repeating, modulo 10.
//!
//! Because every weight is coprime with 10, any single substituted digit changes the result,
//! which is what makes the zone safe to accept without a human re-reading it.

const WEIGHTS: [u32; 3] = [7, 3, 1];

/// The numeric value ICAO gives a zone character: digits are themselves, `A`–`Z` are 10–35 and
/// the filler `<` is 0. `None` for anything a zone may not contain.
pub fn char_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        'A'..='Z' => Some(u32::from(c) - u32::from('A') + 10),
        '<' => Some(0),
        _ => None,
    }
}

/// The check digit over `data`, or `None` when `data` holds a character a zone may not contain.
pub fn check_digit(data: &str) -> Option<char> {
    let mut sum = 0;
    for (c, weight) in data.chars().zip(WEIGHTS.iter().cycle()) {
        sum = (sum + char_value(c)? * weight) % 10;
    }
    char::from_digit(sum, 10)
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
    fn values_follow_icao() {
        assert_eq!(char_value('0'), Some(0));
        assert_eq!(char_value('9'), Some(9));
        assert_eq!(char_value('A'), Some(10));
        assert_eq!(char_value('Z'), Some(35));
        assert_eq!(char_value('<'), Some(0));
        assert_eq!(char_value('a'), None);
        assert_eq!(char_value(' '), None);
    }

    #[test]
    fn icao_worked_examples() {
        // Part 3's worked example and the Utopia specimen fields.
        assert_eq!(check_digit("520727"), Some('3'));
        assert_eq!(check_digit("L898902C3"), Some('6'));
        assert_eq!(check_digit("740812"), Some('2'));
        assert_eq!(check_digit("120415"), Some('9'));
        assert_eq!(check_digit("ZE184226B<<<<<"), Some('1'));
        assert_eq!(check_digit("D23145890"), Some('7'));
    }

    #[test]
    fn fillers_only_give_zero() {
        assert_eq!(check_digit("<<<<<<<<<<<<<<"), Some('0'));
        assert_eq!(check_digit(""), Some('0'));
    }

    #[test]
    fn rejects_characters_outside_the_zone_alphabet() {
        assert_eq!(check_digit("AB-1"), None);
        assert_eq!(check_digit("ab"), None);
    }
}
