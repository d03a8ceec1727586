//! The optional face step: the live camera image against the photo read from the passport's chip.
//!
//! The gate only knows this trait, so the decision engine stays free of any image or model code
//! (and builds for small targets); an implementation (e.g. dlib's face embeddings) comes in a
//! separate feature and is handed to [`super::Gate::with_face_matcher`].

use std::fmt;

use serde::Serialize;

/// Which of the two images a face error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FaceImage {
    /// The gate camera's image of the traveller.
    Live,
    /// The reference photo read from the passport's chip.
    Reference,
}

impl FaceImage {
    /// Stable identifier; never reworded.
    pub fn code(self) -> &'static str {
        match self {
            Self::Live => "live",
            Self::Reference => "reference",
        }
    }
}

impl fmt::Display for FaceImage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Live => "live image",
            Self::Reference => "passport chip photo",
        })
    }
}

/// A comparison the matcher completed: how far apart the two faces are in its embedding space, and
/// whether that is within its (configured) threshold.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FaceMatch {
    pub distance: f32,
    pub is_match: bool,
}

impl FaceMatch {
    /// A distance judged against `threshold`: a match when `distance <= threshold`. A distance that
    /// is not a number never matches.
    pub fn against(distance: f32, threshold: f32) -> Self {
        Self {
            distance,
            is_match: distance.is_finite() && distance <= threshold,
        }
    }
}

/// Why a matcher could not compare the two images.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum FaceError {
    #[error("no face found in the {image}")]
    NoFace { image: FaceImage },
    #[error("several faces found in the {image}")]
    SeveralFaces { image: FaceImage },
    #[error("the {image} cannot be decoded")]
    Unreadable { image: FaceImage },
    /// The matcher itself failed (model not loaded, out of memory, ...).
    #[error("the face matcher failed")]
    MatcherFailed,
}

impl FaceError {
    /// Stable identifier; never reworded.
    pub fn code(self) -> &'static str {
        match self {
            Self::NoFace { .. } => "no_face",
            Self::SeveralFaces { .. } => "several_faces",
            Self::Unreadable { .. } => "unreadable",
            Self::MatcherFailed => "matcher_failed",
        }
    }
}

/// Compares a live image with a reference photo (both as encoded image bytes, e.g. JPEG as the chip
/// stores it). Implementations must not panic and should not keep the images.
pub trait FaceMatcher {
    fn compare(&self, live: &[u8], reference: &[u8]) -> Result<FaceMatch, FaceError>;
}

/// What the face step found, for the decision record.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum FaceResult {
    Matched {
        distance: f32,
    },
    NotMatched {
        distance: f32,
    },
    /// No comparison: an image is missing or the gate has no matcher. Not a reason to refer.
    NotChecked,
    Error {
        #[serde(flatten)]
        error: FaceError,
    },
}

impl FaceResult {
    /// Stable identifier of the result's kind; never reworded.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Matched { .. } => "matched",
            Self::NotMatched { .. } => "not_matched",
            Self::NotChecked => "not_checked",
            Self::Error { .. } => "error",
        }
    }
}
