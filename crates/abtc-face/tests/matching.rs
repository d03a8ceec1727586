//! The matcher on real photographs: the test images of the `face_recognition` sdist and dlib's
//! models, fetched by `scripts/fetch-face-data` into `ABTC_FACE_DATA` (default
//! `~/.cache/abtc-face`). Without them each test says it skipped and passes, unless
//! `ABTC_REQUIRE_FACE=1` (as in CI), when it fails. The tests that need no data always run.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use abtc_border::gate::{FaceError, FaceImage, FaceMatcher};
use abtc_face::{DlibMatcher, LoadError, DEFAULT_THRESHOLD, EMBEDDING_MODEL, LANDMARKS_MODEL};
use image::{DynamicImage, GenericImage, ImageOutputFormat, Rgb, RgbImage};

fn data_dir() -> PathBuf {
    match std::env::var_os("ABTC_FACE_DATA").filter(|dir| !dir.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache/abtc-face")
        }
    }
}

struct Fixture {
    matcher: DlibMatcher,
    images: PathBuf,
}

impl Fixture {
    fn image(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.images.join(name)).unwrap_or_else(|e| panic!("reading {name}: {e}"))
    }

    fn distance(&self, live: &str, reference: &str) -> f32 {
        let result = self
            .matcher
            .compare(&self.image(live), &self.image(reference))
            .unwrap_or_else(|e| panic!("{live} vs {reference}: {e}"));
        println!(
            "{live} vs {reference}: distance {:.4}, match {}",
            result.distance, result.is_match
        );
        result.distance
    }
}

/// The matcher and the images, loaded once for all tests (the matcher is shared across the test
/// threads, as the gate shares it); `None` (after saying so) when the data is not fetched.
fn fixture() -> Option<&'static Fixture> {
    static FIXTURE: OnceLock<Option<Fixture>> = OnceLock::new();
    let fixture = FIXTURE.get_or_init(|| {
        let dir = data_dir();
        let models = dir.join("models");
        let images = dir.join("images");
        let present = [
            models.join(LANDMARKS_MODEL),
            models.join(EMBEDDING_MODEL),
            images.join("obama.jpg"),
            images.join("biden.jpg"),
            images.join("obama_chip.jp2"),
            images.join("obama_chip.j2k"),
        ]
        .iter()
        .all(|path| path.metadata().map(|m| m.len() > 0).unwrap_or(false));
        if !present {
            return None;
        }
        let matcher = DlibMatcher::load(&models, DEFAULT_THRESHOLD).expect("loading the models");
        Some(Fixture { matcher, images })
    });
    if fixture.is_none() {
        if std::env::var("ABTC_REQUIRE_FACE").as_deref() == Ok("1") {
            panic!(
                "face data not fetched in {} and ABTC_REQUIRE_FACE=1 (run scripts/fetch-face-data)",
                data_dir().display()
            );
        }
        println!("SKIPPED: face data not fetched (run scripts/fetch-face-data)");
    }
    fixture.as_ref()
}

fn encode_png(image: &DynamicImage) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    image.write_to(&mut out, ImageOutputFormat::Png).unwrap();
    out.into_inner()
}

/// `image` as a JPEG whose EXIF (an APP1 segment right after the start of image) says orientation
/// `tag`, as a phone camera writes it.
fn jpeg_with_orientation(image: &DynamicImage, tag: u16) -> Vec<u8> {
    let mut jpeg = Cursor::new(Vec::new());
    image
        .write_to(&mut jpeg, ImageOutputFormat::Jpeg(90))
        .unwrap();
    let jpeg = jpeg.into_inner();
    let field = exif::Field {
        tag: exif::Tag::Orientation,
        ifd_num: exif::In::PRIMARY,
        value: exif::Value::Short(vec![tag]),
    };
    let mut writer = exif::experimental::Writer::new();
    writer.push_field(&field);
    let mut tiff = Cursor::new(Vec::new());
    writer.write(&mut tiff, false).unwrap();
    let mut segment = b"Exif\0\0".to_vec();
    segment.extend(tiff.into_inner());
    let length = u16::try_from(segment.len() + 2).unwrap();
    let mut out = jpeg[..2].to_vec();
    out.extend([0xff, 0xe1]);
    out.extend(length.to_be_bytes());
    out.extend(segment);
    out.extend(&jpeg[2..]);
    out
}

