//! A photo's EXIF orientation. Phone and tablet cameras (a kiosk built on one, or an officer's
//! handheld) store the pixels as the sensor saw them and record in EXIF how to turn them upright;
//! the face detector finds only upright faces, so a photo held sideways would otherwise be "no
//! face".

use std::io::Cursor;

use image::DynamicImage;

/// The orientation tag (1 to 8) of an image with EXIF data, if it has one.
pub fn of(bytes: &[u8]) -> Option<u32> {
    let exif = exif::Reader::new()
        .read_from_container(&mut Cursor::new(bytes))
        .ok()?;
    exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY)?
        .value
        .get_uint(0)
}

/// The image turned as orientation `tag` says (TIFF 6.0's values: 2 mirrored, 3 upside down, 4
/// upside down and mirrored, 5 to 8 a quarter turn, mirrored or not). Other values, or none,
/// leave it as it is.
pub fn upright(image: DynamicImage, tag: Option<u32>) -> DynamicImage {
    match tag {
        Some(2) => image.fliph(),
        Some(3) => image.rotate180(),
        Some(4) => image.flipv(),
        Some(5) => image.rotate90().fliph(),
        Some(6) => image.rotate90(),
        Some(7) => image.rotate270().fliph(),
        Some(8) => image.rotate270(),
        _ => image,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use image::{GenericImageView, Rgb, RgbImage};

    /// A 2x3 image whose pixels are all different, so every turn and mirror is told apart.
    fn sample() -> DynamicImage {
        DynamicImage::ImageRgb8(RgbImage::from_fn(2, 3, |x, y| Rgb([x as u8, y as u8, 0])))
    }

    fn pixel(image: &DynamicImage, x: u32, y: u32) -> [u8; 2] {
        let p = image.get_pixel(x, y);
        [p[0], p[1]]
    }

    #[test]
    fn each_orientation_turns_the_top_left_corner_where_it_belongs() {
        // Where the stored image's top-left pixel (0,0) ends up once upright, and the size.
        let cases = [
            (None, (2, 3), (0, 0)),
            (Some(1), (2, 3), (0, 0)),
            (Some(2), (2, 3), (1, 0)),
            (Some(3), (2, 3), (1, 2)),
            (Some(4), (2, 3), (0, 2)),
            (Some(5), (3, 2), (0, 0)),
            (Some(6), (3, 2), (2, 0)),
            (Some(7), (3, 2), (2, 1)),
            (Some(8), (3, 2), (0, 1)),
            (Some(9), (2, 3), (0, 0)),
        ];
        for (tag, size, corner) in cases {
            let turned = upright(sample(), tag);
            assert_eq!(turned.dimensions(), size, "{tag:?}");
            assert_eq!(pixel(&turned, corner.0, corner.1), [0, 0], "{tag:?}");
        }
    }

    #[test]
    fn images_without_exif_have_no_orientation() {
        assert_eq!(of(b""), None);
        assert_eq!(of(&[0xff, 0xd8, 0xff, 0xd9]), None);
        assert_eq!(of(b"\x89PNG\r\n\x1a\n"), None);
    }
}
