//! The e-gate end to end: a TWN test scheme, a card issued to CHEN TA WEN (pre-cleared for JPN and
//! KOR) and the passport zone it was issued against, decided at several economies' gates.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::OnceLock;
use std::time::Duration as StdDuration;

use abtc_border::gate::{GateStatsSnapshot, LATENCY_BOUNDS_US};
use abtc_border::mrz::check_digit::check_digit;
use abtc_border::{
    FaceError, FaceImage, FaceMatch, FaceMatcher, FaceResult, Gate, GateDecision, GateInput,
    GateOutcome, GateReason, GateStats, MrzField,
};
use abtc_credential::claims::Claims;
use abtc_credential::device;
use abtc_credential::status::StatusList;
use abtc_credential::testkit::{sample_claims, TestScheme};
use abtc_credential::trust::Trust;
use abtc_credential::verify::{self, Policy, Verdict};
use abtc_credential::SigningKey;
use abtc_domain::{Economies, EconomyCode};
use proptest::prelude::*;
use time::macros::{date, datetime};
use time::{Date, Duration, OffsetDateTime};

const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
const JPN: EconomyCode = EconomyCode::from_static(b"JPN");
const KOR: EconomyCode = EconomyCode::from_static(b"KOR");
const CHN: EconomyCode = EconomyCode::from_static(b"CHN");
const HKG: EconomyCode = EconomyCode::from_static(b"HKG");
const USA: EconomyCode = EconomyCode::from_static(b"USA");
const RUS: EconomyCode = EconomyCode::from_static(b"RUS");
const NB: OffsetDateTime = datetime!(2025-01-01 0:00 UTC);
const NA: OffsetDateTime = datetime!(2035-01-01 0:00 UTC);
const NOW: OffsetDateTime = datetime!(2026-03-01 12:00 UTC);

/// The fields of a TD3 zone, before check digits.
#[derive(Clone)]
struct Td3 {
    issuing_state: &'static str,
    family: &'static str,
    given: &'static str,
    number: &'static str,
    nationality: &'static str,
    birth: &'static str,
    sex: char,
    expiry: &'static str,
    personal: &'static str,
}

fn pad(text: &str, len: usize) -> String {
    format!("{text:<<len$}")
}

impl Td3 {
    /// CHEN TA WEN's passport, as on the sample card.
    fn holder() -> Self {
        Self {
            issuing_state: "TWN",
            family: "CHEN",
            given: "TA<WEN",
            number: "312345678",
            nationality: "TWN",
            birth: "800517",
            sex: 'M',
            expiry: "340101",
            personal: "",
        }
    }

    /// Both lines with every check digit computed.
    fn lines(&self) -> [String; 2] {
        let name = if self.given.is_empty() {
            self.family.to_owned()
        } else {
            format!("{}<<{}", self.family, self.given)
        };
        let upper = format!("P<{}{}", pad(self.issuing_state, 3), pad(&name, 39));
        let number = pad(self.number, 9);
        let personal = pad(self.personal, 14);
        let cd = |s: &str| check_digit(s).unwrap();
        let mut lower = format!(
            "{number}{}{}{}{}{}{}{}{personal}{}",
            cd(&number),
            pad(self.nationality, 3),
            self.birth,
            cd(self.birth),
            self.sex,
            self.expiry,
            cd(self.expiry),
            cd(&personal),
        );
        let composite = cd(&format!(
            "{}{}{}",
            &lower[0..10],
            &lower[13..20],
            &lower[21..43]
        ));
        lower.push(composite);
        assert_eq!((upper.len(), lower.len()), (44, 44));
        [upper, lower]
    }

    fn text(&self) -> String {
        self.lines().join("\n")
    }
}

