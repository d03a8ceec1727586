//! QR images of credential text: PNG (8-bit grayscale) and SVG out, PNG in. No I/O: bytes and
//! strings only, so the wallet in the browser (wasm32) and the CLI share it.
//!
//! Encoding uses error correction level Q (as HCERT) and the encoder's optimal segmentation, which
//! puts `ABTC1:` + Base45 text entirely in alphanumeric mode (numeric where a run of digits is
//! cheaper). Images carry the standard 4-module quiet zone.
//!
//! Decoding accepts any PNG colour type and bit depth (converted to 8-bit luma, transparency
//! composited over white), refuses images larger than [`MAX_DIMENSION`] on either side before any
//! pixel is inflated (decompression bombs), and returns the text of every QR code found.

use qrcode::{Color, EcLevel, QrCode};

use crate::error::{CredResult, CredentialError};

/// The largest width or height accepted by [`decode_png`] and produced by [`to_png`].
pub const MAX_DIMENSION: u32 = 8000;

/// The quiet zone around the symbol, in modules (ISO/IEC 18004).
pub const QUIET_ZONE_MODULES: u32 = 4;

/// Total bytes the PNG decoder may allocate (8000 x 8000 RGBA at 16 bits per channel would be far
/// more; anything legitimate here is well below this).
const MAX_DECODE_BYTES: usize = 512 * 1024 * 1024;

const BAD_PNG: CredentialError = CredentialError::Malformed("png");
const TOO_LARGE: CredentialError = CredentialError::Malformed("image too large");
const QR_ENCODE: CredentialError = CredentialError::Malformed("qr encode");

fn symbol(text: &str) -> CredResult<QrCode> {
    QrCode::with_error_correction_level(text.as_bytes(), EcLevel::Q).map_err(|_| QR_ENCODE)
}

/// Renders `text` as a QR code PNG: 8-bit grayscale, `module_px` pixels per module, with the quiet
/// zone. `module_px` must be at least 1 and the image at most [`MAX_DIMENSION`] pixels wide.
pub fn to_png(text: &str, module_px: u32) -> CredResult<Vec<u8>> {
    if module_px == 0 {
        return Err(CredentialError::Malformed("module size 0"));
    }
    let code = symbol(text)?;
    let modules = u32::try_from(code.width()).map_err(|_| QR_ENCODE)?;
    let side_modules = modules
        .checked_add(2 * QUIET_ZONE_MODULES)
        .ok_or(TOO_LARGE)?;
    let side = side_modules.checked_mul(module_px).ok_or(TOO_LARGE)?;
    if side > MAX_DIMENSION {
        return Err(TOO_LARGE);
    }
    let colors = code.to_colors();
    let side_usize = usize::try_from(side).map_err(|_| TOO_LARGE)?;
    let px = usize::try_from(module_px).map_err(|_| TOO_LARGE)?;
    let quiet = usize::try_from(QUIET_ZONE_MODULES).map_err(|_| TOO_LARGE)?;
    let width = code.width();

    // One rendered row per module row, repeated `module_px` times.
    let mut pixels = Vec::with_capacity(side_usize.saturating_mul(side_usize));
    let blank_row = vec![255u8; side_usize];
    for _ in 0..quiet.saturating_mul(px) {
        pixels.extend_from_slice(&blank_row);
    }
    let mut row = Vec::with_capacity(side_usize);
    for module_row in colors.chunks(width.max(1)) {
        row.clear();
        row.resize(quiet.saturating_mul(px), 255u8);
        for c in module_row {
            let v = if *c == Color::Dark { 0u8 } else { 255u8 };
            row.extend(std::iter::repeat_n(v, px));
        }
        row.resize(side_usize, 255u8);
        for _ in 0..px {
            pixels.extend_from_slice(&row);
        }
    }
    for _ in 0..quiet.saturating_mul(px) {
        pixels.extend_from_slice(&blank_row);
    }

    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, side, side);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Best);
        let mut writer = encoder
            .write_header()
            .map_err(|_| CredentialError::Malformed("png encode"))?;
        writer
            .write_image_data(&pixels)
            .map_err(|_| CredentialError::Malformed("png encode"))?;
        writer
            .finish()
            .map_err(|_| CredentialError::Malformed("png encode"))?;
    }
    Ok(out)
}

/// Renders `text` as an SVG document (black on white, with the quiet zone).
pub fn to_svg(text: &str) -> CredResult<String> {
    let code = symbol(text)?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .quiet_zone(true)
        .min_dimensions(256, 256)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build())
}

