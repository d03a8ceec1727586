//! The cost of one e-gate decision without the face step: parse the passport zone, verify the
//! virtual card's QR (Base45, zlib, COSE, trust-list lookup, issuer signature, claims, a 100 000-bit
//! status list, the device proof) and compare the two. Beside it, the card verification alone (for
//! scale) and the zone parse alone.
//!
//! Run: `cargo bench -p abtc-border --bench gate`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::hint::black_box;

use abtc_border::{Gate, GateInput, GateOutcome};
use abtc_credential::device;
use abtc_credential::status::StatusList;
use abtc_credential::testkit::{sample_claims, TestScheme};
use abtc_credential::verify;
use abtc_domain::{Economies, EconomyCode};
use criterion::{criterion_group, criterion_main, Criterion};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
const JPN: EconomyCode = EconomyCode::from_static(b"JPN");
const NB: OffsetDateTime = datetime!(2025-01-01 0:00 UTC);
const NA: OffsetDateTime = datetime!(2035-01-01 0:00 UTC);
const NOW: OffsetDateTime = datetime!(2026-03-01 12:00 UTC);

/// The sample card holder's passport zone (TD3), written by the library's zone writer.
fn holder_zone() -> String {
    abtc_border::mrz::write::td3(&abtc_border::mrz::write::Td3Fields {
        issuing_state: "TWN",
        family_name: "CHEN",
        given_names: "TA WEN",
        document_number: "312345678",
        nationality: "TWN",
        date_of_birth: time::macros::date!(1980 - 05 - 17),
        sex: abtc_border::Sex::Male,
        date_of_expiry: time::macros::date!(2034 - 01 - 01),
    })
    .unwrap()
}

struct Fixture {
    gate: Gate,
    mrz: String,
    qr: String,
}

fn fixture() -> Fixture {
    // A realistic trust list: the signing economy among several others (each CSCA + 2 DSCs).
    let economies: Vec<EconomyCode> = ["TWN", "AUS", "CHL", "HKG", "JPN", "KOR", "SGP"]
        .iter()
        .map(|c| EconomyCode::parse(c).unwrap())
        .collect();
    let mut scheme = TestScheme::new(42, &economies, NB, NA).unwrap();
    for &code in &economies {
        scheme.rotate_dsc(code, NB, NA).unwrap();
    }
    let trust = scheme.trust(1, NOW - Duration::days(1), NOW).unwrap();
    let dsc = scheme.dsc(TWN).unwrap();
    let holder = scheme.new_key();
    let claims = sample_claims(TWN, &[JPN], Some(&holder.public_sec1()), NOW).unwrap();
    let credential = verify::issue(&claims, dsc).unwrap();
    let qr = verify::present(&credential, NOW, &device::signer(&holder)).unwrap();

    let mut status = StatusList::new(TWN, 100_000, NOW - Duration::hours(2));
    for i in [1usize, 99, 4710, 4712, 50_000, 99_999] {
        status.set(i, true).unwrap();
    }
    let status =
        StatusList::verify(&status.sign(dsc).unwrap(), &trust, NOW, Duration::days(7)).unwrap();

    let gate = Gate::for_economy(
        Economies::apec_default().get(JPN).unwrap(),
        trust,
        vec![status],
    );
    let mrz = holder_zone();
    let d = gate.decide(&GateInput::new(&mrz, &qr), NOW);
    assert_eq!(d.outcome, GateOutcome::Open, "{d:?}");
    assert_eq!(d.proof, Some("fresh"));
    assert!(d.status_checked);
    Fixture { gate, mrz, qr }
}

fn bench_gate(c: &mut Criterion) {
    let f = fixture();
    let mut g = c.benchmark_group("gate");
    g.bench_function("decision_without_face", |b| {
        b.iter(|| {
            f.gate
                .decide(&GateInput::new(black_box(&f.mrz), black_box(&f.qr)), NOW)
                .outcome
        })
    });
    // For scale: the card verification alone, which the decision contains.
    g.bench_function("card_verify_only", |b| {
        b.iter(|| {
            verify::verify(
                black_box(&f.qr),
                f.gate.trust(),
                f.gate.status_lists(),
                f.gate.policy(),
                NOW,
            )
            .verdict
        })
    });
    g.bench_function("mrz_parse", |b| {
        b.iter(|| abtc_border::parse(black_box(&f.mrz)).is_ok())
    });
    g.finish();
}

criterion_group!(benches, bench_gate);
criterion_main!(benches);
