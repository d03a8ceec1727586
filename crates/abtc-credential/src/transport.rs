//! The HCERT transport layers around a COSE_Sign1, generic over the context prefix:
//! `PREFIX` + Base45( zlib( COSE ) ). The virtual card uses `ABTC1:`; the EU test vectors use `HC1:`.
//!
//! Compression rule. HCERT issuers compress, and the public test vectors treat a payload that is
//! not a zlib stream as a failure of the compression layer (vector `common/Z2`, "Not compressed":
//! `EXPECTEDCOMPRESSION` false). So [`inflate`] and [`decode`] are strict: the bytes must be a zlib
//! stream. [`inflate_or_raw`] is the lenient variant for readers that also want to accept an
//! uncompressed COSE: it passes the bytes through unchanged only when the first byte is not a zlib
//! header (`0x78`, i.e. deflate with a 32 KiB window; no COSE encoding starts with that byte, as
//! COSE_Sign1 starts with a tag `0xd2`/`0xd8` or an array `0x84`); a stream that starts like zlib
//! but does not inflate is an error, never passed through.
//!
//! Every step is bounded: the inflated size is capped (zip bombs are `Malformed("too large")`), and
//! nothing here allocates more than a small multiple of its input or the cap.

use miniz_oxide::inflate::TINFLStatus;

use crate::base45;
use crate::error::{CredResult, CredentialError};

/// Largest inflated COSE accepted by [`decode`]: far above any QR code's capacity.
pub const MAX_INFLATED: usize = 64 * 1024;

/// The first byte of a zlib stream with deflate and a 32 KiB window (RFC 1950 CMF).
const ZLIB_CMF: u8 = 0x78;

/// Removes the context prefix (e.g. `HC1:`), tolerating whitespace around the text.
///
/// Leading whitespace is trimmed before the prefix; trailing whitespace is trimmed from the rest.
/// Whitespace just after the prefix is kept: a space is a Base45 character and may start the data
/// (whereas valid Base45 never ends with a space, so trimming the end is safe).
pub fn strip_prefix<'a>(text: &'a str, prefix: &str) -> CredResult<&'a str> {
    text.trim_start()
        .strip_prefix(prefix)
        .map(str::trim_end)
        .ok_or(CredentialError::Malformed("prefix"))
}

/// zlib (RFC 1950) at the highest compression level.
pub fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(bytes, 9)
}

/// Inflates a zlib stream, producing at most `max` bytes. `Malformed("too large")` when the output
/// would exceed `max`; `Malformed("zlib")` when the stream is not valid zlib (bad header, bad
/// deflate data, truncated, or a wrong Adler-32 checksum).
pub fn inflate(bytes: &[u8], max: usize) -> CredResult<Vec<u8>> {
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(bytes, max).map_err(|e| {
        if e.status == TINFLStatus::HasMoreOutput {
            CredentialError::Malformed("too large")
        } else {
            CredentialError::Malformed("zlib")
        }
    })
}

/// As [`inflate`], but bytes that do not start with a zlib header (`0x78`) are returned unchanged
/// (HCERT tolerates an uncompressed COSE). Raw bytes longer than `max` are `Malformed("too large")`.
pub fn inflate_or_raw(bytes: &[u8], max: usize) -> CredResult<Vec<u8>> {
    match bytes.first() {
        Some(&ZLIB_CMF) => inflate(bytes, max),
        _ if bytes.len() > max => Err(CredentialError::Malformed("too large")),
        _ => Ok(bytes.to_vec()),
    }
}

/// QR text for a COSE_Sign1: `prefix` + Base45(zlib(cose)).
pub fn encode(prefix: &str, cose: &[u8]) -> String {
    let mut text = String::from(prefix);
    text.push_str(&base45::encode(&deflate(cose)));
    text
}