fn decode(bytes: &[u8]) -> DynamicImage {
    image::load_from_memory(bytes).unwrap()
}

#[test]
fn same_person_pairs_match() {
    let Some(fx) = fixture() else { return };
    let pairs = [
        ("obama.jpg", "obama2.jpg"),
        ("obama.jpg", "obama3.jpg"),
        ("obama2.jpg", "obama3.jpg"),
        // The same photograph as obama2.jpg, as a 32-bit RGBA PNG: decoding drops the alpha.
        ("obama.jpg", "32bit.png"),
        ("obama_partial_face.jpg", "obama.jpg"),
    ];
    for (live, reference) in pairs {
        let distance = fx.distance(live, reference);
        assert!(
            distance <= DEFAULT_THRESHOLD,
            "{live} vs {reference}: {distance} > {DEFAULT_THRESHOLD}"
        );
    }
}

#[test]
fn different_people_do_not_match() {
    let Some(fx) = fixture() else { return };
    for obama in ["obama.jpg", "obama2.jpg", "obama3.jpg", "32bit.png"] {
        let distance = fx.distance(obama, "biden.jpg");
        assert!(
            distance > DEFAULT_THRESHOLD,
            "{obama} vs biden.jpg: {distance} <= {DEFAULT_THRESHOLD}"
        );
        let result = fx
            .matcher
            .compare(&fx.image("biden.jpg"), &fx.image(obama))
            .unwrap();
        assert!(!result.is_match);
    }
}

#[test]
fn the_comparison_is_deterministic_and_symmetric() {
    let Some(fx) = fixture() else { return };
    let (a, b) = (fx.image("obama.jpg"), fx.image("obama2.jpg"));
    let first = fx.matcher.compare(&a, &b).unwrap();
    assert_eq!(fx.matcher.compare(&a, &b).unwrap(), first);
    assert_eq!(fx.matcher.compare(&b, &a).unwrap(), first);
    // The same image against itself: the same embedding.
    assert_eq!(fx.matcher.compare(&a, &a).unwrap().distance, 0.0);
}

#[test]
fn the_threshold_decides() {
    let Some(fx) = fixture() else { return };
    let models = data_dir().join("models");
    let (a, b) = (fx.image("obama.jpg"), fx.image("obama2.jpg"));
    let usual = fx.matcher.compare(&a, &b).unwrap();
    let strict = DlibMatcher::load(&models, usual.distance * 0.5).unwrap();
    let lenient = DlibMatcher::load(&models, 1.5).unwrap();
    let strict_result = strict.compare(&a, &b).unwrap();
    assert_eq!(strict_result.distance, usual.distance);
    assert!(usual.is_match && !strict_result.is_match);
    // A lenient threshold lets anyone through: what the default keeps out.
    let biden = fx.image("biden.jpg");
    assert!(lenient.compare(&a, &biden).unwrap().is_match);
    assert!(!fx.matcher.compare(&a, &biden).unwrap().is_match);
}

#[test]
fn a_small_chip_photo_is_upsampled() {
    let Some(fx) = fixture() else { return };
    // obama.jpg at an eighth of its size (113x141, about the size of a small chip photo): the face
    // is smaller than the HOG detector finds on its own (without the second pass at twice the
    // size this gives NoFace), and it still matches the other photograph.
    let full = decode(&fx.image("obama.jpg"));
    let small = full.resize(
        full.width() / 8,
        full.height() / 8,
        image::imageops::FilterType::Triangle,
    );
    println!("small chip photo: {}x{}", small.width(), small.height());
    let result = fx
        .matcher
        .compare(&fx.image("obama2.jpg"), &encode_png(&small))
        .unwrap();
    println!("obama2.jpg vs obama.jpg/8: distance {:.4}", result.distance);
    assert!(result.is_match);
    let result = fx
        .matcher
        .compare(&fx.image("biden.jpg"), &encode_png(&small))
        .unwrap();
    println!("biden.jpg vs obama.jpg/8: distance {:.4}", result.distance);
    assert!(!result.is_match);
}

