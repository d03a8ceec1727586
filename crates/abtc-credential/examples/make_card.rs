//! Writes a demo virtual card and what a verifier needs to check it into a folder, for the
//! interoperability script (`scripts/interop-credential`) and the fuzzing seed corpus:
//!
//! - `card.png`: the QR image of the presented card (with a device proof);
//! - `card.txt`: its QR text (`ABTC1:...`), and `card-static.txt`: the card without a proof;
//! - `dsc.der`: the document signer certificate that signed it; `csca.der`: its CSCA;
//! - `anchor.der` and `trust.cose`: the scheme's anchor certificate and the signed trust list;
//! - `status/TWN.cose`: TWN's signed status list (nothing revoked).
//!
//! Usage: `cargo run -p abtc-credential --example make_card -- OUT_DIR [--seed N] [--at RFC3339]`.
//! Keys come from SHA-256 of a counter starting at the seed (anchor, CSCA, DSC, holder in that
//! order: the fuzz target derives the same trust list from seed 7). `--at` is the issue and
//! presentation time (default: now).

use std::error::Error;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use abtc_credential::claims::{CardClaims, Claims};
use abtc_credential::pki::{self, CertifiedKey};
use abtc_credential::status::StatusList;
use abtc_credential::trust::{TrustEntry, TrustList, TrustRole};
use abtc_credential::{device, qr, verify, SigningKey};
use abtc_domain::{EconomyCode, Entropy};
use sha2::{Digest, Sha256};
use time::format_description::well_known::Rfc3339;
use time::macros::date;
use time::{Duration, OffsetDateTime};

struct CounterEntropy(AtomicU64);

impl Entropy for CounterEntropy {
    fn fill(&self, buf: &mut [u8]) {
        let n = self.0.fetch_add(1, Ordering::Relaxed);
        let d = Sha256::digest(n.to_be_bytes());
        for (b, x) in buf.iter_mut().zip(d.iter().cycle()) {
            *b = *x;
        }
    }
}

const TWN: EconomyCode = EconomyCode::from_static(b"TWN");

fn entry(economy: EconomyCode, role: TrustRole, c: &CertifiedKey) -> TrustEntry {
    TrustEntry {
        economy,
        role,
        cert_der: c.cert_der.clone(),
    }
}

fn usage() -> Box<dyn Error> {
    "usage: make_card OUT_DIR [--seed N] [--at RFC3339]".into()
}

/// The wall clock, whole seconds. This example is a program's entry point (like `abtc`'s main with
/// its system clock); the library itself never reads the clock.
#[allow(clippy::disallowed_methods)]
fn now() -> Result<OffsetDateTime, Box<dyn Error>> {
    Ok(OffsetDateTime::now_utc().replace_nanosecond(0)?)
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut out: Option<PathBuf> = None;
    let mut seed: u64 = 7;
    let mut at = now()?;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--seed" => seed = args.next().ok_or_else(usage)?.parse()?,
            "--at" => at = OffsetDateTime::parse(&args.next().ok_or_else(usage)?, &Rfc3339)?,
            "-h" | "--help" => {
                println!("{}", usage());
                return Ok(());
            }
            _ if out.is_none() && !a.starts_with('-') => out = Some(PathBuf::from(a)),
            _ => return Err(usage()),
        }
    }
    let out = out.ok_or_else(usage)?;
    std::fs::create_dir_all(out.join("status"))?;

    // Valid from a year before `at` for ten years, like a real hierarchy in mid-life.
    let nb = at - Duration::days(365);
    let na = at + Duration::days(3650);
    let e = CounterEntropy(AtomicU64::new(seed));
    let anchor = pki::new_anchor(SigningKey::generate(&e), 1, nb, na)?;
    let csca = pki::new_csca(TWN, SigningKey::generate(&e), 1, nb, na)?;
    let dsc = pki::new_dsc(TWN, SigningKey::generate(&e), &csca, 2, nb, na)?;
    let holder = SigningKey::generate(&e);

    let list = TrustList {
        version: 1,
        issued_at: at - Duration::hours(1),
        entries: vec![
            entry(TWN, TrustRole::Csca, &csca),
            entry(TWN, TrustRole::Dsc, &dsc),
        ],
    };
    let economies = ["JPN", "KOR", "SGP", "AUS", "HKG"]
        .iter()
        .map(|c| EconomyCode::parse(c))
        .collect::<Result<Vec<_>, _>>()?;
    let claims = Claims {
        issuer: TWN,
        issued_at: at - Duration::minutes(10),
        expires_at: at + Duration::hours(24),
        card: CardClaims {
            card_number: "TWN0000012345".into(),
            family_name: "CHEN".into(),
            given_names: Some("TA<WEN".into()),
            native_name: Some("陳大文".into()),
            sex: "M".into(),
            date_of_birth: date!(1980 - 05 - 17),
            nationality: TWN,
            passport_number: "312345678".into(),
            passport_expires_on: date!(2034 - 01 - 01),
            card_expires_on: (at + Duration::days(5 * 365)).date(),
            economies,
            status_index: 4711,
            device_key: Some(holder.public_sec1()),
        },
    };
    let credential = verify::issue(&claims, &dsc)?;
    let text = verify::present(&credential, at, &device::signer(&holder))?;
    let status = StatusList::new(TWN, 100_000, at - Duration::hours(1));

    std::fs::write(out.join("card.png"), qr::to_png(&text, 4)?)?;
    std::fs::write(out.join("card.txt"), &text)?;
    std::fs::write(out.join("card-static.txt"), verify::qr_text(&credential))?;
    std::fs::write(out.join("dsc.der"), &dsc.cert_der)?;
    std::fs::write(out.join("csca.der"), &csca.cert_der)?;
    std::fs::write(out.join("anchor.der"), &anchor.cert_der)?;
    std::fs::write(out.join("trust.cose"), list.sign(&anchor)?)?;
    std::fs::write(out.join("status").join("TWN.cose"), status.sign(&dsc)?)?;
    println!(
        "wrote a TWN card ({} QR characters, presented at {}) to {}",
        text.len(),
        at.format(&Rfc3339)?,
        out.display()
    );
    Ok(())
}
