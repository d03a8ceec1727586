//! Turning scanner or OCR output into clean zone lines and recognising the format.

use super::error::MrzError;
use super::zone::MrzFormat;

/// The zone's lines, upper-cased, trimmed and checked to hold only `A-Z`, `0-9` and `<`.
pub(crate) fn read(text: &str) -> Result<(MrzFormat, Vec<String>), MrzError> {
    let lines: Vec<String> = text
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_ascii_uppercase)
        .collect();
    for (index, line) in lines.iter().enumerate() {
        if let Some((column, found)) = line
            .chars()
            .enumerate()
            .find(|(_, c)| !(c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '<'))
        {
            return Err(MrzError::InvalidCharacter {
                line: index + 1,
                column: column + 1,
                found,
            });
        }
    }
    let format = detect(&lines)?;
    let expected = format.line_length();
    if let Some((index, line)) = lines
        .iter()
        .enumerate()
        .find(|(_, line)| line.len() != expected)
    {
        return Err(MrzError::LineLength {
            line: index + 1,
            format,
            expected,
            found: line.len(),
        });
    }
    Ok((format, lines))
}

/// Three lines can only be TD1; two lines are told apart by length, trusting whichever line
/// has a known length so that the error points at the other one.
fn detect(lines: &[String]) -> Result<MrzFormat, MrzError> {
    match lines {
        [] => Err(MrzError::Empty),
        [_, _, _] => Ok(MrzFormat::Td1),
        [first, second] => {
            let two_line = |length| match length {
                36 => Some(MrzFormat::Td2),
                44 => Some(MrzFormat::Td3),
                _ => None,
            };
            two_line(first.len())
                .or_else(|| two_line(second.len()))
                .ok_or(MrzError::UnrecognizedLength {
                    line: 1,
                    found: first.len(),
                })
        }
        _ => Err(MrzError::LineCount { found: lines.len() }),
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

    const TD2: [&str; 2] = [
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "D231458907UTO7408122F1204159<<<<<<<6",
    ];

    #[test]
    fn cleans_scanner_noise() {
        let text = format!(
            "\r\n  \t{}  \r\n\r\n\t{} \r\n\n",
            TD2[0].to_lowercase(),
            TD2[1]
        );
        let (format, lines) = read(&text).unwrap();
        assert_eq!(format, MrzFormat::Td2);
        assert_eq!(lines, TD2);
    }

    #[test]
    fn counts_lines() {
        assert_eq!(read(" \n\n"), Err(MrzError::Empty));
        assert_eq!(read(TD2[0]), Err(MrzError::LineCount { found: 1 }));
        let four = [TD2[0], TD2[1], TD2[0], TD2[1]].join("\n");
        assert_eq!(read(&four), Err(MrzError::LineCount { found: 4 }));
    }

    #[test]
    fn blames_the_line_with_the_odd_length() {
        let short_second = format!("{}\n{}", TD2[0], &TD2[1][..35]);
        assert_eq!(
            read(&short_second),
            Err(MrzError::LineLength {
                line: 2,
                format: MrzFormat::Td2,
                expected: 36,
                found: 35
            })
        );
        let long_first = format!("{}<\n{}", TD2[0], TD2[1]);
        assert_eq!(
            read(&long_first),
            Err(MrzError::LineLength {
                line: 1,
                format: MrzFormat::Td2,
                expected: 36,
                found: 37
            })
        );
        assert_eq!(
            read("ABC\nDEF"),
            Err(MrzError::UnrecognizedLength { line: 1, found: 3 })
        );
    }

    #[test]
    fn names_line_and_column_of_a_bad_character() {
        let text = format!("{}\n{}", TD2[0], TD2[1].replacen('U', "Ü", 1));
        assert_eq!(
            read(&text),
            Err(MrzError::InvalidCharacter {
                line: 2,
                column: 11,
                found: 'Ü'
            })
        );
        let inner_space = format!("{}\n{}", TD2[0].replacen("<<", "< ", 1), TD2[1]);
        assert_eq!(
            read(&inner_space),
            Err(MrzError::InvalidCharacter {
                line: 1,
                column: 15,
                found: ' '
            })
        );
    }
}
