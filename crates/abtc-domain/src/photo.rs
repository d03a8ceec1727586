//! Applicant photographs (JPEG only).
//!
//! Only the marker segments up to the frame header are read: enough to
//! know the dimensions without a decoder, whose attack surface has no
//! place in the domain crate.

use std::fmt;

/// A JPEG whose frame header was found and whose dimensions are within
/// the limits it was parsed with.
#[derive(Clone, PartialEq, Eq)]
pub struct Photo {
    bytes: Vec<u8>,
    width: u32,
    height: u32,
}

/// Policy for acceptable photos; a parameter so each deployment can
/// follow its own issuing rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhotoLimits {
    pub max_bytes: usize,
    pub min_width: u32,
    pub min_height: u32,
    pub max_width: u32,
    pub max_height: u32,
}

impl Default for PhotoLimits {
    fn default() -> Self {
        Self {
            max_bytes: 2 * 1024 * 1024,
            min_width: 240,
            min_height: 320,
            max_width: 6000,
            max_height: 6000,
        }
    }
}

/// Why a byte string is not an acceptable photo.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    #[error("photo is empty")]
    Empty,
    #[error("photo is larger than {max_bytes} bytes")]
    TooLarge { max_bytes: usize },
    #[error("photo is not a JPEG image")]
    NotJpeg,
    #[error("photo file is cut short")]
    Truncated,
    #[error("photo has no JPEG frame header, so its dimensions are unknown")]
    NoFrameHeader,
    #[error(
        "photo is {width}x{height} pixels, smaller than the minimum of \
         {min_width}x{min_height}"
    )]
    TooSmall {
        width: u32,
        height: u32,
        min_width: u32,
        min_height: u32,
    },
    #[error(
        "photo is {width}x{height} pixels, larger than the maximum of \
         {max_width}x{max_height}"
    )]
    TooBig {
        width: u32,
        height: u32,
        max_width: u32,
        max_height: u32,
    },
}

impl PhotoError {
    /// Stable identifier for API clients and translations; never reworded.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "photo_empty",
            Self::TooLarge { .. } => "photo_too_large",
            Self::NotJpeg => "photo_not_jpeg",
            Self::Truncated => "photo_truncated",
            Self::NoFrameHeader => "photo_no_frame_header",
            Self::TooSmall { .. } => "photo_too_small",
            Self::TooBig { .. } => "photo_too_big",
        }
    }
}

impl Photo {
    /// The only way to obtain a [`Photo`]. Takes ownership so an accepted
    /// photo is not copied.
    pub fn parse(bytes: Vec<u8>, limits: &PhotoLimits) -> Result<Self, PhotoError> {
        if bytes.is_empty() {
            return Err(PhotoError::Empty);
        }
        if bytes.len() > limits.max_bytes {
            return Err(PhotoError::TooLarge {
                max_bytes: limits.max_bytes,
            });
        }
        let (width, height) = jpeg_dimensions(&bytes)?;
        // A zero height means "given later by a DNL marker", which photo
        // capture software never writes; treat it as an unusable size.
        if width == 0 || height == 0 || width < limits.min_width || height < limits.min_height {
            return Err(PhotoError::TooSmall {
                width,
                height,
                min_width: limits.min_width,
                min_height: limits.min_height,
            });
        }
        if width > limits.max_width || height > limits.max_height {
            return Err(PhotoError::TooBig {
                width,
                height,
                max_width: limits.max_width,
                max_height: limits.max_height,
            });
        }
        Ok(Self {
            bytes,
            width,
            height,
        })
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn width(&self) -> u32 {
        self.width
    }

    pub fn height(&self) -> u32 {
        self.height
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// Written by hand so that logging a photo does not dump megabytes of
/// biometric data.
impl fmt::Debug for Photo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Photo")
            .field("len", &self.bytes.len())
            .field("width", &self.width)
            .field("height", &self.height)
            .finish()
    }
}

const SOI: u8 = 0xD8;
const EOI: u8 = 0xD9;
const SOS: u8 = 0xDA;
const TEM: u8 = 0x01;

/// SOF0–SOF15, less the three codes in that range that are not frames.
fn is_start_of_frame(marker: u8) -> bool {
    matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC)
}

/// Markers that have no length field (ITU-T T.81 B.1.1.3).
fn is_standalone(marker: u8) -> bool {
    matches!(marker, TEM | 0xD0..=0xD7)
}

fn read_u16(bytes: &[u8], at: usize) -> Option<u16> {
    let hi = *bytes.get(at)?;
    let lo = *bytes.get(at.checked_add(1)?)?;
    Some(u16::from_be_bytes([hi, lo]))
}

