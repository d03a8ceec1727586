//! `abtc verify`: the border's offline check of a virtual card. Reads the last trust list and the
//! pinned anchor certificate, the cached status lists, and the QR text (given, or decoded from a PNG
//! image), and prints the verdict for the verifying economy, for a person or as one JSON object.
//!
//! Exit status: 0 for `admit` and `lane_only`, 1 for `refer`. A usage problem (unknown economy,
//! unreadable file, a trust list or status list that does not verify, no QR code in the image) is an
//! `Err` with a clear message; the caller prints it and exits 2.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use abtc_credential::qr;
use abtc_credential::status::StatusList;
use abtc_credential::trust::Trust;
use abtc_credential::verify::{self, Outcome, Policy, Verdict};
use abtc_domain::{Economies, EconomyCode};
use anyhow::{anyhow, bail, Context};
use time::OffsetDateTime;

/// Status lists older than this are refused as stale.
pub const STATUS_MAX_AGE: time::Duration = time::Duration::days(7);

pub struct VerifyArgs {
    /// The verifying economy's code, e.g. `JPN`.
    pub economy: String,
    /// The signed trust list (COSE_Sign1 bytes).
    pub trust_list: PathBuf,
    /// The scheme's trust anchor certificate (DER), pinned by this verifier.
    pub anchor: PathBuf,
    /// A folder of signed status lists (`*.cose`).
    pub status_dir: Option<PathBuf>,
    pub json: bool,
    pub qr_text: Option<String>,
    /// A PNG image holding the QR code (used when `qr_text` is absent).
    pub image: Option<PathBuf>,
    /// Refuse credentials shown without a device proof ("static").
    pub require_proof: bool,
    pub now: OffsetDateTime,
}

fn read(path: &Path, what: &str) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("cannot read the {what} {}", path.display()))
}

fn policy_for(economy: &str, require_proof: bool) -> anyhow::Result<Policy> {
    let unknown =
        || anyhow!("unknown economy code {economy:?}: expected a member economy such as JPN");
    let code = EconomyCode::parse(economy).map_err(|_| unknown())?;
    let economies = Economies::apec_default();
    let record = economies.get(code).map_err(|_| unknown())?;
    let mut policy = Policy::for_economy(record);
    policy.require_device_proof = require_proof;
    Ok(policy)
}

fn load_trust(args: &VerifyArgs) -> anyhow::Result<Trust> {
    let signed = read(&args.trust_list, "trust list")?;
    let anchor = read(&args.anchor, "anchor certificate")?;
    Trust::verify(&signed, &anchor, args.now).map_err(|e| {
        anyhow!(
            "the trust list {} does not verify against the anchor {}: {e}",
            args.trust_list.display(),
            args.anchor.display()
        )
    })
}

fn load_status(dir: &Path, trust: &Trust, now: OffsetDateTime) -> anyhow::Result<Vec<StatusList>> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the status list folder {}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry
            .with_context(|| format!("cannot read the status list folder {}", dir.display()))?;
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "cose") && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    let mut lists = Vec::with_capacity(files.len());
    for path in files {
        let bytes = read(&path, "status list")?;
        let list = StatusList::verify(&bytes, trust, now, STATUS_MAX_AGE)
            .map_err(|e| anyhow!("the status list {} does not verify: {e}", path.display()))?;
        lists.push(list);
    }
    Ok(lists)
}

fn qr_text(args: &VerifyArgs) -> anyhow::Result<String> {
    match (&args.qr_text, &args.image) {
        (Some(_), Some(_)) => bail!("give either the QR text or --image, not both"),
        (Some(text), None) => Ok(text.clone()),
        (None, Some(path)) => {
            let bytes = read(path, "image")?;
            let texts = qr::decode_png(&bytes)
                .map_err(|e| anyhow!("cannot read the image {} as PNG: {e}", path.display()))?;
            texts
                .into_iter()
                .next()
                .ok_or_else(|| anyhow!("no QR code found in the image {}", path.display()))
        }
        (None, None) => bail!("nothing to verify: give the QR text or --image FILE.png"),
    }
}

fn verdict_str(v: Verdict) -> &'static str {
    match v {
        Verdict::Admit => "admit",
        Verdict::LaneOnly => "lane_only",
        Verdict::Refer => "refer",
    }
}

