//! Where the models come from: two files of dlib's, read at run time from a directory.

use std::path::{Path, PathBuf};

/// The environment variable naming the models directory (what `scripts/fetch-face-data` prints).
pub const ENV_MODELS_DIR: &str = "ABTC_FACE_MODELS";

/// dlib's 5-point face landmark model (eyes' corners and nose), used to align the face.
pub const LANDMARKS_MODEL: &str = "shape_predictor_5_face_landmarks.dat";

/// dlib's ResNet face embedding model: an aligned 150x150 face to 128 numbers.
pub const EMBEDDING_MODEL: &str = "dlib_face_recognition_resnet_model_v1.dat";

/// The models directory from [`ENV_MODELS_DIR`], when it is set and not empty.
pub fn models_dir_from_env() -> Option<PathBuf> {
    std::env::var_os(ENV_MODELS_DIR)
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
}

/// Why a [`crate::DlibMatcher`] could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("face matching threshold {threshold} is not between 0 and 2 (exclusive)")]
    Threshold { threshold: f32 },
    #[error("face model {} is missing (run scripts/fetch-face-data and point {ENV_MODELS_DIR} at its models/ directory)", path.display())]
    MissingModel { path: PathBuf },
    #[error("face model {} cannot be loaded: {reason}", path.display())]
    Model { path: PathBuf, reason: String },
}

/// The path of `file` in `dir`, checked to be a non-empty file.
pub(crate) fn model_path(dir: &Path, file: &str) -> Result<PathBuf, LoadError> {
    let path = dir.join(file);
    match std::fs::metadata(&path) {
        Ok(meta) if meta.is_file() && meta.len() > 0 => Ok(path),
        _ => Err(LoadError::MissingModel { path }),
    }
}
