//! The virtual card end to end through the public API: a TWN CSCA and document signers, the
//! scheme's anchor and its signed trust list, a credential issued to a holder pre-cleared for JPN,
//! KOR and SGP with a device key, presented with a fresh proof, and `verify` at borders with the
//! default APEC policies — including every way it must refer.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::OnceLock;

use abtc_credential::claims::Claims;
use abtc_credential::device::{self, ProofStatus};
use abtc_credential::pki::{self, CertifiedKey};
use abtc_credential::status::StatusList;
use abtc_credential::testkit::{entry, sample_claims, TestEntropy, TestScheme};
use abtc_credential::trust::{Trust, TrustList, TrustRole};
use abtc_credential::verify::{self, Outcome, Policy, Reason, Verdict};
use abtc_credential::{qr, SigningKey};
use abtc_domain::{Economies, EconomyCode};
use proptest::prelude::*;
use time::macros::{date, datetime};
use time::{Duration, OffsetDateTime};

const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
const HKG: EconomyCode = EconomyCode::from_static(b"HKG");
const NB: OffsetDateTime = datetime!(2025-01-01 0:00 UTC);
const NA: OffsetDateTime = datetime!(2035-01-01 0:00 UTC);
/// The border's clock.
const NOW: OffsetDateTime = datetime!(2026-03-01 12:00 UTC);
const STATUS_INDEX: u64 = 4711;

fn code(s: &str) -> EconomyCode {
    EconomyCode::parse(s).unwrap()
}

struct World {
    /// The anchor; TWN's CSCA and two signers (before and after a rotation); HKG's CSCA and signer.
    scheme: TestScheme,
    device: SigningKey,
    other_device: SigningKey,
    /// Both TWN signers, and HKG.
    trust: Trust,
    claims: Claims,
    /// Signed by `dsc_old`.
    credential: Vec<u8>,
    economies: Economies,
}

fn claims(device_key: &SigningKey) -> Claims {
    let economies = [code("JPN"), code("KOR"), code("SGP")];
    let mut c = sample_claims(TWN, &economies, Some(&device_key.public_sec1()), NOW).unwrap();
    c.card.status_index = STATUS_INDEX;
    c
}

fn build_world() -> World {
    let mut scheme = TestScheme::new(31_000, &[TWN, HKG], NB, NA).unwrap();
    scheme.rotate_dsc(TWN, NOW - Duration::days(1), NA).unwrap();
    let device = scheme.new_key();
    let other_device = scheme.new_key();
    let trust = scheme.trust(3, NOW - Duration::days(1), NOW).unwrap();
    let claims = claims(&device);
    let credential = verify::issue(&claims, &scheme.dscs(TWN).unwrap()[0]).unwrap();
    World {
        scheme,
        device,
        other_device,
        trust,
        claims,
        credential,
        economies: Economies::apec_default(),
    }
}

/// Key generation and certificate building take a while in debug builds: build once.
fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(build_world)
}

impl World {
    fn anchor(&self) -> &CertifiedKey {
        self.scheme.anchor()
    }

    fn twn_csca(&self) -> &CertifiedKey {
        self.scheme.csca(TWN).unwrap()
    }

    /// The signer before the rotation.
    fn dsc_old(&self) -> &CertifiedKey {
        &self.scheme.dscs(TWN).unwrap()[0]
    }

    /// The signer after the rotation.
    fn dsc_new(&self) -> &CertifiedKey {
        self.scheme.dsc(TWN).unwrap()
    }

    fn hkg_csca(&self) -> &CertifiedKey {
        self.scheme.csca(HKG).unwrap()
    }

    fn hkg_dsc(&self) -> &CertifiedKey {
        self.scheme.dsc(HKG).unwrap()
    }

    fn policy(&self, economy: &str) -> Policy {
        Policy::for_economy(self.economies.get(code(economy)).unwrap())
    }

    /// The QR text the wallet shows at `at`, proved by `key`.
    fn present_at(&self, at: OffsetDateTime, key: &SigningKey) -> String {
        verify::present(&self.credential, at, &device::signer(key)).unwrap()
    }

    fn fresh(&self) -> String {
        self.present_at(NOW, &self.device)
    }