struct World {
    scheme: TestScheme,
    device: SigningKey,
    trust: Trust,
    claims: Claims,
    credential: Vec<u8>,
    /// With a fresh device proof at `NOW`.
    qr: String,
    economies: Economies,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let scheme = TestScheme::new(60_002, &[TWN], NB, NA).unwrap();
        let device = scheme.new_key();
        let trust = scheme.trust(1, NOW - Duration::days(1), NOW).unwrap();
        let claims = sample_claims(TWN, &[JPN, KOR], Some(&device.public_sec1()), NOW).unwrap();
        let credential = verify::issue(&claims, scheme.dsc(TWN).unwrap()).unwrap();
        let qr = verify::present(&credential, NOW, &device::signer(&device)).unwrap();
        World {
            scheme,
            device,
            trust,
            claims,
            credential,
            qr,
            economies: Economies::apec_default(),
        }
    })
}

fn status(revoked: &[usize]) -> Vec<StatusList> {
    let mut list = StatusList::new(TWN, 10_000, NOW - Duration::hours(2));
    for &i in revoked {
        list.set(i, true).unwrap();
    }
    vec![list]
}

fn gate_at(economy: EconomyCode) -> Gate {
    let w = world();
    Gate::for_economy(
        w.economies.get(economy).unwrap(),
        w.trust.clone(),
        status(&[1, 4710, 4712]),
    )
}

fn decide(gate: &Gate, mrz: &str, qr: &str) -> GateDecision {
    gate.decide(&GateInput::new(mrz, qr), NOW)
}

fn codes(d: &GateDecision) -> Vec<&'static str> {
    d.reason_codes()
}

/// A face matcher double that always answers the same.
struct FixedFace(Result<FaceMatch, FaceError>);

impl FaceMatcher for FixedFace {
    fn compare(&self, live: &[u8], reference: &[u8]) -> Result<FaceMatch, FaceError> {
        assert_eq!((live, reference), (&b"live"[..], &b"chip"[..]));
        self.0
    }
}

fn with_face(answer: Result<FaceMatch, FaceError>) -> Gate {
    gate_at(JPN).with_face_matcher(Box::new(FixedFace(answer)))
}

fn decide_with_faces(gate: &Gate) -> GateDecision {
    let mrz = Td3::holder().text();
    let input = GateInput::new(&mrz, &world().qr).with_faces(b"live", b"chip");
    gate.decide(&input, NOW)
}

#[test]
fn the_card_holder_with_the_matching_passport_is_admitted_for_the_stay() {
    let d = decide(&gate_at(JPN), &Td3::holder().text(), &world().qr);
    assert_eq!(d.outcome, GateOutcome::Open, "{d:?}");
    assert!(d.is_open() && d.reasons.is_empty());
    assert_eq!(d.stay_days, Some(90));
    assert_eq!(d.card_verdict, Verdict::Admit);
    assert!(d.status_checked);
    assert_eq!(d.proof, Some("fresh"));
    assert_eq!(d.face, FaceResult::NotChecked);
    assert_eq!(d.economy, JPN);

    // KOR pre-cleared too, for its own stay.
    let d = decide(&gate_at(KOR), &Td3::holder().text(), &world().qr);
    assert_eq!((d.outcome, d.stay_days), (GateOutcome::Open, Some(90)));
}

#[test]
fn scanner_noise_in_the_zone_is_tolerated() {
    let [upper, lower] = Td3::holder().lines();
    let mrz = format!("\r\n  {}\r\n{}  \n", upper.to_lowercase(), lower);
    assert!(decide(&gate_at(JPN), &mrz, &world().qr).is_open());
}

#[test]
fn another_persons_passport_is_referred_with_every_mismatch() {
    let other = Td3 {
        family: "WANG",
        given: "XIAO<MING",
        number: "398765432",
        birth: "910203",
        ..Td3::holder()
    };
    let d = decide(&gate_at(JPN), &other.text(), &world().qr);
    assert_eq!(d.outcome, GateOutcome::ReferToOfficer);
    assert_eq!(
        codes(&d),
        ["passport_mismatch", "birth_date_mismatch", "name_mismatch"]
    );
    assert_eq!(d.stay_days, None);
    // The card itself is fine here.
    assert_eq!(d.card_verdict, Verdict::Admit);

    // Only the number differs (a new passport the card was not issued against).
    let renewed = Td3 {
        number: "300000001",
        ..Td3::holder()
    };
    assert_eq!(
        codes(&decide(&gate_at(JPN), &renewed.text(), &world().qr)),
        ["passport_mismatch"]
    );
    let other_nationality = Td3 {
        nationality: "HKG",
        ..Td3::holder()
    };
    assert_eq!(
        codes(&decide(
            &gate_at(JPN),
            &other_nationality.text(),
            &world().qr
        )),
        ["nationality_mismatch"]
    );
}

