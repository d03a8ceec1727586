//! [`DlibMatcher`]: decode, detect, align, embed, measure.

use std::io::Cursor;
use std::path::Path;
use std::sync::Mutex;

use abtc_border::gate::{FaceError, FaceImage, FaceMatch, FaceMatcher};
use dlib_face_recognition::{
    FaceDetector, FaceDetectorTrait, FaceEncoderNetwork, FaceEncoderTrait, FaceEncoding,
    ImageMatrix, LandmarkPredictor, LandmarkPredictorTrait,
};
use image::io::{Limits, Reader};
use image::DynamicImage;

use crate::models::{model_path, LoadError, EMBEDDING_MODEL, LANDMARKS_MODEL};
use crate::{jpeg2000, orientation};

/// dlib's operating point for its embedding: faces at most this far apart are the same person.
pub const DEFAULT_THRESHOLD: f32 = 0.6;

/// Largest image side accepted (larger images are `Unreadable`): far beyond any gate camera or chip
/// photo, and it keeps a hostile image from making dlib allocate without bound.
const MAX_SIDE: u32 = 8192;

/// Most memory the decoder may allocate for one image.
const MAX_DECODE_BYTES: u64 = 256 * 1024 * 1024;

/// An image of at most this many pixels in which the detector found no face is searched again at
/// twice its size: dlib's HOG detector misses faces smaller than about 80x80 pixels, the size of the
/// face in a small chip photo. Larger images are not, so the usual case costs one pass.
const UPSAMPLE_BELOW_PIXELS: u64 = 1024 * 1024;

/// The three dlib models, used together under one lock.
struct Models {
    detector: FaceDetector,
    landmarks: LandmarkPredictor,
    encoder: FaceEncoderNetwork,
}

/// A [`FaceMatcher`] on dlib's face embedding; load it once at start-up and share it.
///
/// It is `Send + Sync` as the gate needs, through a [`Mutex`]: dlib's HOG detector
/// (`scan_fhog_pyramid`) keeps scratch state and is not safe to use from two threads at once, nor
/// are its networks (the `dlib-face-recognition` crate marks both `Send` but not `Sync`). So
/// comparisons are serialised; decoding the images happens outside the lock. A gate compares one
/// traveller at a time, and a server that needs more can hold several matchers.
pub struct DlibMatcher {
    models: Mutex<Models>,
    threshold: f32,
}

impl std::fmt::Debug for DlibMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DlibMatcher")
            .field("threshold", &self.threshold)
            .finish_non_exhaustive()
    }
}

impl DlibMatcher {
    /// Loads the HOG face detector (built into dlib) and the two models in `models_dir`
    /// ([`LANDMARKS_MODEL`], [`EMBEDDING_MODEL`]); `threshold` must be in (0, 2), the range of
    /// distances between dlib's normalised embeddings ([`DEFAULT_THRESHOLD`] unless a policy says
    /// otherwise). Takes about a second: do it once.
    pub fn load(models_dir: &Path, threshold: f32) -> Result<Self, LoadError> {
        if !(threshold > 0.0 && threshold < 2.0) {
            return Err(LoadError::Threshold { threshold });
        }
        let landmarks_path = model_path(models_dir, LANDMARKS_MODEL)?;
        let encoder_path = model_path(models_dir, EMBEDDING_MODEL)?;
        let landmarks =
            LandmarkPredictor::open(&landmarks_path).map_err(|reason| LoadError::Model {
                path: landmarks_path.clone(),
                reason,
            })?;
        let encoder =
            FaceEncoderNetwork::open(&encoder_path).map_err(|reason| LoadError::Model {
                path: encoder_path.clone(),
                reason,
            })?;
        Ok(Self {
            models: Mutex::new(Models {
                detector: FaceDetector::new(),
                landmarks,
                encoder,
            }),
            threshold,
        })
    }

    /// The distance at or below which two faces match.
    pub fn threshold(&self) -> f32 {
        self.threshold
    }
}

impl FaceMatcher for DlibMatcher {
    fn compare(&self, live: &[u8], reference: &[u8]) -> Result<FaceMatch, FaceError> {
        let live_image = decode(live, FaceImage::Live)?;
        let reference_image = decode(reference, FaceImage::Reference)?;
        // A poisoned lock means a comparison panicked inside dlib; its state is not to be trusted.
        let models = self.models.lock().map_err(|_| FaceError::MatcherFailed)?;
        let live_embedding = models.embed(live_image, FaceImage::Live)?;
        let reference_embedding = models.embed(reference_image, FaceImage::Reference)?;
        drop(models);
        // Distances are at most 2 (both embeddings have length 1), so f32 loses nothing that matters.
        let distance = live_embedding.distance(&reference_embedding) as f32;
        Ok(FaceMatch::against(distance, self.threshold))
    }
}

/// A decoded image in dlib's RGB matrix, with its size (which the matrix does not tell).
struct Decoded {
    matrix: ImageMatrix,
    width: u32,
    height: u32,
}

/// Encoded bytes (JPEG, PNG, or JPEG 2000 as a JP2 file or a bare codestream) to dlib's RGB matrix.
fn decode(bytes: &[u8], image: FaceImage) -> Result<Decoded, FaceError> {
    let rgb = if jpeg2000::is_jpeg2000(bytes) {
        jpeg2000::decode(bytes, MAX_SIDE).ok_or(FaceError::Unreadable { image })?
    } else {
        let decoded = decode_jpeg_or_png(bytes, image)?;
        orientation::upright(decoded, orientation::of(bytes)).to_rgb8()
    };
    Ok(Decoded {
        matrix: ImageMatrix::from_image(&rgb),
        width: rgb.width(),
        height: rgb.height(),
    })
}

fn decode_jpeg_or_png(bytes: &[u8], image: FaceImage) -> Result<DynamicImage, FaceError> {
    let unreadable = |_| FaceError::Unreadable { image };
    let mut reader = Reader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(unreadable)?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let decoded = reader
        .decode()
        .map_err(|_| FaceError::Unreadable { image })?;
    if decoded.width() == 0 || decoded.height() == 0 {
        return Err(FaceError::Unreadable { image });
    }
    Ok(decoded)
}

impl Models {
    /// The one face's embedding in `decoded`.
    fn embed(&self, decoded: Decoded, image: FaceImage) -> Result<FaceEncoding, FaceError> {
        let Decoded {
            mut matrix,
            width,
            height,
        } = decoded;
        let mut faces = self.detector.face_locations(&matrix);
        if faces.is_empty() && u64::from(width) * u64::from(height) <= UPSAMPLE_BELOW_PIXELS {
            // Within MAX_SIDE, so doubling fits in usize everywhere dlib runs.
            matrix = matrix.resize(width as usize * 2, height as usize * 2);
            faces = self.detector.face_locations(&matrix);
        }
        let face = match &*faces {
            [] => return Err(FaceError::NoFace { image }),
            [face] => face,
            _ => return Err(FaceError::SeveralFaces { image }),
        };
        let landmarks = self.landmarks.face_landmarks(&matrix, face);
        let encodings =
            self.encoder
                .get_face_encodings(&matrix, std::slice::from_ref(&landmarks), 0);
        match &*encodings {
            [encoding] => Ok(encoding.clone()),
            _ => Err(FaceError::MatcherFailed),
        }
    }
}
