#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::OnceLock;

use abtc_credential::status::StatusList;
use abtc_credential::testkit::{sample_claims, TestScheme};
use abtc_credential::{transport, verify, SigningKey};
use serde_json::Value;
use time::macros::datetime;

use super::*;

const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
const NB: OffsetDateTime = datetime!(2025-01-01 0:00 UTC);
const NA: OffsetDateTime = datetime!(2035-01-01 0:00 UTC);
const NOW: OffsetDateTime = datetime!(2026-03-01 12:00 UTC);
const INDEX: u64 = 321;

struct World {
    scheme: TestScheme,
    device: SigningKey,
    other_device: SigningKey,
    trust_list: Vec<u8>,
    credential: Vec<u8>,
}

/// Keys and certificates are slow to make in debug builds: one world for all tests.
fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let scheme = TestScheme::new(77, &[TWN], NB, NA).unwrap();
        let device = scheme.new_key();
        let other_device = scheme.new_key();
        let trust_list = scheme
            .signed_trust_list(5, NOW - Duration::days(1))
            .unwrap();
        let pre_cleared = [b"JPN", b"KOR", b"SGP"].map(EconomyCode::from_static);
        let mut claims =
            sample_claims(TWN, &pre_cleared, Some(&device.public_sec1()), NOW).unwrap();
        claims.card.status_index = INDEX;
        let credential = verify::issue(&claims, scheme.dsc(TWN).unwrap()).unwrap();
        World {
            scheme,
            device,
            other_device,
            trust_list,
            credential,
        }
    })
}

impl World {
    fn verifier(&self) -> OfflineVerifier {
        OfflineVerifier::new(&self.trust_list, self.scheme.anchor_der(), NOW).unwrap()
    }

    /// What the browser's wallet does: get the message, sign it with a key this crate never
    /// sees, attach the signature.
    fn presented_by(&self, key: &SigningKey, at: OffsetDateTime) -> Result<String, String> {
        let message = proof_message(&self.credential, at)?;
        let signature = key.sign(&message);
        present(&self.credential, at, &signature)
    }

    fn fresh(&self) -> String {
        self.presented_by(&self.device, NOW).unwrap()
    }