/// A card issued by `home` to the sample holder, its gate at JPN, and the card's QR.
fn card_from(home: EconomyCode, seed: u64) -> (Gate, String) {
    let scheme = TestScheme::new(seed, &[home], NB, NA).unwrap();
    let trust = scheme.trust(1, NOW - Duration::days(1), NOW).unwrap();
    let claims = sample_claims(home, &[JPN], None, NOW).unwrap();
    let credential = verify::issue(&claims, scheme.dsc(home).unwrap()).unwrap();
    let qr = verify::qr_text(&credential);
    let gate = Gate::for_economy(
        world().economies.get(JPN).unwrap(),
        trust,
        vec![StatusList::new(home, 10_000, NOW - Duration::hours(2))],
    );
    (gate, qr)
}

#[test]
fn a_hong_kong_sar_passport_says_chn_and_matches_a_card_of_hkg() {
    // Hong Kong, China's passports carry CHN as issuing state and nationality.
    let hksar = Td3 {
        issuing_state: "CHN",
        nationality: "CHN",
        ..Td3::holder()
    };
    let (gate, qr) = card_from(HKG, 60_003);
    let d = decide(&gate, &hksar.text(), &qr);
    assert!(d.is_open(), "{d:?}");
    // A zone saying HKG matches that card too.
    let d = decide(
        &gate,
        &Td3 {
            nationality: "HKG",
            ..hksar.clone()
        }
        .text(),
        &qr,
    );
    assert!(d.is_open(), "{d:?}");
    // Not the other way round: a card of CHN is not matched by a zone saying HKG.
    let (gate, qr) = card_from(CHN, 60_004);
    assert!(decide(&gate, &hksar.text(), &qr).is_open());
    let d = decide(
        &gate,
        &Td3 {
            nationality: "HKG",
            ..hksar
        }
        .text(),
        &qr,
    );
    assert_eq!(codes(&d), ["nationality_mismatch"]);
}

#[test]
fn an_expired_passport_is_referred() {
    let expired = Td3 {
        expiry: "260228",
        ..Td3::holder()
    };
    let d = decide(&gate_at(JPN), &expired.text(), &world().qr);
    assert_eq!(codes(&d), ["passport_expired"]);
    // Valid through its last day.
    let last_day = Td3 {
        expiry: "260301",
        ..Td3::holder()
    };
    assert!(decide(&gate_at(JPN), &last_day.text(), &world().qr).is_open());
}

#[test]
fn a_revoked_card_is_referred() {
    let w = world();
    let gate = Gate::for_economy(
        w.economies.get(JPN).unwrap(),
        w.trust.clone(),
        status(&[4711]),
    );
    let d = decide(&gate, &Td3::holder().text(), &w.qr);
    assert_eq!(d.card_verdict, Verdict::Refer);
    assert_eq!(codes(&d), ["card_revoked"]);
    assert!(d.status_checked);
}

#[test]
fn an_economy_that_did_not_pre_clear_gives_the_lane_only() {
    for economy in [CHN, USA] {
        let d = decide(&gate_at(economy), &Td3::holder().text(), &world().qr);
        assert_eq!(d.outcome, GateOutcome::ReferToOfficer, "{economy}");
        assert_eq!(d.card_verdict, Verdict::LaneOnly);
        assert_eq!(codes(&d), ["lane_only"]);
        assert_eq!(d.stay_days, None);
    }
    // An economy that does not take the virtual card at all.
    let d = decide(&gate_at(RUS), &Td3::holder().text(), &world().qr);
    assert_eq!(codes(&d), ["card_not_accepted"]);
}