    fn check(&self, qr: &str, economy: &str) -> Outcome {
        verify::verify(qr, &self.trust, &[], &self.policy(economy), NOW)
    }
}

fn assert_refer(o: &Outcome, reason: Reason) {
    assert_eq!(o.verdict, Verdict::Refer, "{o:?}");
    assert_eq!(o.reason, Some(reason), "{o:?}");
    assert_eq!(o.stay_days, None);
}

#[test]
fn admitted_where_pre_cleared_with_its_stay_days() {
    let w = world();
    let qr = w.fresh();
    assert!(qr.starts_with("ABTC1:"));
    let jpn = w.check(&qr, "JPN");
    assert_eq!(jpn.verdict, Verdict::Admit, "{jpn:?}");
    assert_eq!(jpn.reason, None);
    assert_eq!(jpn.stay_days, Some(90));
    assert_eq!(jpn.proof, Some(ProofStatus::Fresh));
    assert_eq!(jpn.issuer, Some(TWN));
    let card = jpn.card.as_ref().unwrap();
    assert_eq!(card, &w.claims.card);
    assert_eq!(card.card_number, "TWN0000012345");

    let sgp = w.check(&qr, "SGP");
    assert_eq!(sgp.verdict, Verdict::Admit, "{sgp:?}");
    assert_eq!(sgp.stay_days, Some(60));

    let kor = w.check(&qr, "KOR");
    assert_eq!((kor.verdict, kor.stay_days), (Verdict::Admit, Some(90)));
}

#[test]
fn lane_only_where_transitional_or_not_pre_cleared() {
    let w = world();
    let qr = w.fresh();
    // USA is a transitional member: fast-track lane only, whatever the card says.
    assert!(!w.policy("USA").full_member);
    let usa = w.check(&qr, "USA");
    assert_eq!(usa.verdict, Verdict::LaneOnly, "{usa:?}");
    assert_eq!((usa.reason, usa.stay_days), (None, None));
    assert_eq!(usa.proof, Some(ProofStatus::Fresh));
    // CHN is a full member that has not pre-cleared this holder.
    let chn = w.check(&qr, "CHN");
    assert_eq!(chn.verdict, Verdict::LaneOnly, "{chn:?}");
    assert_eq!(chn.stay_days, None);
    assert_eq!(chn.issuer, Some(TWN));
}

#[test]
fn refer_where_the_virtual_card_is_not_accepted() {
    let w = world();
    assert!(!w.policy("RUS").accepts_virtual_card);
    let rus = w.check(&w.fresh(), "RUS");
    assert_refer(&rus, Reason::NotAccepted);
    // The officer still sees who it is.
    assert_eq!(rus.issuer, Some(TWN));
}

#[test]
fn revoked_by_the_issuers_status_list() {
    let w = world();
    let qr = w.fresh();
    let mut list = StatusList::new(TWN, 100_000, NOW - Duration::hours(2));
    list.set(usize::try_from(STATUS_INDEX).unwrap(), true)
        .unwrap();
    // Through the signed form, as a verifier receives it.
    let signed = list.sign(w.dsc_new()).unwrap();
    let verified = StatusList::verify(&signed, &w.trust, NOW, Duration::days(7)).unwrap();
    let o = verify::verify(&qr, &w.trust, &[verified], &w.policy("JPN"), NOW);
    assert_refer(&o, Reason::Revoked);
    assert!(o.status_checked);
    assert_eq!(o.card.as_ref().unwrap().card_number, "TWN0000012345");

    // Another index revoked: admitted, and the list was checked.
    let mut other = StatusList::new(TWN, 100_000, NOW - Duration::hours(2));
    other.set(4712, true).unwrap();
    let o = verify::verify(&qr, &w.trust, &[other], &w.policy("JPN"), NOW);
    assert_eq!(o.verdict, Verdict::Admit);
    assert!(o.status_checked);

    // Another issuer's list says nothing about this card.
    let mut hkg = StatusList::new(HKG, 100_000, NOW);
    hkg.set(usize::try_from(STATUS_INDEX).unwrap(), true)
        .unwrap();
    let o = verify::verify(&qr, &w.trust, &[hkg], &w.policy("JPN"), NOW);
    assert_eq!(o.verdict, Verdict::Admit);
    assert!(!o.status_checked);

    // No list, but this verifier requires one.
    let mut strict = w.policy("JPN");
    strict.require_status = true;
    let o = verify::verify(&qr, &w.trust, &[], &strict, NOW);
    assert_refer(&o, Reason::StatusUnavailable);
}

