//! Arbitrary bytes through every decoding layer of the virtual card: the transport (prefix, Base45,
//! zlib), COSE_Sign1, the CWT claims, and the whole `verify` against a small fixed trust list. The
//! bytes are used both raw (COSE, CBOR) and as lossy UTF-8 text (QR text). Nothing may panic, and
//! `verify` must always give a verdict (a refer always with a reason).
#![no_main]

use std::sync::OnceLock;

use abtc_credential::claims::Claims;
use abtc_credential::status::StatusList;
use abtc_credential::testkit::TestScheme;
use abtc_credential::trust::Trust;
use abtc_credential::verify::{self, Policy, Verdict};
use abtc_credential::{cose, device, transport};
use abtc_domain::{Economies, EconomyCode};
use libfuzzer_sys::fuzz_target;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
const JPN: EconomyCode = EconomyCode::from_static(b"JPN");
/// The fixed clock of the fuzzed verifier.
const NOW: OffsetDateTime = datetime!(2026-03-01 12:00 UTC);

/// The same deterministic keys and certificates as `examples/make_card.rs` (`testkit::TestScheme`
/// from the seed; valid from a year before to ten years after `NOW`), so
/// `make_card --seed 7 --at 2026-03-01T12:00:00Z` makes a card that verifies against this fixture:
/// the seed corpus reaches the deepest layers.
const SEED: u64 = 7;

struct Fixture {
    trust: Trust,
    status: Vec<StatusList>,
    policy: Policy,
    dsc_spki: Vec<u8>,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let (nb, na) = (NOW - Duration::days(365), NOW + Duration::days(3650));
        let scheme = TestScheme::new(SEED, &[TWN], nb, na).unwrap();
        let trust = scheme.trust(1, NOW - Duration::days(1), NOW).unwrap();
        let mut status = StatusList::new(TWN, 1_000, NOW - Duration::hours(1));
        status.set(13, true).unwrap();
        let policy = Policy::for_economy(Economies::apec_default().get(JPN).unwrap());
        let dsc_spki = cose::certificate_spki(&scheme.dsc(TWN).unwrap().cert_der).unwrap();
        Fixture {
            trust,
            status: vec![status],
            policy,
            dsc_spki,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let f = fixture();
    let text = String::from_utf8_lossy(data);

    // Transport, with both prefixes (and none).
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

    // The raw bytes as COSE and as claims.
    if let Ok(sign1) = cose::decode(data) {
        let _ = cose::kid(&sign1);
        let _ = cose::algorithm(&sign1);
        let _ = cose::issuer_signed_digest(&sign1);
        let _ = device::check_proof(&sign1, Some(&[4u8; 65]), NOW, device::DEFAULT_WINDOW);
        let _ = cose::verify_with_spki(&sign1, &f.dsc_spki);
    }
    let _ = Claims::from_cbor(data);
    let _ = abtc_credential::claims::cwt_times(data);

    // The whole border check.
    let o = verify::verify(&text, &f.trust, &f.status, &f.policy, NOW);
    assert!(o.verdict != Verdict::Refer || o.reason.is_some());
});