/// Luma (ITU-R BT.601, integer) of an 8-bit RGB pixel.
fn luma(r: u8, g: u8, b: u8) -> u8 {
    let y = (299 * u32::from(r) + 587 * u32::from(g) + 114 * u32::from(b)) / 1000;
    u8::try_from(y).unwrap_or(u8::MAX)
}

/// Composites `v` with alpha `a` over white.
fn over_white(v: u8, a: u8) -> u8 {
    let v = u32::from(v);
    let a = u32::from(a);
    let y = (v * a + 255 * (255 - a)) / 255;
    u8::try_from(y).unwrap_or(u8::MAX)
}

/// Decodes a PNG into an 8-bit luma buffer: (width, height, pixels, row-major).
fn png_to_luma(bytes: &[u8]) -> CredResult<(usize, usize, Vec<u8>)> {
    let mut decoder = png::Decoder::new_with_limits(
        bytes,
        png::Limits {
            bytes: MAX_DECODE_BYTES,
        },
    );
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    {
        let info = decoder.read_header_info().map_err(|_| BAD_PNG)?;
        if info.width == 0 || info.height == 0 {
            return Err(BAD_PNG);
        }
        if info.width > MAX_DIMENSION || info.height > MAX_DIMENSION {
            return Err(TOO_LARGE);
        }
    }
    let mut reader = decoder.read_info().map_err(|_| BAD_PNG)?;
    let mut buf = vec![0u8; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut buf).map_err(|_| BAD_PNG)?;
    let width = usize::try_from(frame.width).map_err(|_| TOO_LARGE)?;
    let height = usize::try_from(frame.height).map_err(|_| TOO_LARGE)?;
    if frame.bit_depth != png::BitDepth::Eight {
        return Err(BAD_PNG);
    }
    let channels = match frame.color_type {
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        // normalize_to_color8 expands palettes to RGB(A).
        png::ColorType::Indexed => return Err(BAD_PNG),
    };
    let row_len = width.checked_mul(channels).ok_or(TOO_LARGE)?;
    let mut luma_px = Vec::with_capacity(width.saturating_mul(height));
    for y in 0..height {
        let start = y.checked_mul(frame.line_size).ok_or(TOO_LARGE)?;
        let row = buf
            .get(start..start.saturating_add(row_len))
            .ok_or(BAD_PNG)?;
        for p in row.chunks_exact(channels) {
            let v = match *p {
                [g] => g,
                [g, a] => over_white(g, a),
                [r, g, b] => luma(r, g, b),
                [r, g, b, a] => over_white(luma(r, g, b), a),
                _ => return Err(BAD_PNG),
            };
            luma_px.push(v);
        }
    }
    Ok((width, height, luma_px))
}

/// Grey levels of an RGBA image (8 bits per channel, row-major, as a browser canvas gives it),
/// transparency composited over white as for PNG input. Trailing bytes short of a whole pixel are
/// ignored; [`decode_luma`] checks the resulting length against the image size.
pub fn rgba_to_luma(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| match *p {
            [r, g, b, a] => over_white(luma(r, g, b), a),
            _ => u8::MAX,
        })
        .collect()
}

/// Decodes every QR code found in a PNG image, in the order the detector finds them. A PNG that
/// does not decode, or is larger than [`MAX_DIMENSION`] on a side, is an error; an image with no
/// readable QR code gives an empty list.
pub fn decode_png(bytes: &[u8]) -> CredResult<Vec<String>> {
    let (width, height, pixels) = png_to_luma(bytes)?;
    detect(width, height, &pixels)
}

/// Decodes every QR code in an 8-bit grey image (`width * height` bytes, row-major): a camera
/// frame or a picture the caller already decoded (the browser decodes any image format it knows
/// onto a canvas). The same size limits as [`decode_png`]; a buffer of the wrong length is an error.
pub fn decode_luma(width: usize, height: usize, pixels: &[u8]) -> CredResult<Vec<String>> {
    if width == 0 || height == 0 {
        return Err(CredentialError::Malformed("empty image"));
    }
    let max = usize::try_from(MAX_DIMENSION).map_err(|_| TOO_LARGE)?;
    if width > max || height > max {
        return Err(TOO_LARGE);
    }
    if width.checked_mul(height) != Some(pixels.len()) {
        return Err(CredentialError::Malformed("image size"));
    }
    detect(width, height, pixels)
}