#[test]
fn stale_proof_from_five_minutes_ago() {
    let w = world();
    let old = w.present_at(NOW - Duration::minutes(5), &w.device);
    let o = w.check(&old, "JPN");
    assert_refer(&o, Reason::StaleProof);
    assert_eq!(o.proof, Some(ProofStatus::Stale));
    // Within the window (one step back) is fine; so is one step of clock skew ahead.
    let recent = w.present_at(NOW - Duration::seconds(30), &w.device);
    assert_eq!(w.check(&recent, "JPN").verdict, Verdict::Admit);
    let ahead = w.present_at(NOW + Duration::seconds(30), &w.device);
    assert_eq!(w.check(&ahead, "JPN").verdict, Verdict::Admit);
    let far_ahead = w.present_at(NOW + Duration::minutes(5), &w.device);
    assert_refer(&w.check(&far_ahead, "JPN"), Reason::StaleProof);
}

#[test]
fn copied_credential_proved_by_another_key() {
    let w = world();
    let copy = w.present_at(NOW, &w.other_device);
    let o = w.check(&copy, "JPN");
    assert_refer(&o, Reason::StaleProof);
    assert_eq!(o.proof, Some(ProofStatus::WrongKey));
}

#[test]
fn static_credential_without_a_proof() {
    let w = world();
    let qr = verify::qr_text(&w.credential);
    let o = w.check(&qr, "JPN");
    assert_eq!(o.verdict, Verdict::Admit, "{o:?}");
    assert_eq!(o.stay_days, Some(90));
    assert_eq!(o.proof, Some(ProofStatus::Missing));
    assert_eq!(o.proof.unwrap().as_str(), "static");

    let mut strict = w.policy("JPN");
    strict.require_device_proof = true;
    let o = verify::verify(&qr, &w.trust, &[], &strict, NOW);
    assert_refer(&o, Reason::MissingProof);
    // A fresh proof satisfies the strict verifier.
    let o = verify::verify(&w.fresh(), &w.trust, &[], &strict, NOW);
    assert_eq!(o.verdict, Verdict::Admit);
}

#[test]
fn expired_cwt() {
    let w = world();
    let later = w.claims.expires_at + Duration::seconds(1);
    let qr = w.present_at(later, &w.device);
    let o = verify::verify(&qr, &w.trust, &[], &w.policy("JPN"), later);
    assert_refer(&o, Reason::Expired);
    // At the very expiry instant it is still good.
    let at = w.claims.expires_at;
    let qr = w.present_at(at, &w.device);
    let o = verify::verify(&qr, &w.trust, &[], &w.policy("JPN"), at);
    assert_eq!(o.verdict, Verdict::Admit);
}

#[test]
fn expired_card_and_future_credential() {
    let w = world();
    // The CWT is still fresh but the card itself has expired.
    let mut c = w.claims.clone();
    c.card.card_expires_on = date!(2026 - 02 - 28);
    let cred = verify::issue(&c, w.dsc_old()).unwrap();
    let qr = verify::present(&cred, NOW, &device::signer(&w.device)).unwrap();
    assert_refer(&w.check(&qr, "JPN"), Reason::Expired);
    // Issued an hour in the future (beyond the 5-minute tolerance).
    let mut c = w.claims.clone();
    c.issued_at = NOW + Duration::hours(1);
    c.expires_at = NOW + Duration::hours(25);
    let cred = verify::issue(&c, w.dsc_old()).unwrap();
    let qr = verify::present(&cred, NOW, &device::signer(&w.device)).unwrap();
    assert_refer(&w.check(&qr, "JPN"), Reason::Expired);
}

fn tamper_at(qr: &str, pos: usize) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    let mut bytes = qr.as_bytes().to_vec();
    let old = bytes[pos];
    let i = ALPHABET.iter().position(|&c| c == old).unwrap();
    bytes[pos] = ALPHABET[(i + 1) % ALPHABET.len()];
    String::from_utf8(bytes).unwrap()
}

