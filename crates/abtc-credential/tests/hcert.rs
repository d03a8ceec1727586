//! Conformance with the public HCERT (EU Digital COVID Certificate) test vectors: our transport and
//! COSE code must reach each vector's verdict on every layer the virtual card shares with HCERT.
//!
//! Vectors: `../shared/testdata/hcert/*/2DCode/raw/*.json` (read in place, never copied). Each
//! layer is checked on its own, like the upstream harness does: its input is the vector's own field
//! for that layer when present (so a deliberately broken layer does not hide the next one), else
//! the output of our previous layer. The expected-result keys and what we assert:
//!
//! - `EXPECTEDUNPREFIX`: `strip_prefix(PREFIX, "HC1:")` succeeds and equals `BASE45` (when given).
//! - `EXPECTEDB45DECODE`: Base45 decoding succeeds and equals `COMPRESSED` (when given).
//! - `EXPECTEDCOMPRESSION`: strict zlib inflation succeeds and equals `COSE` (when given). A payload
//!   that is not zlib at all must fail here (vector `common/Z2`, "Not compressed").
//! - `EXPECTEDDECODE`: the COSE_Sign1 decodes (tag 18, untagged, or inside a CWT tag 61), its
//!   payload is a CBOR map (CWT claims) whose container claim -260, when present, holds a map under
//!   key 1, and it equals `CBOR` (when given and parseable; maps and arrays compared regardless of
//!   order, `CBOR` may be the whole claims map or just the certificate in -260/1, as upstream
//!   allows). `common/CBO1` (expected invalid) has a byte string in -260/1 and garbage in `CBOR`.
//! - `EXPECTEDVERIFY`: the message's `kid` (protected, else unprotected) equals the certificate's
//!   kid and the signature verifies with `TESTCTX.CERTIFICATE`.
//! - `EXPECTEDEXPIRATIONCHECK`: with `now` = `TESTCTX.VALIDATIONCLOCK` (no offset means UTC), all of
//!   cert notBefore <= `iat` (claim 6) <= now <= `exp` (claim 4) <= cert notAfter.
//!
//! A `false` verdict must be a failure of that layer: our code must return an error (or, where the
//! layer's input is missing because an earlier layer already failed, the decoder has rejected the
//! text anyway). Keys for layers the virtual card does not share (EU JSON schema, JSON, key usage,
//! picture decoding, encoding) are ignored.
//!
//! Known issues (`known_issues.csv`, the upstream harness's list): a row names an upstream test
//! function, a country folder and a file stem (empty = every file of that country). Rows for
//! `test_verification_check` and `test_expiration_check` skip our verify and expiration layer of the
//! matching vectors; rows for upstream tests whose layer we do not check (schema, JSON, key usage)
//! skip nothing.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use abtc_credential::{base45, cose, transport, CredentialError};
use base64::Engine as _;
use ciborium::Value as Cbor;
use serde_json::Value as Json;

const HC1: &str = "HC1:";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    Unprefix,
    Base45,
    Compression,
    Decode,
    Verify,
    Expiration,
}

impl Layer {
    const ALL: [Layer; 6] = [
        Layer::Unprefix,
        Layer::Base45,
        Layer::Compression,
        Layer::Decode,
        Layer::Verify,
        Layer::Expiration,
    ];

    fn key(self) -> &'static str {
        match self {
            Layer::Unprefix => "EXPECTEDUNPREFIX",
            Layer::Base45 => "EXPECTEDB45DECODE",
            Layer::Compression => "EXPECTEDCOMPRESSION",
            Layer::Decode => "EXPECTEDDECODE",
            Layer::Verify => "EXPECTEDVERIFY",
            Layer::Expiration => "EXPECTEDEXPIRATIONCHECK",
        }
    }

    /// The upstream harness test that checks the same layer (for matching known issues).
    fn upstream_test(self) -> &'static str {
        match self {
            Layer::Unprefix => "test_un_prefix",
            Layer::Base45 => "test_b45decode",
            Layer::Compression => "test_compression",
            Layer::Decode => "test_cose_cbor",
            Layer::Verify => "test_verification_check",
            Layer::Expiration => "test_expiration_check",
        }
    }
}

struct KnownIssue {
    test_name: String,
    country: String,
    test_set: String,
    reason: String,
}

