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
//! Keys come from SHA-256 of a counter starting at the seed (`testkit::TestScheme`: anchor, CSCA,
//! DSC, holder in that order; the fuzz target derives the same trust list from seed 7). `--at` is
//! the issue and presentation time (default: now).

use std::error::Error;
use std::path::PathBuf;

use abtc_credential::status::StatusList;
use abtc_credential::testkit::{sample_claims, TestScheme};
use abtc_credential::{device, qr, verify};
use abtc_domain::EconomyCode;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

const TWN: EconomyCode = EconomyCode::from_static(b"TWN");

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
    let scheme = TestScheme::new(seed, &[TWN], nb, na)?;
    let csca = scheme.csca(TWN)?;
    let dsc = scheme.dsc(TWN)?;
    let holder = scheme.new_key();
    let trust_list = scheme.signed_trust_list(1, at - Duration::hours(1))?;

    let economies = ["JPN", "KOR", "SGP", "AUS", "HKG"]
        .iter()
        .map(|c| EconomyCode::parse(c))
        .collect::<Result<Vec<_>, _>>()?;
    let mut claims = sample_claims(TWN, &economies, Some(&holder.public_sec1()), at)?;
    // Issued just now for a day, on a card valid five more years (whatever the clock says).
    claims.issued_at = at - Duration::minutes(10);
    claims.expires_at = at + Duration::hours(24);
    claims.card.card_expires_on = (at + Duration::days(5 * 365)).date();
    let credential = verify::issue(&claims, dsc)?;
    let text = verify::present(&credential, at, &device::signer(&holder))?;
    let status = StatusList::new(TWN, 100_000, at - Duration::hours(1));

    std::fs::write(out.join("card.png"), qr::to_png(&text, 4)?)?;
    std::fs::write(out.join("card.txt"), &text)?;
    std::fs::write(out.join("card-static.txt"), verify::qr_text(&credential))?;
    std::fs::write(out.join("dsc.der"), &dsc.cert_der)?;
    std::fs::write(out.join("csca.der"), &csca.cert_der)?;
    std::fs::write(out.join("anchor.der"), scheme.anchor_der())?;
    std::fs::write(out.join("trust.cose"), trust_list)?;
    std::fs::write(out.join("status").join("TWN.cose"), status.sign(dsc)?)?;
    println!(
        "wrote a TWN card ({} QR characters, presented at {}) to {}",
        text.len(),
        at.format(&Rfc3339)?,
        out.display()
    );
    Ok(())
}