#[test]
fn a_jpeg2000_chip_photo_is_read_and_compared() {
    let Some(fx) = fixture() else { return };
    // obama.jpg as a chip holds it: JPEG 2000 (a JP2 file, and a bare codestream), 480x600 and
    // compressed to about 28 KB (scripts/fetch-face-data writes both with Pillow's OpenJPEG).
    for chip in ["obama_chip.jp2", "obama_chip.j2k"] {
        let distance = fx.distance("obama2.jpg", chip);
        assert!(
            distance <= DEFAULT_THRESHOLD,
            "obama2.jpg vs {chip}: {distance}"
        );
        let distance = fx.distance("obama.jpg", chip);
        assert!(
            distance <= DEFAULT_THRESHOLD,
            "obama.jpg vs {chip}: {distance}"
        );
        let distance = fx.distance("biden.jpg", chip);
        assert!(
            distance > DEFAULT_THRESHOLD,
            "biden.jpg vs {chip}: {distance}"
        );
    }
    // A torn read of the chip: JPEG 2000 is progressive, so the first half still holds the whole
    // picture at a lower quality, and it still matches; the header alone, or less, is unreadable.
    let chip = fx.image("obama_chip.jp2");
    let half = fx
        .matcher
        .compare(&fx.image("obama2.jpg"), &chip[..chip.len() / 2])
        .unwrap();
    println!(
        "obama2.jpg vs obama_chip.jp2 cut in half: distance {:.4}",
        half.distance
    );
    assert!(half.is_match);
    for cut in [120, 12] {
        assert_eq!(
            fx.matcher.compare(&fx.image("obama.jpg"), &chip[..cut]),
            Err(FaceError::Unreadable {
                image: FaceImage::Reference
            }),
            "cut at {cut}"
        );
    }
}

#[test]
fn a_sideways_photo_is_turned_upright_by_its_exif_orientation() {
    let Some(fx) = fixture() else { return };
    // A phone held sideways stores obama2.jpg's pixels a quarter turn anticlockwise, and EXIF
    // orientation 6 (turn a quarter clockwise to view).
    let sideways = decode(&fx.image("obama2.jpg")).rotate270();
    let tagged = jpeg_with_orientation(&sideways, 6);
    assert_eq!(abtc_face::orientation::of(&tagged), Some(6));
    let result = fx.matcher.compare(&tagged, &fx.image("obama.jpg")).unwrap();
    println!(
        "sideways obama2.jpg with orientation 6 vs obama.jpg: distance {:.4}",
        result.distance
    );
    assert!(result.is_match);
    // The same pixels without the tag hold no upright face.
    assert_eq!(
        fx.matcher
            .compare(&encode_png(&sideways), &fx.image("obama.jpg")),
        Err(FaceError::NoFace {
            image: FaceImage::Live
        })
    );
}

#[test]
fn an_image_without_a_face_is_no_face() {
    let Some(fx) = fixture() else { return };
    let blank = encode_png(&DynamicImage::ImageRgb8(RgbImage::from_pixel(
        480,
        600,
        Rgb([200, 200, 200]),
    )));
    let face = fx.image("obama.jpg");
    assert_eq!(
        fx.matcher.compare(&blank, &face),
        Err(FaceError::NoFace {
            image: FaceImage::Live
        })
    );
    assert_eq!(
        fx.matcher.compare(&face, &blank),
        Err(FaceError::NoFace {
            image: FaceImage::Reference
        })
    );
}