fn vectors_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/testdata/hcert")
}

fn known_issues(root: &Path) -> Vec<KnownIssue> {
    let path = root.join("known_issues.csv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut lines = text.lines();
    assert_eq!(
        lines.next().map(str::trim),
        Some("test_name,country,test_set,reason"),
        "unexpected header in {}",
        path.display()
    );
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.splitn(4, ',').map(str::trim).collect();
            assert_eq!(f.len(), 4, "bad known-issue row: {l}");
            KnownIssue {
                test_name: f[0].to_owned(),
                country: f[1].to_owned(),
                test_set: f[2].to_owned(),
                reason: f[3].to_owned(),
            }
        })
        .collect()
}

/// Every `*/2DCode/raw/*.json`, sorted, as (country folder, file stem, path).
fn vector_files(root: &Path) -> Vec<(String, String, PathBuf)> {
    let mut out = Vec::new();
    for country in std::fs::read_dir(root).unwrap() {
        let country = country.unwrap().path();
        let raw = country.join("2DCode").join("raw");
        if !raw.is_dir() {
            continue;
        }
        let name = country.file_name().unwrap().to_string_lossy().into_owned();
        for file in std::fs::read_dir(&raw).unwrap() {
            let file = file.unwrap().path();
            if file.extension().and_then(|e| e.to_str()) == Some("json") {
                let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
                out.push((name.clone(), stem, file));
            }
        }
    }
    out.sort();
    out
}

fn hex_field(v: &Json, key: &str) -> Option<Vec<u8>> {
    v.get(key)
        .and_then(Json::as_str)
        .map(|s| hex::decode(s.trim()).unwrap_or_else(|e| panic!("{key} is not hex: {e}")))
}

/// RFC 3339-ish timestamps as they appear in the vectors: optional fraction (up to 9 digits) and
/// an offset as `Z`, `+HH:MM`, `+HHMM`, or none (then UTC, as upstream assumes). In Unix nanos.
fn parse_clock(s: &str) -> i128 {
    let s = s.trim();
    assert!(s.len() >= 19, "clock too short: {s}");
    let (date_time, mut rest) = s.split_at(19);
    let num = |r: std::ops::Range<usize>| -> i64 {
        date_time[r]
            .parse()
            .unwrap_or_else(|_| panic!("bad clock: {s}"))
    };
    assert_eq!(&date_time[4..5], "-", "bad clock: {s}");
    assert!(matches!(&date_time[10..11], "T" | " "), "bad clock: {s}");
    let month = time::Month::try_from(u8::try_from(num(5..7)).unwrap()).unwrap();
    let date = time::Date::from_calendar_date(
        i32::try_from(num(0..4)).unwrap(),
        month,
        u8::try_from(num(8..10)).unwrap(),
    )
    .unwrap_or_else(|e| panic!("bad clock {s}: {e}"));
    let t = time::Time::from_hms(
        u8::try_from(num(11..13)).unwrap(),
        u8::try_from(num(14..16)).unwrap(),
        u8::try_from(num(17..19)).unwrap(),
    )
    .unwrap();
    let mut nanos: i128 = 0;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits: String = frac.chars().take_while(char::is_ascii_digit).collect();
        rest = &frac[digits.len()..];
        let mut padded = digits.clone();
        padded.truncate(9);
        while padded.len() < 9 {
            padded.push('0');
        }
        nanos = padded.parse().unwrap();
    }
    let offset_seconds: i128 = match rest {
        "" | "Z" | "z" => 0,
        _ => {
            let sign = match &rest[..1] {
                "+" => 1,
                "-" => -1,
                _ => panic!("bad clock offset: {s}"),
            };
            let hm = rest[1..].replace(':', "");
            assert_eq!(hm.len(), 4, "bad clock offset: {s}");
            let h: i128 = hm[..2].parse().unwrap();
            let m: i128 = hm[2..].parse().unwrap();
            sign * (h * 3600 + m * 60)
        }
    };
    let local = time::PrimitiveDateTime::new(date, t)
        .assume_utc()
        .unix_timestamp_nanos();
    local + nanos - offset_seconds * 1_000_000_000
}

fn claim(claims: &[(Cbor, Cbor)], label: i64) -> Option<&Cbor> {
    claims
        .iter()
        .find(|(k, _)| k.as_integer().and_then(|i| i64::try_from(i).ok()) == Some(label))
        .map(|(_, v)| v)
}

