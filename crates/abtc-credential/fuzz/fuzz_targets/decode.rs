//! Arbitrary bytes through every decoding layer of the virtual card: the transport (prefix, Base45,
//! zlib), COSE_Sign1, the CWT claims, and the whole `verify` against a small fixed trust list. The
//! bytes are used both raw (COSE, CBOR) and as lossy UTF-8 text (QR text). Nothing may panic, and
//! `verify` must always give a verdict (a refer always with a reason).
#![no_main]

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use abtc_credential::claims::Claims;
use abtc_credential::pki::{self, CertifiedKey};
use abtc_credential::status::StatusList;
use abtc_credential::trust::{Trust, TrustEntry, TrustList, TrustRole};
use abtc_credential::verify::{self, Policy, Verdict};
use abtc_credential::{cose, device, transport, SigningKey};
use abtc_domain::{Economies, EconomyCode, Entropy};
use libfuzzer_sys::fuzz_target;
use sha2::{Digest, Sha256};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
const JPN: EconomyCode = EconomyCode::from_static(b"JPN");
/// The fixed clock of the fuzzed verifier.
const NOW: OffsetDateTime = datetime!(2026-03-01 12:00 UTC);

/// The same deterministic keys and certificates as `examples/make_card.rs` (SHA-256 of a counter
/// from the seed; anchor, CSCA, DSC in that order; valid from a year before to ten years after
/// `NOW`), so `make_card --seed 7 --at 2026-03-01T12:00:00Z` makes
/// a card that verifies against this fixture: the seed corpus reaches the deepest layers.
const SEED: u64 = 7;

struct TestEntropy(AtomicU64);

impl Entropy for TestEntropy {
    fn fill(&self, buf: &mut [u8]) {
        let n = self.0.fetch_add(1, Ordering::Relaxed);
        let d = Sha256::digest(n.to_be_bytes());
        for (b, x) in buf.iter_mut().zip(d.iter().cycle()) {
            *b = *x;
        }
    }
}

struct Fixture {
    trust: Trust,
    status: Vec<StatusList>,
    policy: Policy,
    dsc_spki: Vec<u8>,
}

fn entry(economy: EconomyCode, role: TrustRole, c: &CertifiedKey) -> TrustEntry {
    TrustEntry {
        economy,
        role,
        cert_der: c.cert_der.clone(),
    }
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let e = TestEntropy(AtomicU64::new(SEED));
        let (nb, na) = (NOW - Duration::days(365), NOW + Duration::days(3650));
        let anchor = pki::new_anchor(SigningKey::generate(&e), 1, nb, na).unwrap();
        let csca = pki::new_csca(TWN, SigningKey::generate(&e), 1, nb, na).unwrap();
        let dsc = pki::new_dsc(TWN, SigningKey::generate(&e), &csca, 2, nb, na).unwrap();
        let list = TrustList {
            version: 1,
            issued_at: NOW - Duration::days(1),
            entries: vec![
                entry(TWN, TrustRole::Csca, &csca),
                entry(TWN, TrustRole::Dsc, &dsc),
            ],
        };
        let trust = Trust::verify(&list.sign(&anchor).unwrap(), &anchor.cert_der, NOW).unwrap();
        let mut status = StatusList::new(TWN, 1_000, NOW - Duration::hours(1));
        status.set(13, true).unwrap();
        let policy = Policy::for_economy(Economies::apec_default().get(JPN).unwrap());
        let dsc_spki = cose::certificate_spki(&dsc.cert_der).unwrap();
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