#[test]
fn tampered_text_is_referred() {
    let w = world();
    let qr = w.fresh();
    let middle = qr.len() / 2;
    let tampered = tamper_at(&qr, middle);
    assert_ne!(tampered, qr);
    let o = w.check(&tampered, "JPN");
    assert_eq!(o.verdict, Verdict::Refer, "{o:?}");
    assert!(
        matches!(o.reason, Some(Reason::BadSignature | Reason::Malformed)),
        "{o:?}"
    );
    // Every position after the prefix, a sample: never anything but refer.
    for pos in (6..qr.len()).step_by(5) {
        let o = w.check(&tamper_at(&qr, pos), "JPN");
        assert_eq!(o.verdict, Verdict::Refer, "position {pos}: {o:?}");
    }
    // Truncated, prefixed wrongly, or empty.
    assert_refer(&w.check(&qr[..qr.len() - 3], "JPN"), Reason::Malformed);
    assert_refer(
        &w.check(&qr.replacen("ABTC1:", "HC1:", 1), "JPN"),
        Reason::Malformed,
    );
    assert_refer(&w.check("", "JPN"), Reason::Malformed);
}

#[test]
fn a_signed_payload_swapped_under_the_signature_is_a_bad_signature() {
    use abtc_credential::{cose, transport};
    use coset::TaggedCborSerializable;
    let w = world();
    // Re-encode the credential with a payload that pre-clears CHN too, keeping the signature.
    let mut sign1 = cose::decode(&w.credential).unwrap();
    let mut c = w.claims.clone();
    c.card.economies.push(code("CHN"));
    sign1.payload = Some(c.to_cbor().unwrap());
    let forged = sign1.to_tagged_vec().unwrap();
    let qr = transport::encode(verify::PREFIX, &forged);
    assert_refer(&w.check(&qr, "CHN"), Reason::BadSignature);
}

#[test]
fn unknown_issuer_when_the_trust_list_lacks_twn() {
    let w = world();
    let list = TrustList {
        version: 4,
        issued_at: NOW - Duration::days(1),
        entries: vec![
            entry(HKG, TrustRole::Csca, w.hkg_csca()),
            entry(HKG, TrustRole::Dsc, w.hkg_dsc()),
        ],
    };
    let trust = w.scheme.verify_list(&list, NOW).unwrap();
    let o = verify::verify(&w.fresh(), &trust, &[], &w.policy("JPN"), NOW);
    assert_refer(&o, Reason::UnknownIssuer);
    assert_eq!(o.issuer, None);
    assert_eq!(o.card, None);

    // A TWN DSC listed without its CSCA does not chain and is dropped: unknown too.
    let list = TrustList {
        version: 5,
        issued_at: NOW - Duration::days(1),
        entries: vec![entry(TWN, TrustRole::Dsc, w.dsc_old())],
    };
    let trust = w.scheme.verify_list(&list, NOW).unwrap();
    assert_eq!(trust.dropped(), 1);
    let o = verify::verify(&w.fresh(), &trust, &[], &w.policy("JPN"), NOW);
    assert_refer(&o, Reason::UnknownIssuer);
}

#[test]
fn credential_signed_by_another_economys_signer_is_refused() {
    let w = world();
    // HKG's signer issues a credential claiming to be from TWN.
    let cred = verify::issue(&w.claims, w.hkg_dsc()).unwrap();
    let qr = verify::present(&cred, NOW, &device::signer(&w.device)).unwrap();
    assert_refer(&w.check(&qr, "JPN"), Reason::BadSignature);
}

#[test]
fn trust_list_signed_by_another_anchor_is_refused() {
    let w = world();
    let rogue = pki::new_anchor(TestEntropy::new(77_000).key(), 1, NB, NA).unwrap();
    let list = TrustList {
        version: 9,
        issued_at: NOW - Duration::days(1),
        entries: vec![
            entry(TWN, TrustRole::Csca, w.twn_csca()),
            entry(TWN, TrustRole::Dsc, w.dsc_old()),
        ],
    };
    let signed = list.sign(&rogue).unwrap();
    assert!(Trust::verify(&signed, &w.anchor().cert_der, NOW).is_err());
    // The same list signed by the pinned anchor is fine.
    assert!(w.scheme.verify_list(&list, NOW).is_ok());
}