/// NumericDate (integer or float seconds) in Unix nanos.
fn numeric_date(v: &Cbor) -> Option<i128> {
    match v {
        Cbor::Integer(i) => Some(i128::from(*i) * 1_000_000_000),
        Cbor::Float(f) if f.is_finite() => Some((f * 1e9) as i128),
        Cbor::Tag(1, inner) => numeric_date(inner),
        _ => None,
    }
}

fn encoded(v: &Cbor) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::ser::into_writer(v, &mut out).unwrap();
    out
}

/// Order-insensitive form: map entries and array items sorted by their encoding (as upstream's
/// `_ordered` does for dicts and lists).
fn normalized(v: &Cbor) -> Cbor {
    match v {
        Cbor::Map(m) => {
            let mut m: Vec<(Cbor, Cbor)> = m
                .iter()
                .map(|(k, v)| (normalized(k), normalized(v)))
                .collect();
            m.sort_by_key(|(k, _)| encoded(k));
            Cbor::Map(m)
        }
        Cbor::Array(a) => {
            let mut a: Vec<Cbor> = a.iter().map(normalized).collect();
            a.sort_by_key(encoded);
            Cbor::Array(a)
        }
        Cbor::Tag(t, inner) => Cbor::Tag(*t, Box::new(normalized(inner))),
        other => other.clone(),
    }
}

/// The health certificate inside the claims: claim -260, key 1.
fn hcert_of(claims: &Cbor) -> Option<&Cbor> {
    let m = claims.as_map()?;
    let inner = claim(m, -260)?.as_map()?;
    claim(inner, 1)
}

/// What happened on one layer of one vector.
enum Outcome {
    /// Our result matched the expectation (with our reason when the vector expects a failure).
    Pass(Option<String>),
    /// Our result did not match; the message says how.
    Fail(String),
    /// The layer's input is missing because an earlier layer of ours failed (and no field gives
    /// it): a `false` expectation is then met by the earlier rejection.
    NoInput,
}

struct Vector {
    json: Json,
    cert: Vec<u8>,
}

impl Vector {
    fn str_field(&self, key: &str) -> Option<&str> {
        self.json.get(key).and_then(Json::as_str)
    }
}

/// Runs every layer, each from the vector's own input when present, else from our previous output.
struct Run {
    unprefixed: Option<Result<String, CredentialError>>,
    b45: Option<Result<Vec<u8>, CredentialError>>,
    inflated: Option<Result<Vec<u8>, CredentialError>>,
}

fn input_or<T: Clone>(field: Option<T>, ours: &Option<Result<T, CredentialError>>) -> Option<T> {
    field.or_else(|| ours.as_ref().and_then(|r| r.as_ref().ok().cloned()))
}

fn check(expected: bool, ok: Result<(), String>) -> Outcome {
    match (expected, ok) {
        (true, Ok(())) => Outcome::Pass(None),
        (true, Err(why)) => Outcome::Fail(format!("expected success, got: {why}")),
        (false, Err(why)) => Outcome::Pass(Some(why)),
        (false, Ok(())) => Outcome::Fail("expected failure, but the layer succeeded".into()),
    }
}