#[test]
fn a_damaged_zone_names_the_field() {
    let [upper, lower] = Td3::holder().lines();
    // The expiry's last digit misread: 340101 -> 340107.
    let mut damaged = lower.clone();
    damaged.replace_range(26..27, "7");
    let d = decide(&gate_at(JPN), &format!("{upper}\n{damaged}"), &world().qr);
    assert_eq!(
        d.reasons,
        [GateReason::MrzInvalid {
            error: "mrz_check_digit",
            field: Some(MrzField::DateOfExpiry),
        }]
    );
    assert_eq!(d.card_verdict, Verdict::Admit);
    let json = serde_json::to_value(d.reasons[0]).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"code": "mrz_invalid", "error": "mrz_check_digit", "field": "date_of_expiry"})
    );

    // A zone with one line: no field, and the card is still checked.
    let d = decide(&gate_at(CHN), &upper, &world().qr);
    assert_eq!(codes(&d), ["mrz_invalid", "lane_only"]);
    assert_eq!(
        d.reasons[0],
        GateReason::MrzInvalid {
            error: "mrz_line_count",
            field: None
        }
    );
}

#[test]
fn broken_cards_are_referred_with_the_credentials_reason() {
    let w = world();
    let mrz = Td3::holder().text();
    let gate = gate_at(JPN);

    let d = decide(&gate, &mrz, "not a card");
    assert_eq!(codes(&d), ["card_malformed"]);
    assert_eq!(d.proof, None);

    // A card from an issuer the gate's trust list does not hold.
    let other = TestScheme::new(60_003, &[TWN], NB, NA).unwrap();
    let foreign = verify::qr_text(&verify::issue(&w.claims, other.dsc(TWN).unwrap()).unwrap());
    assert_eq!(
        codes(&decide(&gate, &mrz, &foreign)),
        ["card_unknown_issuer"]
    );

    // A screenshot: the proof is from five minutes ago.
    let stale = verify::present(
        &w.credential,
        NOW - Duration::minutes(5),
        &device::signer(&w.device),
    )
    .unwrap();
    let d = decide(&gate, &mrz, &stale);
    assert_eq!(codes(&d), ["device_proof_invalid"]);
    assert_eq!(d.proof, Some("stale"));

    // A static credential where the policy asks for a device proof.
    let mut policy = Policy::for_economy(w.economies.get(JPN).unwrap());
    policy.require_device_proof = true;
    let strict = Gate::new(policy.clone(), w.trust.clone(), status(&[]));
    let plain = verify::qr_text(&w.credential);
    assert_eq!(
        codes(&decide(&strict, &mrz, &plain)),
        ["device_proof_missing"]
    );
    assert!(decide(&strict, &mrz, &w.qr).is_open());

    // No status list where the policy requires one.
    policy.require_device_proof = false;
    policy.require_status = true;
    let no_lists = Gate::new(policy, w.trust.clone(), Vec::new());
    assert_eq!(
        codes(&decide(&no_lists, &mrz, &w.qr)),
        ["card_status_unavailable"]
    );
}

/// A card issued at `now` with its own expiry on `card_expires_on`.
fn card_expiring(card_expires_on: Date, now: OffsetDateTime) -> String {
    let w = world();
    let mut claims = sample_claims(TWN, &[JPN], Some(&w.device.public_sec1()), now).unwrap();
    claims.card.card_expires_on = card_expires_on;
    let credential = verify::issue(&claims, w.scheme.dsc(TWN).unwrap()).unwrap();
    verify::present(&credential, now, &device::signer(&w.device)).unwrap()
}

#[test]
fn an_expired_card_is_said_once_and_told_apart_from_a_stale_credential() {
    let mrz = Td3::holder().text();
    let expired = card_expiring(date!(2026 - 02 - 28), NOW);
    let d = decide(&gate_at(JPN), &mrz, &expired);
    assert_eq!(d.card_verdict, Verdict::Refer);
    assert_eq!(codes(&d), ["card_expired"]);

    // The card is good, but the wallet has not refreshed its day-long credential.
    let yesterday = NOW - Duration::days(2);
    let old = card_expiring(date!(2030 - 11 - 24), yesterday);
    assert_eq!(
        codes(&decide(&gate_at(JPN), &mrz, &old)),
        ["credential_expired"]
    );
}