#[test]
fn key_rotation_old_and_new_signers_both_verify() {
    let w = world();
    assert_eq!(w.trust.dscs_of(TWN).len(), 2);
    // Signed by the old DSC (the world's credential).
    let old = w.check(&w.fresh(), "JPN");
    assert_eq!(old.verdict, Verdict::Admit, "{old:?}");
    // Signed by the new DSC.
    let cred_new = verify::issue(&w.claims, w.dsc_new()).unwrap();
    assert_ne!(
        abtc_credential::cose::kid(&abtc_credential::cose::decode(&cred_new).unwrap()),
        abtc_credential::cose::kid(&abtc_credential::cose::decode(&w.credential).unwrap())
    );
    let qr = verify::present(&cred_new, NOW, &device::signer(&w.device)).unwrap();
    let new = w.check(&qr, "JPN");
    assert_eq!(new.verdict, Verdict::Admit, "{new:?}");
    assert_eq!(new.card, old.card);

    // A verifier whose list has only the new signer no longer knows the old one...
    let list = TrustList {
        version: 10,
        issued_at: NOW - Duration::days(1),
        entries: vec![
            entry(TWN, TrustRole::Csca, w.twn_csca()),
            entry(TWN, TrustRole::Dsc, w.dsc_new()),
        ],
    };
    let only_new = w.scheme.verify_list(&list, NOW).unwrap();
    let o = verify::verify(&w.fresh(), &only_new, &[], &w.policy("JPN"), NOW);
    assert_refer(&o, Reason::UnknownIssuer);
    // ...and a credential dated before the new signer's certificate was valid is refused.
    let mut early = w.claims.clone();
    early.issued_at = NOW - Duration::days(2);
    let cred = verify::issue(&early, w.dsc_new()).unwrap();
    let qr = verify::present(&cred, NOW, &device::signer(&w.device)).unwrap();
    assert_refer(&w.check(&qr, "JPN"), Reason::BadSignature);
}

#[test]
fn a_real_credential_round_trips_through_a_qr_image() {
    let w = world();
    let qr = w.fresh();
    let png = qr::to_png(&qr, 3).unwrap();
    let texts = qr::decode_png(&png).unwrap();
    assert_eq!(texts, vec![qr.clone()]);
    assert_eq!(w.check(&texts[0], "JPN").verdict, Verdict::Admit);
    // The static credential too, and its SVG renders.
    let static_qr = verify::qr_text(&w.credential);
    let png = qr::to_png(&static_qr, 2).unwrap();
    assert_eq!(qr::decode_png(&png).unwrap(), vec![static_qr.clone()]);
    assert!(qr::to_svg(&static_qr).unwrap().starts_with("<?xml"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_always_gets_a_verdict(text in ".{0,300}") {
        let w = world();
        let o = w.check(&text, "JPN");
        prop_assert_eq!(o.verdict, Verdict::Refer);
        prop_assert!(o.reason.is_some());
    }

    #[test]
    fn arbitrary_prefixed_base45_always_gets_a_verdict(body in "[0-9A-Z $%*+\\-./:]{0,400}") {
        let w = world();
        let o = w.check(&format!("ABTC1:{body}"), "JPN");
        prop_assert_eq!(o.verdict, Verdict::Refer);
    }

    #[test]
    fn mutated_presentations_always_get_a_verdict(
        edits in proptest::collection::vec((any::<usize>(), any::<char>()), 1..4),
        economy in prop::sample::select(vec!["JPN", "USA", "CHN", "RUS", "SGP"]),
    ) {
        let w = world();
        let mut chars: Vec<char> = w.fresh().chars().collect();
        for (at, c) in edits {
            let len = chars.len();
            chars[at % len] = c;
        }
        let text: String = chars.into_iter().collect();
        let o = w.check(&text, economy);
        // Whatever came out, it is one of the three verdicts, and a refer says why.
        prop_assert!(o.verdict != Verdict::Refer || o.reason.is_some());
    }
}