#[test]
fn an_image_with_several_faces_is_several_faces() {
    let Some(fx) = fixture() else { return };
    // No group photograph among the test images: put obama.jpg and biden.jpg side by side.
    let left = decode(&fx.image("obama.jpg"));
    let right = decode(&fx.image("biden.jpg"));
    let mut both = DynamicImage::new_rgb8(
        left.width() + right.width(),
        left.height().max(right.height()),
    );
    both.copy_from(&left, 0, 0).unwrap();
    both.copy_from(&right, left.width(), 0).unwrap();
    let both = encode_png(&both);
    let face = fx.image("obama2.jpg");
    assert_eq!(
        fx.matcher.compare(&both, &face),
        Err(FaceError::SeveralFaces {
            image: FaceImage::Live
        })
    );
    assert_eq!(
        fx.matcher.compare(&face, &both),
        Err(FaceError::SeveralFaces {
            image: FaceImage::Reference
        })
    );
}

#[test]
fn bytes_that_are_no_image_are_unreadable() {
    let Some(fx) = fixture() else { return };
    let face = fx.image("obama.jpg");
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let mut truncated_png = encode_png(&decode(&face));
    truncated_png.truncate(100);
    for bad in [
        garbage.as_slice(),
        &[],
        b"\xff\xd8\xff\xe0 not really a JPEG",
        &truncated_png,
    ] {
        assert_eq!(
            fx.matcher.compare(bad, &face),
            Err(FaceError::Unreadable {
                image: FaceImage::Live
            })
        );
        assert_eq!(
            fx.matcher.compare(&face, bad),
            Err(FaceError::Unreadable {
                image: FaceImage::Reference
            })
        );
    }
    // The live image is judged first.
    assert_eq!(
        fx.matcher.compare(&garbage, &garbage),
        Err(FaceError::Unreadable {
            image: FaceImage::Live
        })
    );
}

#[test]
fn the_matcher_is_shared_between_threads() {
    let Some(fx) = fixture() else { return };
    // Held as the gate holds it, and shared with threads.
    let matcher = DlibMatcher::load(&data_dir().join("models"), DEFAULT_THRESHOLD).unwrap();
    let gate_matcher: Arc<Box<dyn FaceMatcher + Send + Sync>> = Arc::new(Box::new(matcher));
    let (a, b) = (
        Arc::new(fx.image("obama.jpg")),
        Arc::new(fx.image("obama2.jpg")),
    );
    let expected = fx.matcher.compare(&a, &b).unwrap();
    let threads: Vec<_> = (0..3)
        .map(|_| {
            let (m, a, b) = (gate_matcher.clone(), a.clone(), b.clone());
            std::thread::spawn(move || m.compare(&a, &b))
        })
        .collect();
    for thread in threads {
        assert_eq!(thread.join().unwrap(), Ok(expected));
    }
}

#[test]
fn loading_checks_the_threshold_and_the_models() {
    // Needs no fetched data.
    let nowhere = Path::new(env!("CARGO_TARGET_TMPDIR")).join("abtc-face-no-models");
    for threshold in [0.0, -0.1, 2.0, 7.0, f32::NAN, f32::INFINITY] {
        assert!(matches!(
            DlibMatcher::load(&nowhere, threshold),
            Err(LoadError::Threshold { .. })
        ));
    }
    match DlibMatcher::load(&nowhere, DEFAULT_THRESHOLD) {
        Err(LoadError::MissingModel { path }) => assert!(path.ends_with(LANDMARKS_MODEL)),
        other => panic!("expected MissingModel, got {other:?}"),
    }
    // Files that are there but are no dlib models.
    let corrupt = Path::new(env!("CARGO_TARGET_TMPDIR")).join("abtc-face-corrupt-models");
    std::fs::create_dir_all(&corrupt).unwrap();
    std::fs::write(corrupt.join(LANDMARKS_MODEL), b"not a shape predictor").unwrap();
    std::fs::write(corrupt.join(EMBEDDING_MODEL), b"not a network").unwrap();
    match DlibMatcher::load(&corrupt, DEFAULT_THRESHOLD) {
        Err(LoadError::Model { path, reason }) => {
            println!("corrupt model: {reason}");
            assert!(path.ends_with(LANDMARKS_MODEL));
        }
        other => panic!("expected Model, got {other:?}"),
    }
}

#[test]
fn the_matcher_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<DlibMatcher>();
}
