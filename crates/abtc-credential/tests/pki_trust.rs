//! End to end through the public API: the scheme's anchor, two economies' CSCAs and DSCs (one
//! rotating its signer), the signed trust list, and status lists; plus real-world DSC certificates
//! from the public HCERT test vectors through `parse_certificate`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};

use abtc_credential::pki;
use abtc_credential::status::StatusList;
use abtc_credential::testkit::{entry, TestEntropy};
use abtc_credential::trust::{Trust, TrustList, TrustRole};
use abtc_credential::{CredentialError, SigningKey};
use abtc_domain::EconomyCode;
use base64::Engine;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
const AUS: EconomyCode = EconomyCode::from_static(b"AUS");

fn at(y: i32) -> OffsetDateTime {
    datetime!(2000-01-01 0:00 UTC).replace_year(y).unwrap()
}

#[test]
fn scheme_end_to_end_with_key_rotation() {
    let e = TestEntropy::new(9_000);
    let anchor = pki::new_anchor(SigningKey::generate(&e), 1, at(2025), at(2045)).unwrap();
    let twn_csca = pki::new_csca(TWN, SigningKey::generate(&e), 1, at(2025), at(2040)).unwrap();
    let aus_csca = pki::new_csca(AUS, SigningKey::generate(&e), 1, at(2025), at(2040)).unwrap();
    let twn_old = pki::new_dsc(
        TWN,
        SigningKey::generate(&e),
        &twn_csca,
        2,
        at(2025),
        at(2028),
    )
    .unwrap();
    let aus_dsc = pki::new_dsc(
        AUS,
        SigningKey::generate(&e),
        &aus_csca,
        2,
        at(2025),
        at(2028),
    )
    .unwrap();

    // Version 1: one signer each.
    let v1 = TrustList {
        version: 1,
        issued_at: at(2026),
        entries: vec![
            entry(TWN, TrustRole::Csca, &twn_csca),
            entry(TWN, TrustRole::Dsc, &twn_old),
            entry(AUS, TrustRole::Csca, &aus_csca),
            entry(AUS, TrustRole::Dsc, &aus_dsc),
        ],
    };
    let signed_v1 = v1.sign(&anchor).unwrap();
    let t1 = Trust::verify(&signed_v1, &anchor.cert_der, at(2026) + Duration::days(1)).unwrap();
    assert_eq!(t1.version(), 1);
    assert_eq!(t1.dscs_of(TWN).len(), 1);

    // TWN rotates: a new DSC while the old one stays valid; version 2 lists both.
    let twn_new = pki::new_dsc(
        TWN,
        SigningKey::generate(&e),
        &twn_csca,
        3,
        at(2027),
        at(2030),
    )
    .unwrap();
    let mut v2 = v1.clone();
    v2.version = 2;
    v2.issued_at = at(2027);
    v2.entries.push(entry(TWN, TrustRole::Dsc, &twn_new));
    let now = at(2027) + Duration::days(10);
    let t2 = Trust::verify(&v2.sign(&anchor).unwrap(), &anchor.cert_der, now).unwrap();
    assert!(t2.version() > t1.version());
    assert_eq!(t2.dscs_of(TWN).len(), 2);
    assert_eq!(t2.dropped(), 0);
    for dsc in [&twn_old, &twn_new] {
        let s = t2.signers(&dsc.kid());
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].economy, TWN);
        pki::check_valid_at(&s[0].cert, now).unwrap();
    }
    // The new signer is unknown to a verifier still on version 1 (offline): it must update.
    assert!(t1.signers(&twn_new.kid()).is_empty());

    // Status lists: TWN's signed by either DSC verifies; AUS's signer cannot sign for TWN.
    let mut twn_status = StatusList::new(TWN, 100_000, now - Duration::hours(1));
    twn_status.set(31_337, true).unwrap();
    for dsc in [&twn_old, &twn_new] {
        let got = StatusList::verify(&twn_status.sign(dsc).unwrap(), &t2, now, Duration::days(2))
            .unwrap();
        assert!(got.is_revoked(31_337));
        assert!(!got.is_revoked(31_336));
    }
    assert!(StatusList::verify(
        &twn_status.sign(&aus_dsc).unwrap(),
        &t2,
        now,
        Duration::days(2)
    )
    .is_err());
    assert_eq!(
        StatusList::verify(
            &twn_status.sign(&twn_new).unwrap(),
            &t2,
            now + Duration::days(3),
            Duration::days(2)
        )
        .unwrap_err(),
        CredentialError::StatusList("stale")
    );

    // A trust list signed by a CSCA, or re-signed by a look-alike anchor, is refused.
    let fake_anchor = pki::new_anchor(SigningKey::generate(&e), 1, at(2025), at(2045)).unwrap();
    assert!(Trust::verify(&v2.sign(&fake_anchor).unwrap(), &anchor.cert_der, now).is_err());
    assert!(Trust::verify(&v2.sign(&twn_csca).unwrap(), &anchor.cert_der, now).is_err());
}

fn hcert_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/testdata/hcert")
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in rd.flatten() {
        let p = entry.path();
        if p.is_dir() {
            json_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

/// Real document signer certificates (EC P-256, RSA, various issuers and encodings) from the HCERT
/// vectors: parsing never panics, nearly all parse, and the ones issued by themselves or P-256/P-384
/// parents behave like ours.
#[test]
fn hcert_certificates_parse() {
    let root = hcert_root();
    if !root.is_dir() {
        eprintln!("HCERT vectors not found at {}; skipping", root.display());
        return;
    }
    let mut files = Vec::new();
    json_files(&root, &mut files);
    files.sort();
    let (mut seen, mut parsed, mut failed) = (0usize, 0usize, Vec::new());
    let mut unique = std::collections::BTreeSet::new();
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        let Some(b64) = v.pointer("/TESTCTX/CERTIFICATE").and_then(|c| c.as_str()) else {
            continue;
        };
        let clean: String = b64.chars().filter(|c| !c.is_whitespace()).collect();
        let Ok(der) = base64::engine::general_purpose::STANDARD.decode(clean) else {
            continue;
        };
        if !unique.insert(der.clone()) {
            continue;
        }
        seen += 1;
        match pki::parse_certificate(&der) {
            Ok(p) => {
                parsed += 1;
                assert_eq!(p.kid, abtc_credential::cose::kid_for_certificate(&der));
                // truncations never panic
                for cut in [1usize, der.len() / 2, der.len() - 1] {
                    assert!(pki::parse_certificate(&der[..cut]).is_err());
                }
            }
            Err(e) => failed.push((f.strip_prefix(&root).unwrap_or(f).display().to_string(), e)),
        }
    }
    println!(
        "HCERT certificates: {seen} distinct, {parsed} parsed, {} refused",
        failed.len()
    );
    for (f, e) in &failed {
        println!("  refused {f}: {e}");
    }
    assert!(seen > 20, "only {seen} certificates found");
    assert!(failed.is_empty(), "{} of {seen} refused", failed.len());
}
