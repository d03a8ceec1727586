//! Portrait-like placeholder photos for demo applicants: a passport-photo-sized JPEG with a plain
//! background and a head-and-shoulders silhouette, varied by a seed, so that every page and API that
//! shows an applicant's photo has a real image to show.

use jpeg_encoder::{ColorType, Encoder};

pub const WIDTH: u16 = 413;
pub const HEIGHT: u16 = 531;

fn inside_ellipse(x: f32, y: f32, cx: f32, cy: f32, rx: f32, ry: f32) -> bool {
    let dx = (x - cx) / rx;
    let dy = (y - cy) / ry;
    dx * dx + dy * dy <= 1.0
}

/// A JPEG of `WIDTH` x `HEIGHT`; different seeds give different tones.
pub fn portrait(seed: u64) -> anyhow::Result<Vec<u8>> {
    let tone = |shift: u32| -> u8 { 150u8.saturating_add(((seed >> shift) % 90) as u8) };
    let background = [tone(0), tone(8), tone(16)];
    let skin = [
        200u8.saturating_sub((seed % 120) as u8),
        160u8.saturating_sub((seed % 90) as u8),
        130u8.saturating_sub((seed % 70) as u8),
    ];
    let clothes = [
        40u8.saturating_add((seed % 60) as u8),
        50,
        70u8.saturating_add((seed % 80) as u8),
    ];
    let (w, h) = (f32::from(WIDTH), f32::from(HEIGHT));
    let mut pixels = Vec::with_capacity(usize::from(WIDTH) * usize::from(HEIGHT) * 3);
    for py in 0..HEIGHT {
        for px in 0..WIDTH {
            let (x, y) = (f32::from(px), f32::from(py));
            let colour = if inside_ellipse(x, y, w * 0.5, h * 0.40, w * 0.22, h * 0.21) {
                skin
            } else if y > h * 0.70 && inside_ellipse(x, y, w * 0.5, h * 1.05, w * 0.48, h * 0.38) {
                clothes
            } else {
                background
            };
            pixels.extend_from_slice(&colour);
        }
    }
    let mut out = Vec::new();
    Encoder::new(&mut out, 80).encode(&pixels, WIDTH, HEIGHT, ColorType::Rgb)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use abtc_domain::{Photo, PhotoLimits};

    #[test]
    fn portraits_are_valid_photos_of_the_stated_size() {
        for seed in [0, 7, u64::MAX] {
            let bytes = portrait(seed).unwrap();
            let photo = Photo::parse(bytes, &PhotoLimits::default()).unwrap();
            assert_eq!(
                (photo.width(), photo.height()),
                (u32::from(WIDTH), u32::from(HEIGHT))
            );
        }
        assert_ne!(portrait(1).unwrap(), portrait(2).unwrap());
    }
}
