//! The cost of the gate's face step: one `compare` of a live image (obama2.jpg, 626x1200) with a
//! reference photo (obama.jpg, 910x1137): decoding both JPEGs, HOG face detection, landmarks and the
//! ResNet embedding of each, and their distance; the same against the chip's JPEG 2000 photo
//! (obama_chip.jp2, 480x600, 28 KB); and decoding that photo alone. Needs
//! `scripts/fetch-face-data`; without the data it says so and measures nothing.
//!
//! Run: `cargo bench -p abtc-face --bench face`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::hint::black_box;
use std::path::PathBuf;

use abtc_border::gate::FaceMatcher;
use abtc_face::{DlibMatcher, DEFAULT_THRESHOLD};
use criterion::{criterion_group, criterion_main, Criterion};

fn data_dir() -> PathBuf {
    match std::env::var_os("ABTC_FACE_DATA").filter(|dir| !dir.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache/abtc-face")
        }
    }
}

fn face(c: &mut Criterion) {
    let dir = data_dir();
    let (Ok(live), Ok(reference)) = (
        std::fs::read(dir.join("images/obama2.jpg")),
        std::fs::read(dir.join("images/obama.jpg")),
    ) else {
        println!("SKIPPED: face data not fetched (run scripts/fetch-face-data)");
        return;
    };
    let matcher = match DlibMatcher::load(&dir.join("models"), DEFAULT_THRESHOLD) {
        Ok(matcher) => matcher,
        Err(error) => {
            println!("SKIPPED: {error}");
            return;
        }
    };
    c.bench_function("face/compare (two JPEGs, dlib HOG + ResNet)", |b| {
        b.iter(|| matcher.compare(black_box(&live), black_box(&reference)))
    });
    let Ok(chip) = std::fs::read(dir.join("images/obama_chip.jp2")) else {
        println!("SKIPPED: the JPEG 2000 chip photo (run scripts/fetch-face-data again)");
        return;
    };
    c.bench_function("face/compare (live JPEG, chip JPEG 2000)", |b| {
        b.iter(|| matcher.compare(black_box(&live), black_box(&chip)))
    });
    c.bench_function("face/decode chip photo (JPEG 2000, 480x600)", |b| {
        b.iter(|| abtc_face::jpeg2000::decode(black_box(&chip), 8192))
    });
}

criterion_group! {
    name = benches;
    // One iteration takes about a sixth of a second (2 cores): keep the sample small.
    config = Criterion::default().sample_size(10);
    targets = face
}
criterion_main!(benches);