fn run_vector(v: &Vector, layer: Layer, expected: bool, run: &Run) -> Outcome {
    let cose_field = hex_field(&v.json, "COSE");
    let cose_input = || input_or(cose_field.clone(), &run.inflated);
    match layer {
        Layer::Unprefix => {
            let ours = run.unprefixed.clone().unwrap();
            let r = match (ours, v.str_field("BASE45")) {
                (Err(e), _) => Err(e.to_string()),
                (Ok(s), Some(b45)) if s != b45 => Err("stripped text differs from BASE45".into()),
                (Ok(_), _) => Ok(()),
            };
            check(expected, r)
        }
        Layer::Base45 => {
            let Some(text) = v
                .str_field("BASE45")
                .map(str::to_owned)
                .or_else(|| run.unprefixed.clone().and_then(Result::ok))
            else {
                return Outcome::NoInput;
            };
            let r = match (base45::decode(&text), hex_field(&v.json, "COMPRESSED")) {
                (Err(e), _) => Err(e.to_string()),
                (Ok(b), Some(z)) if b != z => Err("decoded bytes differ from COMPRESSED".into()),
                (Ok(_), _) => Ok(()),
            };
            check(expected, r)
        }
        Layer::Compression => {
            let Some(z) = input_or(hex_field(&v.json, "COMPRESSED"), &run.b45) else {
                return Outcome::NoInput;
            };
            let r = match (
                transport::inflate(&z, transport::MAX_INFLATED),
                cose_field.clone(),
            ) {
                (Err(e), _) => Err(e.to_string()),
                (Ok(b), Some(c)) if b != c => Err("inflated bytes differ from COSE".into()),
                (Ok(_), _) => Ok(()),
            };
            check(expected, r)
        }
        Layer::Decode => {
            let Some(bytes) = cose_input() else {
                return Outcome::NoInput;
            };
            let structure = (|| {
                let sign1 = cose::decode(&bytes).map_err(|e| e.to_string())?;
                let payload = sign1.payload.unwrap_or_default();
                let claims: Cbor = ciborium::de::from_reader(payload.as_slice())
                    .map_err(|e| format!("payload is not CBOR: {e}"))?;
                let map = claims.as_map().ok_or("payload is not a CBOR map")?;
                // The HCERT container (-260) must hold the certificate as a map under key 1, as our
                // card claim must be a map.
                if let Some(container) = claim(map, -260) {
                    let inner = container.as_map().ok_or("claim -260 is not a map")?;
                    let hcert = claim(inner, 1).ok_or("claim -260 has no key 1")?;
                    if !hcert.is_map() {
                        return Err("the certificate in claim -260/1 is not a map".to_owned());
                    }
                }
                Ok(claims)
            })();
            // Compare with the vector's CBOR when it parses (CBO1, expected invalid, holds garbage
            // there; the verdict then rests on the structure alone).
            let r = structure.and_then(|claims| {
                let Some(cbor) = hex_field(&v.json, "CBOR") else {
                    return Ok(());
                };
                let parsed: Result<Cbor, _> = ciborium::de::from_reader(cbor.as_slice());
                let Ok(wanted) = parsed else {
                    return if expected {
                        Err("the vector's CBOR does not parse".to_owned())
                    } else {
                        Ok(())
                    };
                };
                let wanted_is_claims = wanted.as_map().is_some_and(|m| claim(m, -260).is_some());
                let ours = if wanted_is_claims {
                    Some(&claims)
                } else {
                    hcert_of(&claims)
                };
                if ours.map(normalized) == Some(normalized(&wanted)) {
                    Ok(())
                } else {
                    Err("payload differs from CBOR".to_owned())
                }
            });
            check(expected, r)
        }
        Layer::Verify => {
            let Some(bytes) = cose_input() else {
                return Outcome::NoInput;
            };
            let r = (|| {
                let sign1 = cose::decode(&bytes).map_err(|e| e.to_string())?;
                let cert_kid = cose::kid_for_certificate(&v.cert);
                if cose::kid(&sign1).as_deref() != Some(&cert_kid[..]) {
                    return Err(format!(
                        "kid {:?} is not the certificate's {}",
                        cose::kid(&sign1).map(hex::encode),
                        hex::encode(cert_kid)
                    ));
                }
                cose::verify_with_certificate(&sign1, &v.cert).map_err(|e| e.to_string())
            })();
            check(expected, r)
        }
        Layer::Expiration => {
            let Some(bytes) = cose_input() else {
                return Outcome::NoInput;
            };
            let clock = v.json["TESTCTX"]["VALIDATIONCLOCK"]
                .as_str()
                .expect("VALIDATIONCLOCK");
            let now = parse_clock(clock);
            let r = (|| {
                let sign1 = cose::decode(&bytes).map_err(|e| e.to_string())?;
                let claims: Cbor =
                    ciborium::de::from_reader(sign1.payload.unwrap_or_default().as_slice())
                        .map_err(|e| format!("payload is not CBOR: {e}"))?;
                let claims = claims.as_map().ok_or("payload is not a map")?;
                let exp = claim(claims, 4).and_then(numeric_date).ok_or("no exp")?;
                let iat = claim(claims, 6).and_then(numeric_date).ok_or("no iat")?;
                let cert = <x509_cert::Certificate as der::Decode>::from_der(&v.cert)
                    .map_err(|e| e.to_string())?;
                let validity = &cert.tbs_certificate.validity;
                let nanos = |t: &x509_cert::time::Time| {
                    i128::try_from(t.to_unix_duration().as_nanos()).unwrap()
                };
                let (not_before, not_after) =
                    (nanos(&validity.not_before), nanos(&validity.not_after));
                if iat < not_before {
                    return Err("issued before the certificate's notBefore".into());
                }
                if iat > now {
                    return Err("issued after the validation clock".into());
                }
                if now > exp {
                    return Err("expired at the validation clock".into());
                }
                if exp > not_after {
                    return Err("expires after the certificate's notAfter".into());
                }
                Ok(())
            })();
            check(expected, r)
        }
    }
}

