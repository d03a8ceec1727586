//! The cost of a border check: the full verify path (QR text with a fresh device proof, through
//! Base45, zlib, COSE, trust-list lookup, issuer signature, claims, a 100 000-bit status list and the
//! device proof, to a verdict) beside the bare cryptography that path cannot avoid: two ES256
//! verifications (issuer and device) with the same p256 library on precomputed messages, keys and
//! signatures. The aim: the full path at >= 0.85 of the bare rate.
//!
//! Run: `cargo bench -p abtc-credential --bench verify`. After criterion's report it prints
//! `full path: N/s, bare crypto: M/s, ratio: R` from its own timed loops, so the numbers appear even
//! when criterion's output is filtered (e.g. `cargo bench ... -- --quick` or a name filter).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::hint::black_box;
use std::time::{Duration as StdDuration, Instant};

use abtc_credential::status::StatusList;
use abtc_credential::testkit::{sample_claims, TestScheme};
use abtc_credential::trust::Trust;
use abtc_credential::verify::{self, Policy, Verdict};
use abtc_credential::{cose, device, transport};
use abtc_domain::{Economies, EconomyCode};
use criterion::{criterion_group, Criterion};
use p256::ecdsa::signature::Verifier;
use p256::ecdsa::{Signature, VerifyingKey};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
const JPN: EconomyCode = EconomyCode::from_static(b"JPN");
const NB: OffsetDateTime = datetime!(2025-01-01 0:00 UTC);
const NA: OffsetDateTime = datetime!(2035-01-01 0:00 UTC);
const NOW: OffsetDateTime = datetime!(2026-03-01 12:00 UTC);

/// Everything both measurements need, prepared once.
struct Fixture {
    qr: String,
    trust: Trust,
    status: Vec<StatusList>,
    policy: Policy,
    // The bare cryptography: keys, messages and signatures already in p256's types.
    issuer_key: VerifyingKey,
    issuer_msg: Vec<u8>,
    issuer_sig: Signature,
    device_key: VerifyingKey,
    device_msg: Vec<u8>,
    device_sig: Signature,
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
    let pre_cleared = [
        JPN,
        EconomyCode::parse("KOR").unwrap(),
        EconomyCode::parse("SGP").unwrap(),
    ];
    let claims = sample_claims(TWN, &pre_cleared, Some(&holder.public_sec1()), NOW).unwrap();
    let credential = verify::issue(&claims, dsc).unwrap();
    let qr = verify::present(&credential, NOW, &device::signer(&holder)).unwrap();

    // A 100 000-bit status list with a few revocations (not this card), verified as a border would.
    let mut status = StatusList::new(TWN, 100_000, NOW - Duration::hours(2));
    for i in [1usize, 99, 4710, 4712, 50_000, 99_999] {
        status.set(i, true).unwrap();
    }
    let status =
        StatusList::verify(&status.sign(dsc).unwrap(), &trust, NOW, Duration::days(7)).unwrap();

    let policy = Policy::for_economy(Economies::apec_default().get(JPN).unwrap());
    let outcome = verify::verify(&qr, &trust, std::slice::from_ref(&status), &policy, NOW);
    assert_eq!(outcome.verdict, Verdict::Admit, "{outcome:?}");
    assert!(outcome.status_checked);
    assert_eq!(outcome.proof, Some(device::ProofStatus::Fresh));

    // The same two verifications, extracted once.
    let sign1 = cose::decode(&transport::decode(verify::PREFIX, &qr).unwrap()).unwrap();
    let issuer_msg = sign1.tbs_data(b"");
    let issuer_sig = Signature::from_slice(&sign1.signature).unwrap();
    let issuer_key = *dsc.key.verifying_key();
    let proof = cose::unprotected_private(&sign1, device::HEADER_DEVICE_PROOF).unwrap();
    let ciborium::Value::Array(items) = proof else {
        panic!("proof shape")
    };
    let [ciborium::Value::Integer(step), ciborium::Value::Bytes(sig)] = items.as_slice() else {
        panic!("proof shape")
    };
    let step = i64::try_from(i128::from(*step)).unwrap();
    let device_msg = device::proof_message(&cose::issuer_signed_digest(&sign1), step);
    let device_sig = Signature::from_slice(sig).unwrap();
    let device_key = *holder.verifying_key();
    issuer_key.verify(&issuer_msg, &issuer_sig).unwrap();
    device_key.verify(&device_msg, &device_sig).unwrap();

    Fixture {
        qr,
        trust,
        status: vec![status],
        policy,
        issuer_key,
        issuer_msg,
        issuer_sig,
        device_key,
        device_msg,
        device_sig,
    }
}

fn full(f: &Fixture) -> Verdict {
    verify::verify(
        black_box(&f.qr),
        &f.trust,
        &f.status,
        &f.policy,
        black_box(NOW),
    )
    .verdict
}

fn bare(f: &Fixture) -> bool {
    let a = f
        .issuer_key
        .verify(black_box(&f.issuer_msg), black_box(&f.issuer_sig))
        .is_ok();
    let b = f
        .device_key
        .verify(black_box(&f.device_msg), black_box(&f.device_sig))
        .is_ok();
    a && b
}

fn bench_verify(c: &mut Criterion) {
    let f = fixture();
    let mut g = c.benchmark_group("verify");
    g.bench_function("full_path", |b| b.iter(|| full(&f)));
    g.bench_function("bare_crypto", |b| b.iter(|| bare(&f)));
    g.finish();
}

/// Times `batch` runs of `op`.
fn time_batch(batch: u32, op: &mut impl FnMut()) -> StdDuration {
    let start = Instant::now();
    for _ in 0..batch {
        op();
    }
    start.elapsed()
}

/// A simple timed loop beside criterion: batches of the full path and of the bare cryptography
/// alternate (so a busy machine slows both alike) for about `budget`; each rate comes from the
/// median batch time. Returns (full path per second, bare crypto per second).
fn timed_loops(f: &Fixture, budget: StdDuration) -> (f64, f64) {
    const BATCH: u32 = 8;
    let mut full_op = || assert_eq!(full(f), Verdict::Admit);
    let mut bare_op = || assert!(bare(f));
    // Warm up both.
    time_batch(BATCH * 4, &mut full_op);
    time_batch(BATCH * 4, &mut bare_op);
    let mut fulls = Vec::new();
    let mut bares = Vec::new();
    let start = Instant::now();
    while start.elapsed() < budget {
        fulls.push(time_batch(BATCH, &mut full_op));
        bares.push(time_batch(BATCH, &mut bare_op));
    }
    let per_second = |v: &mut Vec<StdDuration>| {
        v.sort();
        f64::from(BATCH) / v[v.len() / 2].as_secs_f64()
    };
    (per_second(&mut fulls), per_second(&mut bares))
}

criterion_group!(benches, bench_verify);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    let f = fixture();
    let (full_rate, bare_rate) = timed_loops(&f, StdDuration::from_secs(6));
    println!(
        "full path: {:.0}/s, bare crypto: {:.0}/s, ratio: {:.3} (aim >= 0.85)",
        full_rate,
        bare_rate,
        full_rate / bare_rate
    );
}