    fn status_list(&self, revoked: &[usize], issued_at: OffsetDateTime) -> Vec<u8> {
        let mut list = StatusList::new(TWN, 10_000, issued_at);
        for &i in revoked {
            list.set(i, true).unwrap();
        }
        list.sign(self.scheme.dsc(TWN).unwrap()).unwrap()
    }
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn verdicts_from_a_signed_trust_list() {
    let w = world();
    let v = w.verifier();
    assert_eq!(v.trust_version(), 5);

    let admit = json(&v.verify_json(&w.fresh(), "JPN", NOW, false).unwrap());
    assert_eq!(admit["verdict"], "admit");
    assert_eq!(admit["stay_days"], 90);
    assert_eq!(admit["proof"], "fresh");
    assert_eq!(admit["issuer"], "TWN");
    assert_eq!(admit["card_number"], "TWN0000012345");
    assert_eq!(admit["verifying_economy"], "JPN");
    assert_eq!(admit["status_checked"], false);
    assert!(admit["reason"].is_null());

    // Not pre-cleared there, or a transitional member: the lane only. Codes in any case.
    for economy in ["CHN", "usa"] {
        let lane = json(&v.verify_json(&w.fresh(), economy, NOW, false).unwrap());
        assert_eq!(lane["verdict"], "lane_only", "{economy}");
        assert!(lane["stay_days"].is_null());
    }
    let lane = json(&v.verify_json(&w.fresh(), "usa", NOW, false).unwrap());
    assert_eq!(lane["verifying_economy"], "USA");

    // A QR whose issuer signature was tampered with.
    let mut bytes = transport::decode(PREFIX, &w.fresh()).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x01;
    let tampered = transport::encode(PREFIX, &bytes);
    let refer = json(&v.verify_json(&tampered, "JPN", NOW, false).unwrap());
    assert_eq!(refer["verdict"], "refer");
    assert_eq!(refer["reason"], "bad_signature");
    // Text that is no credential at all, with stray whitespace from a textarea.
    let garbage = json(&v.verify_json(" ABTC1:XYZ \n", "JPN", NOW, false).unwrap());
    assert_eq!(
        (&garbage["verdict"], &garbage["reason"]),
        (&Value::from("refer"), &Value::from("malformed"))
    );
    let padded = json(
        &v.verify_json(&format!("{}\n", w.fresh()), "JPN", NOW, false)
            .unwrap(),
    );
    assert_eq!(padded["verdict"], "admit");

    // An unknown economy is the caller's mistake, not a verdict.
    assert!(v.verify(&w.fresh(), "XYZ", NOW, false).is_err());
    assert!(v.verify(&w.fresh(), "", NOW, false).is_err());
}

#[test]
fn the_report_is_the_clis() {
    let w = world();
    let v = w.verifier();
    let qr = w.fresh();
    let report = v.verify(&qr, "JPN", NOW, false).unwrap();
    let policy = policy_for("JPN", false).unwrap();
    let trust =
        abtc_credential::trust::Trust::verify(&w.trust_list, w.scheme.anchor_der(), NOW).unwrap();
    let outcome = verify::verify(&qr, &trust, &[], &policy, NOW);
    assert_eq!(report, Report::new(&outcome, policy.economy));
    let text = v.verify_json(&qr, "JPN", NOW, false).unwrap();
    assert_eq!(
        text,
        serde_json::to_string(&serde_json::to_value(&report).unwrap()).unwrap()
    );
}

#[test]
fn status_lists_and_static_credentials() {
    let w = world();
    let mut v = w.verifier();
    let revoking = w.status_list(&[INDEX as usize], NOW - Duration::hours(2));
    let older_clean = w.status_list(&[], NOW - Duration::hours(5));
    assert_eq!(v.add_status_list(&revoking, NOW).unwrap(), "TWN");
    // An older list from the same issuer does not replace the newer one.
    v.add_status_list(&older_clean, NOW).unwrap();
    let r = json(&v.verify_json(&w.fresh(), "JPN", NOW, false).unwrap());
    assert_eq!(
        (&r["verdict"], &r["reason"]),
        (&"refer".into(), &"revoked".into())
    );
    assert_eq!(r["status_checked"], true);
    // A newer one does.
    let newer_clean = w.status_list(&[], NOW - Duration::hours(1));
    v.add_status_list(&newer_clean, NOW).unwrap();
    let r = json(&v.verify_json(&w.fresh(), "JPN", NOW, false).unwrap());
    assert_eq!(r["verdict"], "admit");
    assert_eq!(r["status_checked"], true);

    // Stale (more than seven days old) and junk lists are refused.
    let stale = w.status_list(&[], NOW - Duration::days(8));
    assert!(v
        .add_status_list(&stale, NOW)
        .unwrap_err()
        .contains("stale"));
    assert!(v.add_status_list(b"junk", NOW).is_err());

    // A credential shown without a proof: accepted unless the proof is required.
    let static_text = static_qr(&w.credential).unwrap();
    assert!(static_text.starts_with(PREFIX));
    let r = json(&v.verify_json(&static_text, "JPN", NOW, false).unwrap());
    assert_eq!(
        (&r["verdict"], &r["proof"]),
        (&"admit".into(), &"static".into())
    );
    let r = json(&v.verify_json(&static_text, "JPN", NOW, true).unwrap());
    assert_eq!(r["reason"], "missing_proof");
    assert!(static_qr(b"not cose").is_err());
}

#[test]
fn the_trust_list_must_verify() {
    let w = world();
    let other = TestScheme::new(78, &[TWN], NB, NA).unwrap();
    assert!(OfflineVerifier::new(&w.trust_list, other.anchor_der(), NOW).is_err());
    assert!(OfflineVerifier::new(b"junk", w.scheme.anchor_der(), NOW).is_err());
    let mut cut = w.trust_list.clone();
    let last = cut.len() - 1;
    cut[last] ^= 0x80;
    assert!(OfflineVerifier::new(&cut, w.scheme.anchor_der(), NOW).is_err());
}

#[test]
fn wallet_proofs_made_outside() {
    let w = world();
    let v = w.verifier();
    let qr = w.fresh();
    let r = json(&v.verify_json(&qr, "JPN", NOW, true).unwrap());
    assert_eq!(
        (&r["verdict"], &r["proof"]),
        (&"admit".into(), &"fresh".into())
    );

    // The message depends on the 30-second step only.
    let step_start = OffsetDateTime::from_unix_timestamp(device::time_step(NOW) * 30).unwrap();
    assert_eq!(
        proof_message(&w.credential, step_start).unwrap(),
        proof_message(&w.credential, step_start + Duration::seconds(29)).unwrap()
    );
    assert_ne!(
        proof_message(&w.credential, step_start).unwrap(),
        proof_message(&w.credential, step_start + Duration::seconds(30)).unwrap()
    );

    // A screenshot from five minutes ago.
    let old = w
        .presented_by(&w.device, NOW - Duration::minutes(5))
        .unwrap();
    let r = json(&v.verify_json(&old, "JPN", NOW, false).unwrap());
    assert_eq!(
        (&r["verdict"], &r["reason"]),
        (&"refer".into(), &"stale_proof".into())
    );

    // Another device's key, a signature for another step, a wrong length: refused at once.
    let err = w.presented_by(&w.other_device, NOW).unwrap_err();
    assert!(err.contains("device key"), "{err}");
    let message = proof_message(&w.credential, NOW - Duration::minutes(5)).unwrap();
    assert!(present(&w.credential, NOW, &w.device.sign(&message)).is_err());
    assert!(present(&w.credential, NOW, &[0; 63])
        .unwrap_err()
        .contains("64"));
    assert!(present(b"junk", NOW, &[0; 64]).is_err());
    assert!(proof_message(b"junk", NOW).is_err());
}

#[test]
fn card_claims_for_the_wallet() {
    let w = world();
    let c = json(&card_claims(&w.credential).unwrap());
    assert_eq!(c["card_number"], "TWN0000012345");
    assert_eq!(c["family_name"], "CHEN");
    assert_eq!(c["given_names"], "TA<WEN");
    assert_eq!(c["native_name"], "陳大文");
    assert_eq!(c["nationality"], "TWN");
    assert_eq!(c["card_expires_on"], "2030-11-24");
    assert_eq!(c["economies"], serde_json::json!(["JPN", "KOR", "SGP"]));
    assert_eq!(c["iss"], "TWN");
    assert_eq!(
        c["exp"],
        (NOW + Duration::hours(23)).unix_timestamp(),
        "sample_claims expire 23 hours after now"
    );
    assert!(card_claims(b"junk").is_err());
}

/// The PNG's pixels as an RGBA buffer, as a canvas would hand them over.
fn png_to_rgba(png_bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut decoder = png::Decoder::new(png_bytes);
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut buf).unwrap();
    assert_eq!(frame.color_type, png::ColorType::Grayscale);
    let grey = &buf[..frame.buffer_size()];
    let rgba = grey.iter().flat_map(|&g| [g, g, g, 255]).collect();
    (frame.width, frame.height, rgba)
}