/// Returns (width, height) from the first frame header.
fn jpeg_dimensions(bytes: &[u8]) -> Result<(u32, u32), PhotoError> {
    if bytes.get(..2) != Some(&[0xFF, SOI][..]) {
        return Err(PhotoError::NotJpeg);
    }
    let mut pos: usize = 2;
    loop {
        // A clean end between segments means the frame header never came.
        match bytes.get(pos) {
            None => return Err(PhotoError::NoFrameHeader),
            Some(0xFF) => {}
            Some(_) => return Err(PhotoError::NotJpeg),
        }
        // Any number of 0xFF fill bytes may precede the marker code.
        while bytes.get(pos) == Some(&0xFF) {
            pos = pos.checked_add(1).ok_or(PhotoError::Truncated)?;
        }
        let marker = *bytes.get(pos).ok_or(PhotoError::Truncated)?;
        pos = pos.checked_add(1).ok_or(PhotoError::Truncated)?;

        if is_standalone(marker) {
            continue;
        }
        match marker {
            // 0x00 is a stuffed byte, only meaningful inside scan data.
            0x00 | SOI => return Err(PhotoError::NotJpeg),
            EOI | SOS => return Err(PhotoError::NoFrameHeader),
            _ => {}
        }

        let length = usize::from(read_u16(bytes, pos).ok_or(PhotoError::Truncated)?);
        if length < 2 {
            return Err(PhotoError::NotJpeg);
        }
        let end = pos.checked_add(length).ok_or(PhotoError::Truncated)?;
        if end > bytes.len() {
            return Err(PhotoError::Truncated);
        }

        if is_start_of_frame(marker) {
            // Length (2), precision (1), height (2), width (2).
            if length < 7 {
                return Err(PhotoError::NotJpeg);
            }
            let height_at = pos.checked_add(3).ok_or(PhotoError::Truncated)?;
            let width_at = pos.checked_add(5).ok_or(PhotoError::Truncated)?;
            let height = read_u16(bytes, height_at).ok_or(PhotoError::Truncated)?;
            let width = read_u16(bytes, width_at).ok_or(PhotoError::Truncated)?;
            return Ok((u32::from(width), u32::from(height)));
        }
        pos = end;
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
    use proptest::prelude::*;

    fn app0() -> Vec<u8> {
        let mut segment = vec![0xFF, 0xE0, 0x00, 0x10];
        segment.extend_from_slice(b"JFIF\0");
        segment.extend_from_slice(&[0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
        segment
    }

    fn sof(marker: u8, width: u16, height: u16) -> Vec<u8> {
        // One greyscale component: id 1, sampling 1x1, quantization table 0.
        let mut segment = vec![0xFF, marker, 0x00, 0x0B, 0x08];
        segment.extend_from_slice(&height.to_be_bytes());
        segment.extend_from_slice(&width.to_be_bytes());
        segment.extend_from_slice(&[0x01, 0x01, 0x11, 0x00]);
        segment
    }

    fn jpeg(width: u16, height: u16) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xD8];
        bytes.extend(app0());
        bytes.extend(sof(0xC0, width, height));
        bytes.extend([0xFF, 0xD9]);
        bytes
    }

    fn parse(bytes: Vec<u8>) -> Result<Photo, PhotoError> {
        Photo::parse(bytes, &PhotoLimits::default())
    }

    #[test]
    fn default_limits() {
        let limits = PhotoLimits::default();
        assert_eq!(limits.max_bytes, 2_097_152);
        assert_eq!((limits.min_width, limits.min_height), (240, 320));
        assert_eq!((limits.max_width, limits.max_height), (6000, 6000));
    }

    #[test]
    fn reads_dimensions() {
        let bytes = jpeg(600, 800);
        let photo = parse(bytes.clone()).unwrap();
        assert_eq!((photo.width(), photo.height()), (600, 800));
        assert_eq!(photo.bytes(), &bytes[..]);
        assert_eq!(photo.into_bytes(), bytes);
    }

    #[test]
    fn accepts_limits_exactly() {
        assert!(parse(jpeg(240, 320)).is_ok());
        assert!(parse(jpeg(6000, 6000)).is_ok());
    }

    #[test]
    fn accepts_other_frame_types() {
        for marker in [0xC1, 0xC2, 0xC3, 0xC5, 0xC9, 0xCF] {
            let mut bytes = vec![0xFF, 0xD8];
            bytes.extend(sof(marker, 300, 400));
            let photo = parse(bytes).unwrap();
            assert_eq!((photo.width(), photo.height()), (300, 400));
        }
    }

    #[test]
    fn skips_non_frame_segments_and_fill_bytes() {
        let mut bytes = vec![0xFF, 0xD8];
        bytes.extend(app0());
        // DHT, JPG and DAC share the SOF range but carry no dimensions.
        for marker in [0xC4, 0xC8, 0xCC] {
            bytes.extend([0xFF, marker, 0x00, 0x07, 0xFF, 0xC0, 0x00, 0x01, 0x02]);
        }
        // Standalone markers, then fill bytes before the frame marker.
        bytes.extend([0xFF, 0xD0, 0xFF, 0x01, 0xFF, 0xFF, 0xFF]);
        bytes.extend(sof(0xC0, 480, 640));
        let photo = parse(bytes).unwrap();
        assert_eq!((photo.width(), photo.height()), (480, 640));
    }

    #[test]
    fn rejects_empty_and_too_large() {
        let err = parse(Vec::new()).unwrap_err();
        assert_eq!(err, PhotoError::Empty);
        assert_eq!(err.code(), "photo_empty");

        let limits = PhotoLimits {
            max_bytes: 10,
            ..PhotoLimits::default()
        };
        let err = Photo::parse(jpeg(600, 800), &limits).unwrap_err();
        assert_eq!(err, PhotoError::TooLarge { max_bytes: 10 });
        assert_eq!(err.code(), "photo_too_large");
    }

    #[test]
    fn rejects_non_jpeg() {
        for bytes in [
            b"\x89PNG\r\n\x1a\n".to_vec(),
            vec![0xFF],
            vec![0xD8, 0xFF],
            // Garbage where a marker should be.
            vec![0xFF, 0xD8, 0x00, 0x01],
            // A stuffed zero is not a marker.
            vec![0xFF, 0xD8, 0xFF, 0x00],
            // A segment length too small to include itself.
            vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01],
            // A frame header too short for dimensions.
            vec![0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x05, 0x08, 0x01, 0x00],
        ] {
            let err = parse(bytes).unwrap_err();
            assert_eq!(err, PhotoError::NotJpeg);
            assert_eq!(err.code(), "photo_not_jpeg");
        }
    }

    #[test]
    fn rejects_truncated() {
        let full = jpeg(600, 800);
        // Every cut inside APP0 or SOF0 leaves a segment overrunning the end.
        let sof_end = full.len() - 2;
        for cut in (3..sof_end).filter(|&cut| cut != 2 + app0().len()) {
            let err = parse(full[..cut].to_vec()).unwrap_err();
            assert_eq!(err, PhotoError::Truncated, "cut at {cut}");
            assert_eq!(err.code(), "photo_truncated");
        }
        // Only fill bytes after the last segment.
        assert_eq!(
            parse(vec![0xFF, 0xD8, 0xFF, 0xFF]).unwrap_err(),
            PhotoError::Truncated
        );
        // A length that points far past the end.
        assert_eq!(
            parse(vec![0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 0x00]).unwrap_err(),
            PhotoError::Truncated
        );
    }

    #[test]
    fn rejects_missing_frame_header() {
        let mut only_app0 = vec![0xFF, 0xD8];
        only_app0.extend(app0());
        let mut eoi_first = only_app0.clone();
        eoi_first.extend([0xFF, 0xD9]);
        let mut sos_first = only_app0.clone();
        sos_first.extend([0xFF, 0xDA, 0x00, 0x02]);
        sos_first.extend(sof(0xC0, 600, 800));
        for bytes in [vec![0xFF, 0xD8], only_app0, eoi_first, sos_first] {
            let err = parse(bytes).unwrap_err();
            assert_eq!(err, PhotoError::NoFrameHeader);
            assert_eq!(err.code(), "photo_no_frame_header");
        }
    }

    #[test]
    fn rejects_too_small() {
        for (width, height) in [(239, 320), (240, 319), (0, 800), (600, 0)] {
            let err = parse(jpeg(width, height)).unwrap_err();
            assert_eq!(
                err,
                PhotoError::TooSmall {
                    width: u32::from(width),
                    height: u32::from(height),
                    min_width: 240,
                    min_height: 320,
                }
            );
            assert_eq!(err.code(), "photo_too_small");
        }
        // Zero is never a usable dimension, even with no minimum.
        let no_minimum = PhotoLimits {
            min_width: 0,
            min_height: 0,
            ..PhotoLimits::default()
        };
        assert!(Photo::parse(jpeg(0, 800), &no_minimum).is_err());
    }

    #[test]
    fn rejects_too_big() {
        for (width, height) in [(6001, 6000), (6000, 6001), (65535, 65535)] {
            let err = parse(jpeg(width, height)).unwrap_err();
            assert_eq!(
                err,
                PhotoError::TooBig {
                    width: u32::from(width),
                    height: u32::from(height),
                    max_width: 6000,
                    max_height: 6000,
                }
            );
            assert_eq!(err.code(), "photo_too_big");
        }
    }

    #[test]
    fn debug_does_not_dump_bytes() {
        let photo = parse(jpeg(600, 800)).unwrap();
        let debug = format!("{photo:?}");
        assert!(debug.contains("width: 600"));
        assert!(!debug.contains("255"));
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = parse(bytes);
        }

        #[test]
        fn arbitrary_segments_after_soi_never_panic(
            tail in proptest::collection::vec(
                prop_oneof![Just(0xFFu8), Just(0xC0u8), Just(0xD9u8), Just(0x00u8), any::<u8>()],
                0..256,
            )
        ) {
            let mut bytes = vec![0xFF, 0xD8];
            bytes.extend(tail);
            let _ = parse(bytes);
        }

        #[test]
        fn dimensions_round_trip(width in 240u16..=6000, height in 320u16..=6000) {
            let photo = parse(jpeg(width, height)).unwrap();
            prop_assert_eq!((photo.width(), photo.height()), (u32::from(width), u32::from(height)));
        }
    }
}