/// The names as printed on the card: MRZ `<` separators become spaces.
fn display_name(s: &str) -> String {
    s.split('<')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The JSON form is the credential crate's [`verify::Report`], shared with the browser's offline
/// verifier, so both print the same fields and values.
fn to_json(o: &Outcome, economy: EconomyCode) -> anyhow::Result<serde_json::Value> {
    serde_json::to_value(verify::Report::new(o, economy)).context("cannot encode the result")
}

fn write_human(out: &mut dyn Write, o: &Outcome, economy: &str) -> std::io::Result<()> {
    writeln!(
        out,
        "VERDICT: {}",
        verdict_str(o.verdict).to_ascii_uppercase()
    )?;
    writeln!(out, "  at:            {economy}")?;
    if let Some(r) = o.reason {
        writeln!(out, "  reason:        {}", r.as_str())?;
    }
    if let Some(issuer) = o.issuer {
        writeln!(out, "  issuer:        {issuer}")?;
    }
    if let Some(c) = &o.card {
        writeln!(out, "  card number:   {}", c.card_number)?;
        let given = c.given_names.as_deref().map(display_name);
        match given {
            Some(g) if !g.is_empty() => writeln!(
                out,
                "  name:          {}, {g}",
                display_name(&c.family_name)
            )?,
            _ => writeln!(out, "  name:          {}", display_name(&c.family_name))?,
        }
        if let Some(n) = &c.native_name {
            writeln!(out, "  native name:   {n}")?;
        }
        writeln!(
            out,
            "  born:          {} ({}), nationality {}",
            c.date_of_birth, c.sex, c.nationality
        )?;
        writeln!(
            out,
            "  passport:      {} (expires {})",
            c.passport_number, c.passport_expires_on
        )?;
        writeln!(out, "  card expires:  {}", c.card_expires_on)?;
        let economies: Vec<&str> = c.economies.iter().map(|e| e.as_str()).collect();
        writeln!(out, "  pre-cleared:   {}", economies.join(" "))?;
    }
    match o.stay_days {
        Some(d) => writeln!(out, "  stay days:     {d}")?,
        None => writeln!(out, "  stay days:     -")?,
    }
    if let Some(p) = o.proof {
        writeln!(out, "  device proof:  {}", p.as_str())?;
    }
    writeln!(
        out,
        "  status list:   {}",
        if o.status_checked {
            "checked"
        } else {
            "not checked (no list for the issuer)"
        }
    )?;
    Ok(())
}

/// What an offline verifier holds, read and verified from its files, and the card's text.
pub struct Loaded {
    pub policy: Policy,
    pub trust: Trust,
    pub status: Vec<StatusList>,
    pub qr: String,
}

/// Reads and verifies the verifier's files and the card (`abtc verify` and `abtc gate` alike).
pub fn load(args: &VerifyArgs) -> anyhow::Result<Loaded> {
    let policy = policy_for(&args.economy, args.require_proof)?;
    let trust = load_trust(args)?;
    let status = match &args.status_dir {
        Some(dir) => load_status(dir, &trust, args.now)?,
        None => Vec::new(),
    };
    let qr = qr_text(args)?;
    Ok(Loaded {
        policy,
        trust,
        status,
        qr,
    })
}

/// Runs the offline check and prints the result to `out`. See the module documentation for the
/// exit status.
pub fn run(args: &VerifyArgs, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let Loaded {
        policy,
        trust,
        status,
        qr: text,
    } = load(args)?;
    let outcome = verify::verify(&text, &trust, &status, &policy, args.now);
    if args.json {
        let value = to_json(&outcome, policy.economy)?;
        serde_json::to_writer(&mut *out, &value).context("cannot write the result")?;
        writeln!(out).context("cannot write the result")?;
    } else {
        write_human(out, &outcome, policy.economy.as_str()).context("cannot write the result")?;
    }
    Ok(match outcome.verdict {
        Verdict::Admit | Verdict::LaneOnly => ExitCode::SUCCESS,
        Verdict::Refer => ExitCode::from(1),
    })
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;

    use abtc_credential::pki;
    use abtc_credential::testkit::{sample_claims, TestScheme};
    use abtc_credential::trust::TrustList;
    use abtc_credential::{device, SigningKey};
    use serde_json::json;
    use time::macros::datetime;
    use time::Duration;

    const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
    const NB: OffsetDateTime = datetime!(2025-01-01 0:00 UTC);
    const NA: OffsetDateTime = datetime!(2035-01-01 0:00 UTC);
    const NOW: OffsetDateTime = datetime!(2026-03-01 12:00 UTC);
    const INDEX: u64 = 321;

    struct Setup {
        dir: tempfile::TempDir,
        /// The anchor, and TWN's CSCA and document signer.
        scheme: TestScheme,
        device: SigningKey,
        credential: Vec<u8>,
    }

    fn setup() -> Setup {
        let scheme = TestScheme::new(1, &[TWN], NB, NA).unwrap();
        let device = scheme.new_key();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("trust.cose"),
            scheme
                .signed_trust_list(1, NOW - Duration::days(1))
                .unwrap(),
        )
        .unwrap();
        std::fs::write(dir.path().join("anchor.der"), scheme.anchor_der()).unwrap();
        std::fs::create_dir(dir.path().join("status")).unwrap();
        let pre_cleared = ["JPN", "KOR", "SGP"]
            .iter()
            .map(|c| EconomyCode::parse(c).unwrap())
            .collect::<Vec<_>>();
        let mut claims =
            sample_claims(TWN, &pre_cleared, Some(&device.public_sec1()), NOW).unwrap();
        claims.card.status_index = INDEX;
        let credential = verify::issue(&claims, scheme.dsc(TWN).unwrap()).unwrap();
        Setup {
            dir,
            scheme,
            device,
            credential,
        }
    }

    impl Setup {
        fn fresh_qr(&self) -> String {
            verify::present(&self.credential, NOW, &device::signer(&self.device)).unwrap()
        }

        fn args(&self, economy: &str, qr: Option<String>) -> VerifyArgs {
            VerifyArgs {
                economy: economy.into(),
                trust_list: self.dir.path().join("trust.cose"),
                anchor: self.dir.path().join("anchor.der"),
                status_dir: Some(self.dir.path().join("status")),
                json: true,
                qr_text: qr,
                image: None,
                require_proof: false,
                now: NOW,
            }
        }

        fn write_status(&self, revoked: &[usize]) {
            let mut list = StatusList::new(TWN, 100_000, NOW - Duration::hours(3));
            for i in revoked {
                list.set(*i, true).unwrap();
            }
            std::fs::write(
                self.dir.path().join("status").join("TWN.cose"),
                list.sign(self.scheme.dsc(TWN).unwrap()).unwrap(),
            )
            .unwrap();
        }
    }

    fn code(c: ExitCode) -> String {
        format!("{c:?}")
    }

    fn ok() -> String {
        code(ExitCode::SUCCESS)
    }

    fn refer() -> String {
        code(ExitCode::from(1))
    }

    /// Runs and returns (exit code, the one JSON object printed).
    fn run_json(args: &VerifyArgs) -> (String, serde_json::Value) {
        let mut out = Vec::new();
        let c = run(args, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), 1, "one line of JSON: {text}");
        (code(c), serde_json::from_str(&text).unwrap())
    }

    #[test]
    fn admit_with_json_fields() {
        let s = setup();
        s.write_status(&[1, 2, 3]);
        let (c, v) = run_json(&s.args("JPN", Some(s.fresh_qr())));
        assert_eq!(c, ok());
        assert_eq!(v["verdict"], "admit");
        assert!(v["reason"].is_null());
        assert_eq!(v["issuer"], "TWN");
        assert_eq!(v["card_number"], "TWN0000012345");
        assert_eq!(v["stay_days"], 90);
        assert_eq!(v["proof"], "fresh");
        assert_eq!(v["status_checked"], true);
        assert_eq!(v["economies"], json!(["JPN", "KOR", "SGP"]));
        assert_eq!(v["family_name"], "CHEN");
        assert_eq!(v["given_names"], "TA<WEN");
        assert_eq!(v["card_expires_on"], "2030-11-24");
        assert_eq!(v["passport_number"], "312345678");
        assert_eq!(v["verifying_economy"], "JPN");
        // lower-case economy codes are fine
        let (c, v) = run_json(&s.args("sgp", Some(s.fresh_qr())));
        assert_eq!((c, v["stay_days"].clone()), (ok(), json!(60)));
    }

    #[test]
    fn lane_only_exits_zero() {
        let s = setup();
        for economy in ["USA", "CHN"] {
            let (c, v) = run_json(&s.args(economy, Some(s.fresh_qr())));
            assert_eq!(c, ok(), "{economy}");
            assert_eq!(v["verdict"], "lane_only");
            assert!(v["stay_days"].is_null());
            assert_eq!(v["status_checked"], false);
        }
    }

    #[test]
    fn refer_exits_one() {
        let s = setup();
        // revoked
        s.write_status(&[INDEX as usize]);
        let (c, v) = run_json(&s.args("JPN", Some(s.fresh_qr())));
        assert_eq!(c, refer());
        assert_eq!(v["verdict"], "refer");
        assert_eq!(v["reason"], "revoked");
        assert_eq!(v["card_number"], "TWN0000012345");
        std::fs::remove_file(s.dir.path().join("status").join("TWN.cose")).unwrap();
        // not accepted
        let (c, v) = run_json(&s.args("RUS", Some(s.fresh_qr())));
        assert_eq!((c, v["reason"].clone()), (refer(), json!("not_accepted")));
        // stale proof
        let old = verify::present(
            &s.credential,
            NOW - Duration::minutes(5),
            &device::signer(&s.device),
        )
        .unwrap();
        let (c, v) = run_json(&s.args("JPN", Some(old)));
        assert_eq!((c, v["reason"].clone()), (refer(), json!("stale_proof")));
        // malformed text
        let (c, v) = run_json(&s.args("JPN", Some("ABTC1:nonsense".into())));
        assert_eq!((c, v["reason"].clone()), (refer(), json!("malformed")));
        assert!(v["issuer"].is_null() && v["card_number"].is_null());
        // a static credential where a proof is required
        let mut a = s.args("JPN", Some(verify::qr_text(&s.credential)));
        let (c, v) = run_json(&a);
        assert_eq!((c, v["proof"].clone()), (ok(), json!("static")));
        a.require_proof = true;
        let (c, v) = run_json(&a);
        assert_eq!((c, v["reason"].clone()), (refer(), json!("missing_proof")));
    }

    #[test]
    fn human_summary() {
        let s = setup();
        let mut a = s.args("JPN", Some(s.fresh_qr()));
        a.json = false;
        a.status_dir = None;
        let mut out = Vec::new();
        assert_eq!(code(run(&a, &mut out).unwrap()), ok());
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("VERDICT: ADMIT\n"), "{text}");
        for needle in [
            "issuer:        TWN",
            "TWN0000012345",
            "CHEN, TA WEN",
            "2030-11-24",
            "stay days:     90",
            "device proof:  fresh",
            "JPN KOR SGP",
        ] {
            assert!(text.contains(needle), "{needle} in {text}");
        }
        let mut a = s.args("USA", Some(s.fresh_qr()));
        a.json = false;
        let mut out = Vec::new();
        run(&a, &mut out).unwrap();
        assert!(String::from_utf8(out)
            .unwrap()
            .starts_with("VERDICT: LANE_ONLY\n"));
        let mut a = s.args("RUS", Some(s.fresh_qr()));
        a.json = false;
        let mut out = Vec::new();
        assert_eq!(code(run(&a, &mut out).unwrap()), refer());
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("VERDICT: REFER\n"), "{text}");
        assert!(text.contains("reason:        not_accepted"), "{text}");
    }

    /// A white 8-bit grayscale PNG, built by hand (stored deflate, CRC-32, Adler-32).
    fn white_png(w: u32, h: u32) -> Vec<u8> {
        fn crc32(bytes: &[u8]) -> u32 {
            let mut c = 0xffff_ffffu32;
            for &b in bytes {
                c ^= u32::from(b);
                for _ in 0..8 {
                    c = if c & 1 != 0 {
                        0xedb8_8320 ^ (c >> 1)
                    } else {
                        c >> 1
                    };
                }
            }
            !c
        }
        fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
            out.extend_from_slice(&(data.len() as u32).to_be_bytes());
            let mut body = kind.to_vec();
            body.extend_from_slice(data);
            out.extend_from_slice(&body);
            out.extend_from_slice(&crc32(&body).to_be_bytes());
        }
        let mut raw = Vec::new();
        for _ in 0..h {
            raw.push(0u8); // filter: none
            raw.extend(std::iter::repeat_n(255u8, w as usize));
        }
        let (mut a, mut b) = (1u32, 0u32);
        for &x in &raw {
            a = (a + u32::from(x)) % 65_521;
            b = (b + a) % 65_521;
        }
        let len = raw.len() as u16;
        let mut z = vec![0x78, 0x01, 0x01];
        z.extend_from_slice(&len.to_le_bytes());
        z.extend_from_slice(&(!len).to_le_bytes());
        z.extend_from_slice(&raw);
        z.extend_from_slice(&((b << 16) | a).to_be_bytes());
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&w.to_be_bytes());
        ihdr.extend_from_slice(&h.to_be_bytes());
        ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        chunk(&mut out, b"IHDR", &ihdr);
        chunk(&mut out, b"IDAT", &z);
        chunk(&mut out, b"IEND", &[]);
        out
    }

    #[test]
    fn qr_from_an_image() {
        let s = setup();
        let png = qr::to_png(&s.fresh_qr(), 3).unwrap();
        let path = s.dir.path().join("card.png");
        std::fs::write(&path, png).unwrap();
        let mut a = s.args("JPN", None);
        a.image = Some(path.clone());
        let (c, v) = run_json(&a);
        assert_eq!((c, v["verdict"].clone()), (ok(), json!("admit")));
        // both forms at once, an image without a QR code, a file that is not an image, nothing
        a.qr_text = Some(s.fresh_qr());
        assert!(run(&a, &mut Vec::new()).is_err());
        a.qr_text = None;
        let blank_img = white_png(40, 40);
        std::fs::write(&path, blank_img).unwrap();
        let err = run(&a, &mut Vec::new()).unwrap_err().to_string();
        assert!(err.contains("no QR code"), "{err}");
        std::fs::write(&path, b"not a png").unwrap();
        let err = run(&a, &mut Vec::new()).unwrap_err().to_string();
        assert!(err.contains("card.png"), "{err}");
        a.image = None;
        assert!(run(&a, &mut Vec::new()).is_err());
    }

    #[test]
    fn usage_errors() {
        let s = setup();
        let qr = Some(s.fresh_qr());
        // unknown or invalid economy
        for bad in ["XYZ", "JP", ""] {
            let err = run(&s.args(bad, qr.clone()), &mut Vec::new()).unwrap_err();
            assert!(err.to_string().contains("unknown economy code"), "{err}");
        }
        // unreadable files
        let mut a = s.args("JPN", qr.clone());
        a.trust_list = s.dir.path().join("missing.cose");
        let err = run(&a, &mut Vec::new()).unwrap_err().to_string();
        assert!(
            err.contains("cannot read the trust list") && err.contains("missing.cose"),
            "{err}"
        );
        let mut a = s.args("JPN", qr.clone());
        a.anchor = s.dir.path().join("missing.der");
        assert!(run(&a, &mut Vec::new())
            .unwrap_err()
            .to_string()
            .contains("anchor"));
        let mut a = s.args("JPN", qr.clone());
        a.status_dir = Some(s.dir.path().join("nope"));
        assert!(run(&a, &mut Vec::new()).is_err());
        // a trust list signed by another anchor
        let rogue = pki::new_anchor(s.scheme.new_key(), 1, NB, NA).unwrap();
        let list = TrustList {
            version: 2,
            issued_at: NOW - Duration::days(1),
            entries: vec![],
        };
        std::fs::write(s.dir.path().join("rogue.cose"), list.sign(&rogue).unwrap()).unwrap();
        let mut a = s.args("JPN", qr.clone());
        a.trust_list = s.dir.path().join("rogue.cose");
        let err = run(&a, &mut Vec::new()).unwrap_err().to_string();
        assert!(err.contains("does not verify"), "{err}");
        // the right list but the wrong pinned anchor
        std::fs::write(s.dir.path().join("rogue.der"), &rogue.cert_der).unwrap();
        let mut a = s.args("JPN", qr.clone());
        a.anchor = s.dir.path().join("rogue.der");
        assert!(run(&a, &mut Vec::new()).is_err());
        // a status list that does not verify names its file; other files are ignored
        std::fs::write(s.dir.path().join("status").join("notes.txt"), "ignored").unwrap();
        std::fs::write(
            s.dir.path().join("status").join("HKG.cose"),
            b"\xd2\x84junk",
        )
        .unwrap();
        let err = run(&s.args("JPN", qr.clone()), &mut Vec::new())
            .unwrap_err()
            .to_string();
        assert!(err.contains("HKG.cose"), "{err}");
        // a stale one too
        std::fs::remove_file(s.dir.path().join("status").join("HKG.cose")).unwrap();
        s.write_status(&[]);
        let mut a = s.args("JPN", qr);
        a.now = NOW + Duration::days(8);
        let err = run(&a, &mut Vec::new()).unwrap_err().to_string();
        assert!(err.contains("TWN.cose") && err.contains("stale"), "{err}");
    }
}