/// The COSE_Sign1 bytes inside QR text: strip `prefix`, Base45-decode, inflate (strictly, at most
/// [`MAX_INFLATED`] bytes). The COSE itself is not parsed here.
pub fn decode(prefix: &str, text: &str) -> CredResult<Vec<u8>> {
    let body = strip_prefix(text, prefix)?;
    let compressed = base45::decode(body)?;
    inflate(&compressed, MAX_INFLATED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn prefix_is_required_and_whitespace_tolerated() {
        assert_eq!(strip_prefix("HC1:ABC", "HC1:"), Ok("ABC"));
        assert_eq!(strip_prefix("  HC1:ABC \r\n", "HC1:"), Ok("ABC"));
        assert_eq!(strip_prefix("HC1: AB", "HC1:"), Ok(" AB"));
        assert_eq!(strip_prefix("HC1:", "HC1:"), Ok(""));
        let bad = Err(CredentialError::Malformed("prefix"));
        assert_eq!(strip_prefix("HC2:ABC", "HC1:"), bad);
        assert_eq!(strip_prefix("hc1:ABC", "HC1:"), bad);
        assert_eq!(strip_prefix("ABC", "HC1:"), bad);
        assert_eq!(strip_prefix("", "ABTC1:"), bad);
    }

    #[test]
    fn round_trip() {
        let cose = b"\xd2\x84not really a COSE but bytes all the same, repeated repeated repeated";
        let text = encode("ABTC1:", cose);
        assert!(text.starts_with("ABTC1:"));
        assert_eq!(decode("ABTC1:", &text).unwrap(), cose.to_vec());
        assert_eq!(
            decode("HC1:", &text),
            Err(CredentialError::Malformed("prefix"))
        );
        let mut broken = text.clone();
        broken.push('a');
        assert_eq!(
            decode("ABTC1:", &broken),
            Err(CredentialError::Malformed("base45"))
        );
    }

    #[test]
    fn broken_streams_are_rejected() {
        let z = deflate(b"hello hello hello hello");
        assert_eq!(z.first(), Some(&0x78));
        assert_eq!(inflate(&z, 1000).unwrap(), b"hello hello hello hello");
        let bad = Err(CredentialError::Malformed("zlib"));
        assert_eq!(inflate(&[], 1000), bad);
        assert_eq!(inflate(b"\xd2\x84\x43", 1000), bad);
        let truncated = &z[..z.len() - 3];
        assert_eq!(inflate(truncated, 1000), bad);
        let mut wrong_checksum = z.clone();
        *wrong_checksum.last_mut().unwrap() ^= 1;
        assert_eq!(inflate(&wrong_checksum, 1000), bad);
        // The output cap applies to honest data too.
        assert_eq!(inflate(&z, 5), Err(CredentialError::Malformed("too large")));
    }

    #[test]
    fn raw_passthrough_only_without_zlib_header() {
        let cose = b"\xd2\x84\x43\xa1\x01\x26";
        assert_eq!(inflate_or_raw(cose, 100).unwrap(), cose.to_vec());
        assert_eq!(inflate(cose, 100), Err(CredentialError::Malformed("zlib")));
        let z = deflate(cose);
        assert_eq!(inflate_or_raw(&z, 100).unwrap(), cose.to_vec());
        // Looks like zlib, is not: an error, not a pass-through.
        assert_eq!(
            inflate_or_raw(b"\x78\xda\x00\x01", 100),
            Err(CredentialError::Malformed("zlib"))
        );
        assert_eq!(
            inflate_or_raw(cose, 3),
            Err(CredentialError::Malformed("too large"))
        );
        assert_eq!(inflate_or_raw(&[], 3).unwrap(), Vec::<u8>::new());
    }

    #[test]
    fn zip_bomb_is_rejected_quickly() {
        let zeros = vec![0u8; 10 * 1024 * 1024];
        let bomb = deflate(&zeros);
        assert!(bomb.len() < 20 * 1024, "bomb is {} bytes", bomb.len());
        let text = format!("ABTC1:{}", base45::encode(&bomb));
        let started = std::time::Instant::now();
        assert_eq!(
            inflate(&bomb, MAX_INFLATED),
            Err(CredentialError::Malformed("too large"))
        );
        assert_eq!(
            inflate_or_raw(&bomb, MAX_INFLATED),
            Err(CredentialError::Malformed("too large"))
        );
        assert_eq!(
            decode("ABTC1:", &text),
            Err(CredentialError::Malformed("too large"))
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
    }

    proptest! {
        #[test]
        fn encode_decode_round_trip(cose in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let text = encode("ABTC1:", &cose);
            prop_assert_eq!(decode("ABTC1:", &text).unwrap(), cose);
        }

        #[test]
        fn inflate_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..256), max in 0usize..4096) {
            let _ = inflate(&bytes, max);
            let _ = inflate_or_raw(&bytes, max);
        }

        #[test]
        fn inflate_with_zlib_header_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let mut z = vec![0x78, 0x9c];
            z.extend_from_slice(&bytes);
            if let Ok(out) = inflate(&z, 4096) {
                prop_assert!(out.len() <= 4096);
            }
        }

        #[test]
        fn decode_never_panics(text in ".{0,128}") {
            let _ = decode("HC1:", &text);
            let _ = decode("", &text);
        }
    }
}
