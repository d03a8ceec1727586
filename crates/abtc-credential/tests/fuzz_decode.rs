//! The fuzz target's decode loop (`fuzz/fuzz_targets/decode.rs`) as a property test, for machines
//! without a nightly toolchain or cargo-fuzz: arbitrary bytes, taken raw and as lossy UTF-8 text,
//! through the transport, COSE, the claims and `verify` against a small fixed trust list; plus
//! mutations of a valid presented card, which reach the deeper layers. Nothing may panic, and a
//! refer always carries a reason.
//!
//! A quick run is part of `cargo test`; the long one (100 000 cases per property) is
//! `cargo test -p abtc-credential --release --test fuzz_decode -- --ignored`
//! (what `scripts/fuzz-credential` runs when cargo-fuzz is not available).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::OnceLock;

use abtc_credential::claims::Claims;
use abtc_credential::status::StatusList;
use abtc_credential::testkit::{sample_claims, TestScheme};
use abtc_credential::trust::Trust;
use abtc_credential::verify::{self, Policy, Verdict};
use abtc_credential::{cose, device, transport};
use abtc_domain::{Economies, EconomyCode};
use proptest::prelude::*;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
const JPN: EconomyCode = EconomyCode::from_static(b"JPN");
const NOW: OffsetDateTime = datetime!(2026-03-01 12:00 UTC);
const LONG_CASES: u32 = 100_000;

struct Fixture {
    trust: Trust,
    status: Vec<StatusList>,
    policy: Policy,
    dsc_spki: Vec<u8>,
    /// A card that verifies (admit at JPN) with a fresh proof, and without one.
    card: String,
    card_static: String,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        // The fuzz target's scheme (seed 7, valid from a year before to ten years after NOW).
        let (nb, na) = (NOW - Duration::days(365), NOW + Duration::days(3650));
        let scheme = TestScheme::new(7, &[TWN], nb, na).unwrap();
        let dsc = scheme.dsc(TWN).unwrap();
        let holder = scheme.new_key();
        let trust = scheme.trust(1, NOW - Duration::days(1), NOW).unwrap();
        let mut status = StatusList::new(TWN, 1_000, NOW - Duration::hours(1));
        status.set(13, true).unwrap();
        let policy = Policy::for_economy(Economies::apec_default().get(JPN).unwrap());
        let mut claims = sample_claims(TWN, &[JPN], Some(&holder.public_sec1()), NOW).unwrap();
        // Inside the 1 000-bit status list, next to the revoked index 13.
        claims.card.status_index = 12;
        let cred = verify::issue(&claims, dsc).unwrap();
        let card = verify::present(&cred, NOW, &device::signer(&holder)).unwrap();
        let card_static = verify::qr_text(&cred);
        Fixture {
            trust,
            status: vec![status],
            policy,
            dsc_spki: cose::certificate_spki(&dsc.cert_der).unwrap(),
            card,
            card_static,
        }
    })
}

/// The fuzz target's body.
fn decode_all(data: &[u8]) -> Verdict {
    let f = fixture();
    let text = String::from_utf8_lossy(data);
    for prefix in [verify::PREFIX, "HC1:", ""] {
        if let Ok(bytes) = transport::decode(prefix, &text) {
            assert!(bytes.len() <= transport::MAX_INFLATED);
            if let Ok(sign1) = cose::decode(&bytes) {
                let _ = cose::verify_with_spki(&sign1, &f.dsc_spki);
                if let Some(p) = sign1.payload.as_deref() {
                    let _ = Claims::from_cbor(p);
                }
            }
        }
    }
    if let Ok(sign1) = cose::decode(data) {
        let _ = cose::kid(&sign1);
        let _ = cose::algorithm(&sign1);
        let _ = cose::issuer_signed_digest(&sign1);
        let _ = device::check_proof(&sign1, Some(&[4u8; 65]), NOW, device::DEFAULT_WINDOW);
        let _ = cose::verify_with_spki(&sign1, &f.dsc_spki);
    }
    let _ = Claims::from_cbor(data);
    let _ = abtc_credential::claims::cwt_times(data);
    let o = verify::verify(&text, &f.trust, &f.status, &f.policy, NOW);
    assert!(o.verdict != Verdict::Refer || o.reason.is_some(), "{o:?}");
    o.verdict
}

/// Applies byte edits (position, xor) and a cut to the card's text.
fn mutate(base: &str, edits: &[(usize, u8)], cut: usize) -> Vec<u8> {
    let mut bytes = base.as_bytes().to_vec();
    for (at, x) in edits {
        let len = bytes.len();
        bytes[at % len] ^= x;
    }
    let keep = bytes.len() - cut % 8;
    bytes.truncate(keep);
    bytes
}

/// The transport layers undone by hand, a COSE byte flipped, and put back: reaches the COSE and
/// claims decoders with well-formed transport.
fn mutate_cose(base: &str, edits: &[(usize, u8)]) -> Vec<u8> {
    let mut cose_bytes = transport::decode(verify::PREFIX, base).unwrap();
    for (at, x) in edits {
        let len = cose_bytes.len();
        cose_bytes[at % len] ^= x;
    }
    transport::encode(verify::PREFIX, &cose_bytes).into_bytes()
}

#[test]
fn the_seeds_reach_the_verdicts() {
    let f = fixture();
    assert_eq!(decode_all(f.card.as_bytes()), Verdict::Admit);
    assert_eq!(decode_all(f.card_static.as_bytes()), Verdict::Admit);
    assert_eq!(decode_all(b""), Verdict::Refer);
}

fn edits() -> impl Strategy<Value = Vec<(usize, u8)>> {
    proptest::collection::vec((any::<usize>(), 1u8..=255), 1..6)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn quick_arbitrary_bytes(data in proptest::collection::vec(any::<u8>(), 0..2048)) {
        decode_all(&data);
    }

    #[test]
    fn quick_mutated_cards(e in edits(), cut in any::<usize>(), fresh in any::<bool>()) {
        let f = fixture();
        let base = if fresh { &f.card } else { &f.card_static };
        decode_all(&mutate(base, &e, cut));
        decode_all(&mutate_cose(base, &e));
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: LONG_CASES,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    #[ignore = "long: run with --release -- --ignored (scripts/fuzz-credential)"]
    fn long_arbitrary_bytes(data in proptest::collection::vec(any::<u8>(), 0..2048)) {
        decode_all(&data);
    }

    #[test]
    #[ignore = "long: run with --release -- --ignored (scripts/fuzz-credential)"]
    fn long_arbitrary_text(text in "(ABTC1:|HC1:)?[0-9A-Z $%*+\\-./:]{0,700}") {
        decode_all(text.as_bytes());
    }

    #[test]
    #[ignore = "long: run with --release -- --ignored (scripts/fuzz-credential)"]
    fn long_mutated_cards(e in edits(), cut in any::<usize>(), fresh in any::<bool>()) {
        let f = fixture();
        let base = if fresh { &f.card } else { &f.card_static };
        decode_all(&mutate(base, &e, cut));
        decode_all(&mutate_cose(base, &e));
    }
}