/// The QR detector over a grey image whose length the caller has checked.
fn detect(width: usize, height: usize, pixels: &[u8]) -> CredResult<Vec<String>> {
    // The detector is third-party code working on attacker-chosen pixels: contain any panic in it
    // (where unwinding is available) as a decoding failure rather than taking the caller down.
    let found = std::panic::catch_unwind(move || {
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
            y.checked_mul(width)
                .and_then(|i| i.checked_add(x))
                .and_then(|i| pixels.get(i))
                .copied()
                .unwrap_or(255)
        });
        img.detect_grids()
            .into_iter()
            .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
            .collect::<Vec<String>>()
    })
    .map_err(|_| CredentialError::Malformed("qr"))?;
    Ok(found)
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
    use proptest::prelude::*;

    const SAMPLE: &str =
        "ABTC1:6BFOXN*TS0BI$ZD.P9UOL97O4-2HH77HRM3DSPTLRR+%3KMM1LOS5O0PFN+9S1ER:QPLM7 2";

    fn encode_png(
        w: u32,
        h: u32,
        color: png::ColorType,
        depth: png::BitDepth,
        data: &[u8],
    ) -> Vec<u8> {
        let mut out = Vec::new();
        let mut e = png::Encoder::new(&mut out, w, h);
        e.set_color(color);
        e.set_depth(depth);
        let mut wr = e.write_header().unwrap();
        wr.write_image_data(data).unwrap();
        wr.finish().unwrap();
        out
    }

    #[test]
    fn png_round_trip() {
        let png = to_png(SAMPLE, 4).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(decode_png(&png).unwrap(), vec![SAMPLE.to_string()]);
    }

    /// The smallest symbol holding `text` in byte mode only, for comparison.
    fn byte_mode_width(text: &str) -> usize {
        for v in 1..=40 {
            let mut bits = qrcode::bits::Bits::new(qrcode::Version::Normal(v));
            if bits.push_byte_data(text.as_bytes()).is_ok()
                && bits.push_terminator(EcLevel::Q).is_ok()
            {
                return QrCode::with_bits(bits, EcLevel::Q).unwrap().width();
            }
        }
        panic!("does not fit");
    }

    #[test]
    fn alphanumeric_mode_keeps_the_symbol_small() {
        let text = format!("ABTC1:{}", "A1B2C3 $%*+-./:".repeat(20));
        let code = symbol(&text).unwrap();
        assert_eq!(code.error_correction_level(), EcLevel::Q);
        assert!(
            code.width() < byte_mode_width(&text),
            "{} vs {}",
            code.width(),
            byte_mode_width(&text)
        );
    }

    #[test]
    fn svg_is_a_document() {
        let svg = to_svg(SAMPLE).unwrap();
        assert!(svg.contains("<svg"));
        assert!(svg.contains("#000000"));
    }

    #[test]
    fn sizes_are_bounded() {
        assert!(to_png(SAMPLE, 0).is_err());
        assert_eq!(to_png(SAMPLE, 1000), Err(TOO_LARGE));
        // Too much data for any QR version.
        assert_eq!(to_png(&"A".repeat(5000), 1), Err(QR_ENCODE));
    }

    #[test]
    fn other_color_types_and_depths_decode() {
        // Render at 1 px per module, then re-encode the same picture in other formats.
        let gray = to_png(SAMPLE, 3).unwrap();
        let (w, h, px) = png_to_luma(&gray).unwrap();
        let (w32, h32) = (w as u32, h as u32);
        let rgb: Vec<u8> = px.iter().flat_map(|&v| [v, v, v]).collect();
        let rgba: Vec<u8> = px.iter().flat_map(|&v| [v, v, v, 255]).collect();
        let ga16: Vec<u8> = px.iter().flat_map(|&v| [v, v, 255, 255]).collect();
        // 1-bit grayscale: packed rows, most significant bit first.
        let row_bytes = w.div_ceil(8);
        let mut bits = vec![0u8; row_bytes * h];
        for y in 0..h {
            for x in 0..w {
                if px[y * w + x] > 127 {
                    bits[y * row_bytes + x / 8] |= 0x80 >> (x % 8);
                }
            }
        }
        use png::{BitDepth, ColorType};
        let cases = [
            encode_png(w32, h32, ColorType::Rgb, BitDepth::Eight, &rgb),
            encode_png(w32, h32, ColorType::Rgba, BitDepth::Eight, &rgba),
            encode_png(
                w32,
                h32,
                ColorType::GrayscaleAlpha,
                BitDepth::Sixteen,
                &ga16,
            ),
            encode_png(w32, h32, ColorType::Grayscale, BitDepth::One, &bits),
        ];
        for (i, png) in cases.iter().enumerate() {
            assert_eq!(
                decode_png(png).unwrap(),
                vec![SAMPLE.to_string()],
                "case {i}"
            );
        }
        // A fully transparent image is white: no code.
        let clear: Vec<u8> = px.iter().flat_map(|&v| [v, 0]).collect();
        let png = encode_png(w32, h32, ColorType::GrayscaleAlpha, BitDepth::Eight, &clear);
        assert!(decode_png(&png).unwrap().is_empty());
    }

    #[test]
    fn luma_and_rgba_buffers_decode() {
        let (w, h, px) = png_to_luma(&to_png(SAMPLE, 3).unwrap()).unwrap();
        assert_eq!(decode_luma(w, h, &px).unwrap(), vec![SAMPLE.to_string()]);
        // As a canvas gives it: RGBA, a coloured foreground, opaque.
        let rgba: Vec<u8> = px
            .iter()
            .flat_map(|&v| {
                if v < 128 {
                    [20, 30, 90, 255]
                } else {
                    [250, 250, 240, 255]
                }
            })
            .collect();
        let grey = rgba_to_luma(&rgba);
        assert_eq!(grey.len(), w * h);
        assert_eq!(decode_luma(w, h, &grey).unwrap(), vec![SAMPLE.to_string()]);
        // Fully transparent pixels are white.
        assert_eq!(rgba_to_luma(&[0, 0, 0, 0, 0, 0, 0, 255]), vec![255, 0]);
        // Wrong lengths and sizes are errors, not panics; a blank image has no code.
        assert!(decode_luma(w, h, &px[1..]).is_err());
        assert!(decode_luma(0, 0, &[]).is_err());
        assert!(decode_luma(usize::MAX, 2, &px).is_err());
        assert_eq!(decode_luma(9000, 1, &[255; 9000]), Err(TOO_LARGE));
        assert!(decode_luma(20, 20, &[255; 400]).unwrap().is_empty());
    }

    #[test]
    fn two_codes_in_one_image() {
        let a = png_to_luma(&to_png("ABTC1:FIRST", 4).unwrap()).unwrap();
        let b = png_to_luma(&to_png("ABTC1:SECOND", 4).unwrap()).unwrap();
        let h = a.1.max(b.1);
        let w = a.0 + b.0;
        let mut px = vec![255u8; w * h];
        for y in 0..a.1 {
            px[y * w..y * w + a.0].copy_from_slice(&a.2[y * a.0..(y + 1) * a.0]);
        }
        for y in 0..b.1 {
            px[y * w + a.0..y * w + w].copy_from_slice(&b.2[y * b.0..(y + 1) * b.0]);
        }
        let png = encode_png(
            w as u32,
            h as u32,
            png::ColorType::Grayscale,
            png::BitDepth::Eight,
            &px,
        );
        let mut got = decode_png(&png).unwrap();
        got.sort();
        assert_eq!(
            got,
            vec!["ABTC1:FIRST".to_string(), "ABTC1:SECOND".to_string()]
        );
    }

    #[test]
    fn garbage_and_bombs_are_errors() {
        assert_eq!(decode_png(b""), Err(BAD_PNG));
        assert_eq!(decode_png(b"not a png at all"), Err(BAD_PNG));
        let good = to_png(SAMPLE, 2).unwrap();
        assert!(decode_png(&good[..good.len() / 2]).is_err());
        // A header claiming 100000 x 100000 pixels: refused before inflating anything.
        let mut big = Vec::new();
        {
            let mut e = png::Encoder::new(&mut big, 100_000, 100_000);
            e.set_color(png::ColorType::Grayscale);
            e.set_depth(png::BitDepth::One);
            let _ = e.write_header().unwrap();
        }
        assert_eq!(decode_png(&big), Err(TOO_LARGE));
        // A white image with no code: no text, no error.
        let white = encode_png(
            50,
            50,
            png::ColorType::Grayscale,
            png::BitDepth::Eight,
            &[255; 2500],
        );
        assert!(decode_png(&white).unwrap().is_empty());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = decode_png(&bytes);
        }

        #[test]
        fn mutated_pngs_never_panic(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..6)) {
            let mut png = to_png("ABTC1:PROPTEST", 1).unwrap();
            let len = png.len();
            for (at, x) in flips {
                png[at % len] ^= x;
            }
            let _ = decode_png(&png);
        }
    }
}