#[test]
fn every_failure_is_reported_in_the_fixed_order() {
    let w = world();
    let gate = Gate::for_economy(w.economies.get(USA).unwrap(), w.trust.clone(), status(&[]))
        .with_face_matcher(Box::new(FixedFace(Ok(FaceMatch::against(0.9, 0.6)))));
    let other = Td3 {
        family: "WANG",
        given: "",
        number: "398765432",
        nationality: "CHN",
        birth: "910203",
        expiry: "200101",
        ..Td3::holder()
    };
    let mrz = other.text();
    let d = gate.decide(
        &GateInput::new(&mrz, &w.qr).with_faces(b"live", b"chip"),
        NOW,
    );
    assert_eq!(
        codes(&d),
        [
            "lane_only",
            "passport_mismatch",
            "nationality_mismatch",
            "birth_date_mismatch",
            "name_mismatch",
            "passport_expired",
            "face_mismatch"
        ]
    );
    assert_eq!(d.face, FaceResult::NotMatched { distance: 0.9 });
}

#[test]
fn the_face_step() {
    let matched = decide_with_faces(&with_face(Ok(FaceMatch::against(0.31, 0.6))));
    assert!(matched.is_open());
    assert_eq!(matched.face, FaceResult::Matched { distance: 0.31 });

    let d = decide_with_faces(&with_face(Ok(FaceMatch::against(0.75, 0.6))));
    assert_eq!(codes(&d), ["face_mismatch"]);
    assert_eq!(d.face, FaceResult::NotMatched { distance: 0.75 });
    assert!(!FaceMatch::against(f32::NAN, 0.6).is_match);

    let no_face = FaceError::NoFace {
        image: FaceImage::Live,
    };
    let d = decide_with_faces(&with_face(Err(no_face)));
    assert_eq!(codes(&d), ["face_not_found"]);
    assert_eq!(
        d.reasons,
        [GateReason::FaceNotFound {
            image: FaceImage::Live
        }]
    );
    assert_eq!(d.face, FaceResult::Error { error: no_face });
    assert_eq!(
        serde_json::to_value(d.face).unwrap(),
        serde_json::json!({"status": "error", "error": "no_face", "image": "live"})
    );

    for (error, code) in [
        (
            FaceError::SeveralFaces {
                image: FaceImage::Live,
            },
            "several_faces",
        ),
        (
            FaceError::Unreadable {
                image: FaceImage::Reference,
            },
            "face_image_unreadable",
        ),
        (FaceError::MatcherFailed, "face_check_failed"),
    ] {
        assert_eq!(codes(&decide_with_faces(&with_face(Err(error)))), [code]);
    }

    // Images but no matcher: recorded as not checked, and no reason to refer.
    let d = decide_with_faces(&gate_at(JPN));
    assert!(d.is_open());
    assert_eq!(d.face, FaceResult::NotChecked);
    // A matcher but only one image: not checked either.
    let mrz = Td3::holder().text();
    let mut input = GateInput::new(&mrz, &world().qr);
    input.live_face = Some(b"live");
    let gate = with_face(Ok(FaceMatch::against(0.9, 0.6)));
    assert_eq!(gate.decide(&input, NOW).face, FaceResult::NotChecked);
}

#[test]
fn the_decision_serializes_without_personal_data() {
    let other = Td3 {
        family: "WANG",
        number: "398765432",
        birth: "910203",
        expiry: "200101",
        ..Td3::holder()
    };
    let gate = with_face(Ok(FaceMatch::against(0.75, 0.6)));
    let mrz = other.text();
    let d = gate.decide(
        &GateInput::new(&mrz, &world().qr).with_faces(b"live", b"chip"),
        NOW,
    );
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(json["outcome"], "refer_to_officer");
    assert_eq!(json["card_verdict"], "admit");
    assert_eq!(json["economy"], "JPN");
    assert_eq!(
        json["reasons"][0],
        serde_json::json!({"code": "passport_mismatch"})
    );
    assert_eq!(json["face"]["status"], "not_matched");
    let text = json.to_string();
    let text_display: Vec<String> = d.reasons.iter().map(ToString::to_string).collect();
    for personal in [
        "CHEN",
        "WANG",
        "TA",
        "312345678",
        "398765432",
        "1980",
        "800517",
        "910203",
        "200101",
        "陳大文",
        "0000012345",
    ] {
        assert!(!text.contains(personal), "{personal} in {text}");
        for line in &text_display {
            assert!(!line.contains(personal), "{personal} in {line}");
        }
    }
    // Every code is listed, once.
    let mut all = GateReason::CODES.to_vec();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), GateReason::CODES.len());
}