#[test]
fn qr_codes_from_pictures() {
    let w = world();
    let text = w.fresh();
    let png_bytes = qr::to_png(&text, 3).unwrap();

    // The credential crate's grey-image decoder, on the PNG's own pixels.
    let (width, height, rgba) = png_to_rgba(&png_bytes);
    let grey: Vec<u8> = rgba.chunks(4).map(|p| p[0]).collect();
    let found = qr::decode_luma(width as usize, height as usize, &grey).unwrap();
    assert_eq!(found, vec![text.clone()]);

    // The browser's paths: a canvas's RGBA, and a PNG file.
    assert_eq!(
        decode_rgba(width, height, &rgba).unwrap(),
        Some(text.clone())
    );
    assert_eq!(decode_png(&png_bytes).unwrap(), Some(text.clone()));

    // Nothing to find, the wrong length, not a PNG.
    let white = vec![255; 40 * 40 * 4];
    assert_eq!(decode_rgba(40, 40, &white).unwrap(), None);
    assert!(decode_rgba(40, 41, &white).is_err());
    assert!(decode_rgba(u32::MAX, u32::MAX, &white).is_err());
    assert!(decode_png(b"junk").is_err());

    // The SVG the wallet shows.
    let svg = qr_svg(&text).unwrap();
    assert!(svg.contains("<svg"), "{svg}");
}

#[test]
fn credentials_win_over_other_codes() {
    assert_eq!(
        pick(vec!["https://example.org".into(), "ABTC1:X".into()]),
        Some("ABTC1:X".into())
    );
    assert_eq!(pick(vec!["other".into()]), Some("other".into()));
    assert_eq!(pick(Vec::new()), None);
}

#[test]
fn times_from_javascript() {
    assert_eq!(time_at(1_772_366_400.9).unwrap(), NOW);
    assert_eq!(time_at(0.0).unwrap().unix_timestamp(), 0);
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1e13, 1e300] {
        assert!(time_at(bad).is_err(), "{bad}");
    }
    assert!(policy_for("XYZ", false).is_err());
    assert!(policy_for("JPN", true).unwrap().require_device_proof);
}