#[derive(Default)]
struct Tally {
    expected_true: usize,
    expected_false: usize,
    no_input: usize,
    skipped: usize,
}

#[test]
fn hcert_vectors_reach_the_expected_verdicts() {
    let root = vectors_root();
    assert!(
        root.join("known_issues.csv").is_file(),
        "HCERT test vectors not found at {} (expected the shared folder beside the repository: \
         /work/shared/testdata/hcert next to /work/main). CI provides it; locally, check out the \
         shared test data there.",
        root.display()
    );
    let issues = known_issues(&root);
    let files = vector_files(&root);
    assert!(
        files.len() > 400,
        "only {} vectors found under {}",
        files.len(),
        root.display()
    );

    let mut tallies: BTreeMap<Layer, Tally> =
        Layer::ALL.iter().map(|l| (*l, Tally::default())).collect();
    let mut failures = Vec::new();
    let mut skips = Vec::new();
    let mut skipped_but_passing = Vec::new();
    let mut raw_passthrough = Vec::new();
    let mut misspelt = Vec::new();
    let mut rejections = Vec::new();
    let mut vectors_with_assertions = 0usize;

    for (country, stem, path) in &files {
        let rel = format!("{country}/2DCode/raw/{stem}.json");
        let text = std::fs::read_to_string(path).unwrap();
        let json: Json =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{rel}: not JSON: {e}"));
        let cert_b64 = json["TESTCTX"]["CERTIFICATE"].as_str().unwrap_or_default();
        let cert = base64::engine::general_purpose::STANDARD
            .decode(cert_b64.trim())
            .unwrap_or_else(|e| panic!("{rel}: CERTIFICATE is not base64: {e}"));
        let v = Vector { json, cert };
        let expected = &v.json["EXPECTEDRESULTS"];

        let prefix = v
            .str_field("PREFIX")
            .unwrap_or_else(|| panic!("{rel}: no PREFIX"));
        let unprefixed = Some(transport::strip_prefix(prefix, HC1).map(str::to_owned));
        let b45_text = v
            .str_field("BASE45")
            .map(str::to_owned)
            .or_else(|| unprefixed.clone().and_then(Result::ok));
        let b45 = b45_text.map(|t| base45::decode(&t));
        let z = input_or(hex_field(&v.json, "COMPRESSED"), &b45);
        let inflated = z
            .as_ref()
            .map(|z| transport::inflate(z, transport::MAX_INFLATED));
        let run = Run {
            unprefixed,
            b45,
            inflated,
        };

        let mut any = false;
        for layer in Layer::ALL {
            let Some(want) = expected.get(layer.key()) else {
                continue;
            };
            let want = want
                .as_bool()
                .unwrap_or_else(|| panic!("{rel}: {} is not a boolean", layer.key()));
            any = true;
            let outcome = run_vector(&v, layer, want, &run);
            let issue = issues.iter().find(|i| {
                i.test_name == layer.upstream_test()
                    && i.country == *country
                    && (i.test_set.is_empty() || i.test_set == *stem)
            });
            let tally = tallies.get_mut(&layer).unwrap();
            if let Some(issue) = issue {
                tally.skipped += 1;
                let ours = match &outcome {
                    Outcome::Pass(_) => {
                        skipped_but_passing.push(format!("{rel} [{}]", layer.key()));
                        "ours: as expected".to_owned()
                    }
                    Outcome::Fail(why) => format!("ours: {why}"),
                    Outcome::NoInput => "ours: no input".to_owned(),
                };
                skips.push(format!(
                    "{rel} [{}] known issue {} ({ours})",
                    layer.key(),
                    issue.reason
                ));
                continue;
            }
            match outcome {
                Outcome::Pass(None) => tally.expected_true += 1,
                Outcome::Pass(Some(why)) => {
                    tally.expected_false += 1;
                    rejections.push(format!("{rel} [{}]: {why}", layer.key()));
                }
                Outcome::NoInput if !want => tally.no_input += 1,
                Outcome::NoInput => failures.push(format!(
                    "{rel} [{}]: expected success, but an earlier layer failed and the vector gives no input",
                    layer.key()
                )),
                Outcome::Fail(why) => failures.push(format!("{rel} [{}]: {why}", layer.key())),
            }
        }
        if any {
            vectors_with_assertions += 1;
        }

        // The lenient reader accepts an uncompressed COSE that the strict layer rejects.
        if expected.get("EXPECTEDCOMPRESSION").and_then(Json::as_bool) == Some(false) {
            if let Some(z) = hex_field(&v.json, "COMPRESSED") {
                if z.first() != Some(&0x78) {
                    let raw = transport::inflate_or_raw(&z, transport::MAX_INFLATED);
                    assert_eq!(raw.as_ref().ok(), Some(&z), "{rel}: not passed through");
                    let verdict = match cose::decode(&z) {
                        Ok(_) => "a valid COSE_Sign1",
                        Err(_) => "then rejected by COSE decoding",
                    };
                    raw_passthrough.push(format!("{rel} ({verdict})"));
                }
            }
        }

        // A misspelt key no harness reads: reported with what our expiration layer says, not asserted.
        if expected.get("EXPTECTEDEXPIRED").is_some() {
            let verdict = match run_vector(&v, Layer::Expiration, true, &run) {
                Outcome::Pass(_) => "valid at the clock".to_owned(),
                Outcome::Fail(why) => why.replace("expected success, got: ", ""),
                Outcome::NoInput => "no input".to_owned(),
            };
            misspelt.push(format!("{rel} ({verdict})"));
        }
    }

    let mut report = String::new();
    writeln!(
        report,
        "HCERT conformance: {} vector files, {} with assertions on our layers",
        files.len(),
        vectors_with_assertions
    )
    .unwrap();
    for (layer, t) in &tallies {
        writeln!(
            report,
            "  {:<24} {:>4} asserted ({:>3} expected valid, {:>2} expected invalid, {:>2} of them rejected at an earlier layer), {:>2} skipped",
            layer.key(),
            t.expected_true + t.expected_false + t.no_input,
            t.expected_true,
            t.expected_false + t.no_input,
            t.no_input,
            t.skipped
        )
        .unwrap();
    }
    let total: usize = tallies
        .values()
        .map(|t| t.expected_true + t.expected_false + t.no_input)
        .sum();
    writeln!(report, "  total assertions passed: {total}").unwrap();
    writeln!(report, "  expected-invalid verdicts and our reasons:").unwrap();
    for r in &rejections {
        writeln!(report, "    {r}").unwrap();
    }
    writeln!(report, "  skipped (known_issues.csv), {}:", skips.len()).unwrap();
    for s in &skips {
        writeln!(report, "    {s}").unwrap();
    }
    if !skipped_but_passing.is_empty() {
        writeln!(
            report,
            "  of which our code passes anyway: {}",
            skipped_but_passing.join(", ")
        )
        .unwrap();
    }
    let not_ours: Vec<String> = issues
        .iter()
        .filter(|i| !Layer::ALL.iter().any(|l| l.upstream_test() == i.test_name))
        .map(|i| format!("{}:{}:{}", i.test_name, i.country, i.test_set))
        .collect();
    writeln!(
        report,
        "  known issues on layers we do not check (nothing skipped): {}",
        not_ours.join(", ")
    )
    .unwrap();
    writeln!(
        report,
        "  non-zlib payloads passed through by inflate_or_raw (strict inflate rejects them): {}",
        raw_passthrough.join(", ")
    )
    .unwrap();
    writeln!(
        report,
        "  'EXPTECTEDEXPIRED' (misspelt, not asserted): {}",
        misspelt.join(", ")
    )
    .unwrap();
    println!("{report}");

    assert!(
        failures.is_empty(),
        "{} HCERT vector mismatches:\n  {}\n{report}",
        failures.len(),
        failures.join("\n  ")
    );
}