#[test]
fn statistics_count_codes_and_latency_and_merge() {
    let w = world();
    let holder = Td3::holder().text();
    let other = Td3 {
        number: "398765432",
        ..Td3::holder()
    };
    let other = other.text();
    let jpn = gate_at(JPN);
    let chn = gate_at(CHN);

    let mut a = GateStats::new();
    a.record(
        &decide(&jpn, &holder, &w.qr),
        StdDuration::from_micros(1_500),
    );
    a.record(&decide(&jpn, &other, &w.qr), StdDuration::from_millis(30));
    let mut b = GateStats::new();
    b.record(&decide(&chn, &other, &w.qr), StdDuration::from_secs(10));

    assert_eq!((a.decisions, a.opened, a.referred), (2, 1, 1));
    assert_eq!(a.reasons.get("passport_mismatch"), Some(&1));
    assert_eq!(a.latency.min_us, Some(1_500));
    assert_eq!(a.latency.max_us, 30_000);
    assert_eq!(a.latency.buckets[1], 1);
    assert_eq!(a.latency.buckets[5], 1);

    a.merge(&b);
    assert_eq!((a.decisions, a.opened, a.referred), (3, 1, 2));
    assert_eq!(a.reasons.get("passport_mismatch"), Some(&2));
    assert_eq!(a.reasons.get("lane_only"), Some(&1));
    assert_eq!(a.face.get("not_checked"), Some(&3));
    assert_eq!(a.latency.count, 3);
    assert_eq!(a.latency.min_us, Some(1_500));
    assert_eq!(a.latency.max_us, 10_000_000);
    assert_eq!(a.latency.buckets[LATENCY_BOUNDS_US.len()], 1);
    assert_eq!(a.latency.buckets.iter().sum::<u64>(), 3);

    let snapshot: GateStatsSnapshot = a.snapshot();
    assert_eq!(
        snapshot.mean_latency_us,
        Some((1_500 + 30_000 + 10_000_000) / 3)
    );
    let json = serde_json::to_value(&snapshot).unwrap();
    assert_eq!(json["decisions"], 3);
    assert_eq!(json["reasons"]["passport_mismatch"], 2);
    assert_eq!(GateStats::new().snapshot().mean_latency_us, None);

    // Merging into empty stats gives the same stats.
    let mut empty = GateStats::new();
    empty.merge(&a);
    assert_eq!(empty, a);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_scans_never_panic(mrz in "\\PC{0,120}", qr in "\\PC{0,200}") {
        let gate = gate_at(JPN);
        let d = gate.decide(&GateInput::new(&mrz, &qr), NOW);
        prop_assert_eq!(d.outcome, GateOutcome::ReferToOfficer);
        prop_assert!(!d.reasons.is_empty());
    }

    #[test]
    fn zone_shaped_noise_never_panics(
        lines in proptest::collection::vec("[A-Z0-9<]{28,46}", 1..4),
        prefix in proptest::option::of(Just("ABTC1:")),
        body in "[0-9A-Z $%*+./:-]{0,120}",
    ) {
        let gate = gate_at(JPN);
        let qr = format!("{}{}", prefix.unwrap_or_default(), body);
        let d = gate.decide(&GateInput::new(&lines.join("\n"), &qr), NOW);
        prop_assert!(!d.is_open());
        // The real card with a zone of noise: still a decision.
        let d = gate.decide(&GateInput::new(&lines.join("\n"), &world().qr), NOW);
        prop_assert_eq!(d.is_open(), d.reasons.is_empty());
    }
}
