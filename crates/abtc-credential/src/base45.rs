//! Base45 (RFC 9285): the text encoding that fits QR alphanumeric mode. Two bytes become three
//! characters, a lone trailing byte becomes two. Decoding is strict: only the 45 upper-case
//! characters of the alphabet, no dangling single character, no group whose value overflows.

use crate::error::{CredResult, CredentialError};

/// The RFC 9285 alphabet, in value order (0..=44).
const ALPHABET: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

const MALFORMED: CredentialError = CredentialError::Malformed("base45");

/// The character for a value below 45.
fn symbol(value: u32) -> char {
    // `value % 45` keeps the index in range whatever the caller passes.
    let index = usize::try_from(value % 45).unwrap_or(0);
    ALPHABET.get(index).map_or('0', |&b| char::from(b))
}

/// The value of one alphabet character, or `None` outside the alphabet (lower case included).
fn value_of(c: u8) -> Option<u32> {
    let v = match c {
        b'0'..=b'9' => c - b'0',
        b'A'..=b'Z' => c - b'A' + 10,
        b' ' => 36,
        b'$' => 37,
        b'%' => 38,
        b'*' => 39,
        b'+' => 40,
        b'-' => 41,
        b'.' => 42,
        b'/' => 43,
        b':' => 44,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Encodes `bytes` as Base45 text.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().saturating_mul(3) / 2 + 2);
    let mut chunks = bytes.chunks_exact(2);
    for pair in &mut chunks {
        if let [a, b] = pair {
            let n = u32::from(*a) * 256 + u32::from(*b);
            out.push(symbol(n));
            out.push(symbol(n / 45));
            out.push(symbol(n / (45 * 45)));
        }
    }
    if let [a] = chunks.remainder() {
        let n = u32::from(*a);
        out.push(symbol(n));
        out.push(symbol(n / 45));
    }
    out
}

/// Decodes Base45 text. `Malformed("base45")` for a character outside the alphabet, a dangling
/// single character, or a group whose value does not fit (a triple above 65535, a pair above 255).
pub fn decode(text: &str) -> CredResult<Vec<u8>> {
    let input = text.as_bytes();
    let mut out = Vec::with_capacity(input.len().saturating_mul(2) / 3 + 1);
    for group in input.chunks(3) {
        let mut n: u32 = 0;
        let mut weight: u32 = 1;
        for &c in group {
            let v = value_of(c).ok_or(MALFORMED)?;
            n = v
                .checked_mul(weight)
                .and_then(|x| n.checked_add(x))
                .ok_or(MALFORMED)?;
            weight = weight.saturating_mul(45);
        }
        match group.len() {
            3 => {
                let pair = u16::try_from(n).map_err(|_| MALFORMED)?;
                out.extend_from_slice(&pair.to_be_bytes());
            }
            2 => out.push(u8::try_from(n).map_err(|_| MALFORMED)?),
            _ => return Err(MALFORMED),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rfc_9285_examples() {
        let cases: [(&[u8], &str); 4] = [
            (b"AB", "BB8"),
            (b"Hello!!", "%69 VD92EX0"),
            (b"base-45", "UJCLQE7W581"),
            (b"ietf!", "QED8WEX0"),
        ];
        for (bytes, text) in cases {
            assert_eq!(encode(bytes), text);
            assert_eq!(decode(text).unwrap(), bytes);
        }
    }

    #[test]
    fn empty_and_edges() {
        assert_eq!(encode(b""), "");
        assert_eq!(decode("").unwrap(), Vec::<u8>::new());
        assert_eq!(encode(&[0xff, 0xff]), "FGW");
        assert_eq!(decode("FGW").unwrap(), vec![0xff, 0xff]);
        assert_eq!(encode(&[0xff]), "U5");
        assert_eq!(decode("U5").unwrap(), vec![0xff]);
        assert_eq!(encode(&[0, 0]), "000");
    }

    #[test]
    fn rejects_malformed() {
        let bad = CredentialError::Malformed("base45");
        // 'GGW' = 16 + 16*45 + 32*2025 = 65536: one past the largest pair.
        assert_eq!(decode("GGW"), Err(bad.clone()));
        assert_eq!(decode(":::"), Err(bad.clone()));
        // '6' + '5'*45 = 231 fits; 'V5' = 31 + 5*45 = 256 does not.
        assert_eq!(decode("V5"), Err(bad.clone()));
        // A dangling single character.
        assert_eq!(decode("BB8A"), Err(bad.clone()));
        assert_eq!(decode("A"), Err(bad.clone()));
        // Outside the alphabet: lower case, other punctuation, non-ASCII.
        assert_eq!(decode("bb8"), Err(bad.clone()));
        assert_eq!(decode("BB!"), Err(bad.clone()));
        assert_eq!(decode("BB8\n"), Err(bad.clone()));
        assert_eq!(decode("ÄB8"), Err(bad));
    }

    proptest! {
        #[test]
        fn round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let text = encode(&bytes);
            prop_assert_eq!(text.len(), bytes.len() / 2 * 3 + bytes.len() % 2 * 2);
            prop_assert!(text.bytes().all(|c| ALPHABET.contains(&c)));
            prop_assert_eq!(decode(&text).unwrap(), bytes);
        }

        #[test]
        fn decode_never_panics(text in ".{0,64}") {
            let _ = decode(&text);
        }

        #[test]
        fn decode_alphabet_never_panics(text in "[0-9A-Z $%*+\\-./:]{0,64}") {
            if let Ok(bytes) = decode(&text) {
                prop_assert_eq!(encode(&bytes), text);
            }
        }
    }
}
