//! JPEG 2000, the format most passport chips store the holder's photo in (ICAO 9303 part 10 allows
//! JPEG and JPEG 2000 in data group 2), decoded to RGB for the face detector.
//!
//! The bytes come from a chip the traveller hands over, so they are hostile until decoded: the
//! decoder is pure Rust (no C parser on this path), the declared size is checked against a bound
//! before any pixel is decoded, and a decoder panic on a malformed file is caught and reported as an
//! unreadable image, like any other decoding failure, instead of taking the kiosk down.

use std::panic::{catch_unwind, AssertUnwindSafe};

use hayro_jpeg2000::{ColorSpace, DecodeSettings, DecoderContext, Image};
use image::RgbImage;

/// The JP2 file format's signature box.
const JP2_SIGNATURE: &[u8] = b"\x00\x00\x00\x0cjP  \r\n\x87\n";
/// A bare codestream's start: the SOC marker followed by SIZ.
const CODESTREAM_START: &[u8] = &[0xff, 0x4f, 0xff, 0x51];

/// Whether `bytes` look like JPEG 2000 (a JP2 file or a bare codestream).
pub fn is_jpeg2000(bytes: &[u8]) -> bool {
    bytes.starts_with(JP2_SIGNATURE) || bytes.starts_with(CODESTREAM_START)
}

/// The image as RGB, or `None` when it is not readable JPEG 2000, either side exceeds `max_side`,
/// or its colours are not greyscale or RGB (CMYK has no place in a passport photo).
pub fn decode(bytes: &[u8], max_side: u32) -> Option<RgbImage> {
    catch_unwind(AssertUnwindSafe(|| decode_unguarded(bytes, max_side))).unwrap_or(None)
}

fn decode_unguarded(bytes: &[u8], max_side: u32) -> Option<RgbImage> {
    let image = Image::new(bytes, &DecodeSettings::default()).ok()?;
    let (width, height) = (image.width(), image.height());
    if width == 0 || height == 0 || width > max_side || height > max_side {
        return None;
    }
    let colours = match image.color_space() {
        ColorSpace::Gray => 1,
        ColorSpace::RGB => 3,
        ColorSpace::Icc { num_channels, .. } if matches!(num_channels, 1 | 3) => {
            usize::from(*num_channels)
        }
        _ => return None,
    };
    let channels = colours + usize::from(image.has_alpha());
    let mut context = DecoderContext::default();
    let decoded = image.decode(&mut context).ok()?;
    if decoded.components().len() != channels {
        return None;
    }
    let samples = decoded.data_u8();
    let pixels = usize::try_from(u64::from(width) * u64::from(height)).ok()?;
    if samples.len() != pixels.checked_mul(channels)? {
        return None;
    }
    let rgb: Vec<u8> = samples
        .chunks_exact(channels)
        .flat_map(|px| match px {
            [grey, ..] if colours == 1 => [*grey, *grey, *grey],
            [r, g, b, ..] => [*r, *g, *b],
            _ => [0, 0, 0],
        })
        .collect();
    RgbImage::from_raw(width, height, rgb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_jpeg2000_signatures_are_taken_for_jpeg2000() {
        assert!(is_jpeg2000(b"\x00\x00\x00\x0cjP  \r\n\x87\n\x00\x00"));
        assert!(is_jpeg2000(&[0xff, 0x4f, 0xff, 0x51, 0x00]));
        assert!(!is_jpeg2000(&[0xff, 0xd8, 0xff, 0xe0]), "JPEG");
        assert!(!is_jpeg2000(b"\x89PNG\r\n\x1a\n"));
        assert!(!is_jpeg2000(b""));
    }

    #[test]
    fn damaged_jpeg2000_is_unreadable_not_a_crash() {
        let mut bytes = b"\x00\x00\x00\x0cjP  \r\n\x87\n".to_vec();
        assert!(decode(&bytes, 8192).is_none(), "signature only");
        bytes.extend_from_slice(&[0xff; 64]);
        assert!(decode(&bytes, 8192).is_none(), "garbage after it");
        let codestream = [0xff, 0x4f, 0xff, 0x51, 0x00, 0x29, 0xff, 0xff, 0xff, 0xff];
        assert!(decode(&codestream, 8192).is_none(), "a torn header");
    }
}
