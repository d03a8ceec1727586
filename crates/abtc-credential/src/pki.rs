//! The scheme's X.509 hierarchy. Each economy has a root, its CSCA (a self-signed CA certificate),
//! which certifies that economy's document signers (DSCs: end-entity certificates with the
//! digitalSignature key usage) that sign the virtual cards and the economy's status lists. The
//! scheme has its own self-signed trust anchor, which signs the trust list (see [`crate::trust`]).
//!
//! Names are consistent across the scheme:
//! - CSCA: `CN=ABTC CSCA <code>, O=<code>`
//! - DSC: `CN=ABTC DSC <code> <serial>, O=<code>`
//! - trust anchor: `CN=ABTC Trust Anchor, O=ABTC`
//!
//! The organization attribute (`O`) carries the three-letter economy code; the anchor's `ABTC` is
//! not an economy code, so the anchor has no economy. Everything we generate is P-256 with
//! ecdsa-with-SHA256; verification also accepts P-384 keys and ecdsa-with-SHA384.
//!
//! Validity periods are parameters (no clock here); the builder encodes times before 2050 as
//! UTCTime, as RFC 5280 asks.

use std::str::FromStr;
use std::time::Duration as StdDuration;

use abtc_domain::EconomyCode;
use der::asn1::{GeneralizedTime, ObjectIdentifier, PrintableStringRef, Utf8StringRef};
use der::{Decode, Encode, Header, Reader, SliceReader, Tag, Tagged};
use p256::ecdsa::DerSignature;
use sha2::{Digest, Sha256, Sha384};
use signature::hazmat::PrehashVerifier;
use spki::{EncodePublicKey, SubjectPublicKeyInfoOwned};
use time::OffsetDateTime;
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::ext::pkix::{BasicConstraints, KeyUsage};
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::time::{Time, Validity};
use x509_cert::Certificate;

use crate::error::{CredResult, CredentialError};
use crate::keys::SigningKey;

const OID_ORGANIZATION: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.10");
const OID_BASIC_CONSTRAINTS: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.19");
const OID_KEY_USAGE: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.15");
/// Extensions we understand well enough to accept when marked critical (their restrictions are
/// either checked here or only narrow what a certificate may do): subject/authority key
/// identifier, subject/issuer alternative name, extended key usage, private key usage period,
/// CRL distribution points.
const RECOGNIZED_EXTENSIONS: [ObjectIdentifier; 7] = [
    ObjectIdentifier::new_unwrap("2.5.29.14"),
    ObjectIdentifier::new_unwrap("2.5.29.35"),
    ObjectIdentifier::new_unwrap("2.5.29.17"),
    ObjectIdentifier::new_unwrap("2.5.29.18"),
    ObjectIdentifier::new_unwrap("2.5.29.37"),
    ObjectIdentifier::new_unwrap("2.5.29.16"),
    ObjectIdentifier::new_unwrap("2.5.29.31"),
];
const OID_EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
const OID_SECP256R1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
const OID_SECP384R1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.132.0.34");
const OID_ECDSA_SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.2");
const OID_ECDSA_SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.3");

/// A signing key together with the certificate (DER) that certifies its public key.
#[derive(Debug)]
pub struct CertifiedKey {
    pub key: SigningKey,
    pub cert_der: Vec<u8>,
}

impl CertifiedKey {
    /// The certificate's kid: the first 8 bytes of SHA-256 of its DER.
    pub fn kid(&self) -> [u8; 8] {
        crate::cose::kid_for_certificate(&self.cert_der)
    }
}

/// The facts about a certificate that the scheme relies on, read from its DER.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedCertificate {
    pub der: Vec<u8>,
    /// The economy code carried in the subject's organization attribute (`None` for the anchor or
    /// a foreign certificate).
    pub economy: Option<EconomyCode>,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
    /// basicConstraints with cA = TRUE.
    pub is_ca: bool,
    /// The subject's SubjectPublicKeyInfo, DER.
    pub spki_der: Vec<u8>,
    /// First 8 bytes of SHA-256 of `der`.
    pub kid: [u8; 8],
}

/// A new self-signed CSCA (the economy's root CA): `CN=ABTC CSCA <code>, O=<code>`.
pub fn new_csca(
    economy: EconomyCode,
    key: SigningKey,
    serial: u64,
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
) -> CredResult<CertifiedKey> {
    let subject = name(&format!("CN=ABTC CSCA {economy},O={economy}"))?;
    let cert_der = build(
        Profile::Root,
        &key,
        &key,
        subject,
        serial,
        not_before,
        not_after,
    )?;
    Ok(CertifiedKey { key, cert_der })
}

/// A new document signer certified by `csca`, which must be the CSCA of the same economy:
/// `CN=ABTC DSC <code> <serial>, O=<code>`, end-entity, digitalSignature.
pub fn new_dsc(
    economy: EconomyCode,
    key: SigningKey,
    csca: &CertifiedKey,
    serial: u64,
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
) -> CredResult<CertifiedKey> {
    let issuer_cert = decode(&csca.cert_der)?;
    let issuer_parsed = parse_certificate(&csca.cert_der)?;
    if !issuer_parsed.is_ca {
        return Err(CredentialError::Certificate("the issuer is not a CA"));
    }
    if issuer_parsed.economy != Some(economy) {
        return Err(CredentialError::Certificate(
            "the CSCA belongs to another economy",
        ));
    }
    if spki_of(&csca.key)? != issuer_parsed.spki_der {
        return Err(CredentialError::Certificate(
            "the CSCA key does not match its certificate",
        ));
    }
    let subject = name(&format!("CN=ABTC DSC {economy} {serial},O={economy}"))?;
    let profile = Profile::Leaf {
        issuer: issuer_cert.tbs_certificate.subject,
        enable_key_agreement: false,
        enable_key_encipherment: false,
    };
    let cert_der = build(
        profile, &key, &csca.key, subject, serial, not_before, not_after,
    )?;
    Ok(CertifiedKey { key, cert_der })
}

/// A new self-signed scheme trust anchor: `CN=ABTC Trust Anchor, O=ABTC`.
pub fn new_anchor(
    key: SigningKey,
    serial: u64,
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
) -> CredResult<CertifiedKey> {
    let subject = name("CN=ABTC Trust Anchor,O=ABTC")?;
    let cert_der = build(
        Profile::Root,
        &key,
        &key,
        subject,
        serial,
        not_before,
        not_after,
    )?;
    Ok(CertifiedKey { key, cert_der })
}

fn name(s: &str) -> CredResult<Name> {
    Name::from_str(s).map_err(|_| CredentialError::Certificate("cannot encode the name"))
}

fn spki_of(key: &SigningKey) -> CredResult<Vec<u8>> {
    key.verifying_key()
        .to_public_key_der()
        .map(|d| d.as_bytes().to_vec())
        .map_err(|_| CredentialError::Key("cannot encode the public key"))
}

fn x509_time(t: OffsetDateTime) -> CredResult<Time> {
    let secs = u64::try_from(t.unix_timestamp())
        .map_err(|_| CredentialError::Certificate("validity before 1970"))?;
    GeneralizedTime::from_unix_duration(StdDuration::from_secs(secs))
        .map(Time::GeneralTime)
        .map_err(|_| CredentialError::Certificate("validity out of range"))
}

fn build(
    profile: Profile,
    subject_key: &SigningKey,
    issuer_key: &SigningKey,
    subject: Name,
    serial: u64,
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
) -> CredResult<Vec<u8>> {
    if not_after <= not_before {
        return Err(CredentialError::Certificate(
            "validity ends before it starts",
        ));
    }
    let validity = Validity {
        not_before: x509_time(not_before)?,
        not_after: x509_time(not_after)?,
    };
    let spki = SubjectPublicKeyInfoOwned::from_key(*subject_key.verifying_key())
        .map_err(|_| CredentialError::Key("cannot encode the public key"))?;
    let builder = CertificateBuilder::new(
        profile,
        SerialNumber::from(serial),
        validity,
        subject,
        spki,
        issuer_key.p256(),
    )
    .map_err(|_| CredentialError::Certificate("cannot build the certificate"))?;
    let cert = builder
        .build::<DerSignature>()
        .map_err(|_| CredentialError::Certificate("cannot sign the certificate"))?;
    cert.to_der()
        .map_err(|_| CredentialError::Certificate("cannot encode the certificate"))
}

fn decode(der: &[u8]) -> CredResult<Certificate> {
    Certificate::from_der(der)
        .map_err(|_| CredentialError::Certificate("not a DER X.509 certificate"))
}

fn to_offset(t: Time) -> CredResult<OffsetDateTime> {
    let secs = i64::try_from(t.to_unix_duration().as_secs())
        .map_err(|_| CredentialError::Certificate("validity out of range"))?;
    OffsetDateTime::from_unix_timestamp(secs)
        .map_err(|_| CredentialError::Certificate("validity out of range"))
}

fn economy_of(name: &Name) -> Option<EconomyCode> {
    let mut found = None;
    for rdn in name.0.iter() {
        for atv in rdn.0.iter() {
            if atv.oid != OID_ORGANIZATION {
                continue;
            }
            let text = match atv.value.tag() {
                Tag::Utf8String => Utf8StringRef::try_from(&atv.value).ok().map(|s| s.as_str()),
                Tag::PrintableString => PrintableStringRef::try_from(&atv.value)
                    .ok()
                    .map(|s| s.as_str()),
                _ => None,
            };
            let code = text.and_then(|t| {
                if t.len() == 3 {
                    EconomyCode::parse(t).ok()
                } else {
                    None
                }
            });
            match (found, code) {
                // Two different economy codes in one name: trust neither.
                (Some(a), Some(b)) if a != b => return None,
                (None, Some(b)) => found = Some(b),
                _ => {}
            }
        }
    }
    found
}

struct Extensions {
    is_ca: bool,
    key_usage: Option<KeyUsage>,
}

fn extensions(cert: &Certificate) -> CredResult<Extensions> {
    let mut out = Extensions {
        is_ca: false,
        key_usage: None,
    };
    let mut seen_bc = false;
    for ext in cert.tbs_certificate.extensions.iter().flatten() {
        if ext.extn_id == OID_BASIC_CONSTRAINTS {
            if seen_bc {
                return Err(CredentialError::Certificate("duplicate basicConstraints"));
            }
            seen_bc = true;
            let bc = BasicConstraints::from_der(ext.extn_value.as_bytes())
                .map_err(|_| CredentialError::Certificate("bad basicConstraints"))?;
            out.is_ca = bc.ca;
        } else if ext.extn_id == OID_KEY_USAGE {
            if out.key_usage.is_some() {
                return Err(CredentialError::Certificate("duplicate keyUsage"));
            }
            let ku = KeyUsage::from_der(ext.extn_value.as_bytes())
                .map_err(|_| CredentialError::Certificate("bad keyUsage"))?;
            out.key_usage = Some(ku);
        } else if ext.critical && !RECOGNIZED_EXTENSIONS.contains(&ext.extn_id) {
            return Err(CredentialError::Certificate("unknown critical extension"));
        }
    }
    Ok(out)
}

/// Reads the facts the scheme needs from a certificate. Never panics, whatever the bytes.
/// Trailing bytes are refused; the kid is over exactly the bytes given, and signatures are
/// checked over the TBSCertificate bytes as they appear (see [`check_issued_by`]).
pub fn parse_certificate(der: &[u8]) -> CredResult<ParsedCertificate> {
    let cert = decode(der)?;
    let tbs = &cert.tbs_certificate;
    if tbs.signature != cert.signature_algorithm {
        return Err(CredentialError::Certificate(
            "inner and outer signature algorithms differ",
        ));
    }
    let ext = extensions(&cert)?;
    let spki_der = tbs
        .subject_public_key_info
        .to_der()
        .map_err(|_| CredentialError::Certificate("bad subject public key"))?;
    Ok(ParsedCertificate {
        der: der.to_vec(),
        economy: economy_of(&tbs.subject),
        not_before: to_offset(tbs.validity.not_before)?,
        not_after: to_offset(tbs.validity.not_after)?,
        is_ca: ext.is_ca,
        spki_der,
        kid: crate::cose::kid_for_certificate(der),
    })
}

/// Whether the certificate may sign documents (end-entity, digitalSignature if key usage is given).
pub fn is_document_signer(cert: &ParsedCertificate) -> bool {
    if cert.is_ca {
        return false;
    }
    match decode(&cert.der).and_then(|c| extensions(&c)) {
        Ok(ext) => ext.key_usage.is_none_or(|ku| ku.digital_signature()),
        Err(_) => false,
    }
}

/// The DER bytes of the TBSCertificate exactly as they appear in the certificate.
fn raw_tbs(der: &[u8]) -> CredResult<&[u8]> {
    let bad = |_| CredentialError::Certificate("not a DER X.509 certificate");
    let mut reader = SliceReader::new(der).map_err(bad)?;
    let outer = Header::decode(&mut reader).map_err(bad)?;
    outer.tag.assert_eq(Tag::Sequence).map_err(bad)?;
    reader.tlv_bytes().map_err(bad)
}

/// Verifies an X.509 ECDSA signature (DER `Ecdsa-Sig-Value`) by the key in `spki_der` over `msg`.
/// Keys: P-256 or P-384; digests: SHA-256 (`ecdsa-with-SHA256`) or SHA-384 (`ecdsa-with-SHA384`).
pub(crate) fn verify_x509_ecdsa(
    spki_der: &[u8],
    alg: ObjectIdentifier,
    msg: &[u8],
    sig_der: &[u8],
) -> CredResult<()> {
    let spki = spki::SubjectPublicKeyInfoRef::from_der(spki_der)
        .map_err(|_| CredentialError::Key("bad SubjectPublicKeyInfo"))?;
    if spki.algorithm.oid != OID_EC_PUBLIC_KEY {
        return Err(CredentialError::UnsupportedAlgorithm);
    }
    let curve = spki
        .algorithm
        .parameters
        .and_then(|p| p.decode_as::<ObjectIdentifier>().ok())
        .ok_or(CredentialError::UnsupportedAlgorithm)?;
    let point = spki
        .subject_public_key
        .as_bytes()
        .ok_or(CredentialError::Key("bad public key bits"))?;
    let prehash: Vec<u8> = if alg == OID_ECDSA_SHA256 {
        Sha256::digest(msg).to_vec()
    } else if alg == OID_ECDSA_SHA384 {
        Sha384::digest(msg).to_vec()
    } else {
        return Err(CredentialError::UnsupportedAlgorithm);
    };
    if curve == OID_SECP256R1 {
        let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(point)
            .map_err(|_| CredentialError::Key("not a P-256 public key"))?;
        let sig =
            p256::ecdsa::Signature::from_der(sig_der).map_err(|_| CredentialError::BadSignature)?;
        key.verify_prehash(&prehash, &sig)
            .map_err(|_| CredentialError::BadSignature)
    } else if curve == OID_SECP384R1 {
        let key = p384::ecdsa::VerifyingKey::from_sec1_bytes(point)
            .map_err(|_| CredentialError::Key("not a P-384 public key"))?;
        let sig =
            p384::ecdsa::Signature::from_der(sig_der).map_err(|_| CredentialError::BadSignature)?;
        key.verify_prehash(&prehash, &sig)
            .map_err(|_| CredentialError::BadSignature)
    } else {
        Err(CredentialError::UnsupportedAlgorithm)
    }
}

/// Checks that `issuer` issued `child`: the issuer is a CA (with keyCertSign if it states key
/// usage), the child's issuer name equals the issuer's subject name, and the child's signature
/// verifies under the issuer's key.
pub fn check_issued_by(child: &ParsedCertificate, issuer: &ParsedCertificate) -> CredResult<()> {
    let child_cert = decode(&child.der)?;
    let issuer_cert = decode(&issuer.der)?;
    if !issuer.is_ca {
        return Err(CredentialError::Certificate("the issuer is not a CA"));
    }
    if let Some(ku) = extensions(&issuer_cert)?.key_usage {
        if !ku.key_cert_sign() {
            return Err(CredentialError::Certificate(
                "the issuer may not sign certificates",
            ));
        }
    }
    let issuer_name = child_cert
        .tbs_certificate
        .issuer
        .to_der()
        .map_err(|_| CredentialError::Certificate("bad issuer name"))?;
    let subject_name = issuer_cert
        .tbs_certificate
        .subject
        .to_der()
        .map_err(|_| CredentialError::Certificate("bad subject name"))?;
    if issuer_name != subject_name {
        return Err(CredentialError::Certificate("issuer name does not match"));
    }
    let sig = child_cert
        .signature
        .as_bytes()
        .ok_or(CredentialError::Certificate("bad signature bits"))?;
    let tbs = raw_tbs(&child.der)?;
    verify_x509_ecdsa(
        &issuer.spki_der,
        child_cert.signature_algorithm.oid,
        tbs,
        sig,
    )
    .map_err(|e| match e {
        CredentialError::BadSignature => {
            CredentialError::Certificate("the signature does not verify")
        }
        other => other,
    })
}

/// Checks `not_before <= now <= not_after`.
pub fn check_valid_at(cert: &ParsedCertificate, now: OffsetDateTime) -> CredResult<()> {
    if now < cert.not_before {
        return Err(CredentialError::Certificate("not yet valid"));
    }
    if now > cert.not_after {
        return Err(CredentialError::Certificate("expired"));
    }
    Ok(())
}

/// The raw P-256 SEC1 public key of a certificate, for ES256 (COSE) verification.
pub fn p256_public_sec1(cert: &ParsedCertificate) -> CredResult<Vec<u8>> {
    let spki = spki::SubjectPublicKeyInfoRef::from_der(&cert.spki_der)
        .map_err(|_| CredentialError::Key("bad SubjectPublicKeyInfo"))?;
    let curve = spki
        .algorithm
        .parameters
        .and_then(|p| p.decode_as::<ObjectIdentifier>().ok());
    if spki.algorithm.oid != OID_EC_PUBLIC_KEY || curve != Some(OID_SECP256R1) {
        return Err(CredentialError::UnsupportedAlgorithm);
    }
    spki.subject_public_key
        .as_bytes()
        .map(<[u8]>::to_vec)
        .ok_or(CredentialError::Key("bad public key bits"))
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
    use crate::testkit::TestEntropy;
    use time::macros::datetime;

    fn ent() -> TestEntropy {
        TestEntropy::new(1)
    }

    const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
    const HKG: EconomyCode = EconomyCode::from_static(b"HKG");

    fn years() -> (OffsetDateTime, OffsetDateTime) {
        (
            datetime!(2025-01-01 0:00 UTC),
            datetime!(2035-01-01 0:00 UTC),
        )
    }

    #[test]
    fn csca_dsc_chain_and_fields() {
        let e = ent();
        let (nb, na) = years();
        let csca = new_csca(TWN, SigningKey::generate(&e), 1, nb, na).unwrap();
        let dsc = new_dsc(
            TWN,
            SigningKey::generate(&e),
            &csca,
            2,
            nb,
            datetime!(2027-01-01 0:00 UTC),
        )
        .unwrap();
        let pc = parse_certificate(&csca.cert_der).unwrap();
        let pd = parse_certificate(&dsc.cert_der).unwrap();
        assert!(pc.is_ca);
        assert!(!pd.is_ca);
        assert!(is_document_signer(&pd));
        assert!(!is_document_signer(&pc));
        assert_eq!(pc.economy, Some(TWN));
        assert_eq!(pd.economy, Some(TWN));
        assert_eq!(pc.not_before, nb);
        assert_eq!(pc.not_after, na);
        assert_eq!(pd.not_after, datetime!(2027-01-01 0:00 UTC));
        assert_eq!(pd.kid, dsc.kid());
        assert_eq!(&pd.kid[..], &Sha256::digest(&dsc.cert_der)[..8]);
        assert_eq!(p256_public_sec1(&pd).unwrap(), dsc.key.public_sec1());
        check_issued_by(&pd, &pc).unwrap();
        check_issued_by(&pc, &pc).unwrap(); // self-signed
                                            // a leaf cannot issue
        assert!(check_issued_by(&pc, &pd).is_err());
        check_valid_at(&pd, datetime!(2026-06-01 0:00 UTC)).unwrap();
        assert!(check_valid_at(&pd, datetime!(2028-01-01 0:00 UTC)).is_err());
        assert!(check_valid_at(&pd, datetime!(2024-01-01 0:00 UTC)).is_err());
        // the name matches the documented convention
        let cert = decode(&dsc.cert_der).unwrap();
        assert_eq!(
            cert.tbs_certificate.subject.to_string(),
            "CN=ABTC DSC TWN 2,O=TWN"
        );
        assert_eq!(
            cert.tbs_certificate.issuer.to_string(),
            "CN=ABTC CSCA TWN,O=TWN"
        );
    }

    #[test]
    fn rotation_two_dscs_both_chain() {
        let e = ent();
        let (nb, na) = years();
        let csca = new_csca(TWN, SigningKey::generate(&e), 1, nb, na).unwrap();
        let old = new_dsc(
            TWN,
            SigningKey::generate(&e),
            &csca,
            10,
            nb,
            datetime!(2027-01-01 0:00 UTC),
        )
        .unwrap();
        let new = new_dsc(
            TWN,
            SigningKey::generate(&e),
            &csca,
            11,
            datetime!(2026-01-01 0:00 UTC),
            na,
        )
        .unwrap();
        let pc = parse_certificate(&csca.cert_der).unwrap();
        let po = parse_certificate(&old.cert_der).unwrap();
        let pn = parse_certificate(&new.cert_der).unwrap();
        assert_ne!(po.kid, pn.kid);
        check_issued_by(&po, &pc).unwrap();
        check_issued_by(&pn, &pc).unwrap();
        let overlap = datetime!(2026-06-01 0:00 UTC);
        check_valid_at(&po, overlap).unwrap();
        check_valid_at(&pn, overlap).unwrap();
    }

    #[test]
    fn wrong_issuer_refused() {
        let e = ent();
        let (nb, na) = years();
        let twn = new_csca(TWN, SigningKey::generate(&e), 1, nb, na).unwrap();
        let hkg = new_csca(HKG, SigningKey::generate(&e), 1, nb, na).unwrap();
        let dsc = new_dsc(TWN, SigningKey::generate(&e), &twn, 2, nb, na).unwrap();
        let pd = parse_certificate(&dsc.cert_der).unwrap();
        let ph = parse_certificate(&hkg.cert_der).unwrap();
        assert!(matches!(
            check_issued_by(&pd, &ph),
            Err(CredentialError::Certificate(_))
        ));
        // an impostor CSCA with the same name but another key: names match, signature fails
        let impostor = new_csca(TWN, SigningKey::generate(&e), 1, nb, na).unwrap();
        let pi = parse_certificate(&impostor.cert_der).unwrap();
        assert_eq!(
            check_issued_by(&pd, &pi),
            Err(CredentialError::Certificate(
                "the signature does not verify"
            ))
        );
        // a DSC for one economy cannot be issued under another economy's CSCA
        assert!(new_dsc(HKG, SigningKey::generate(&e), &twn, 3, nb, na).is_err());
        // nor under a leaf
        assert!(new_dsc(TWN, SigningKey::generate(&e), &dsc, 3, nb, na).is_err());
        // nor with a key that does not match the CSCA certificate
        let mismatched = CertifiedKey {
            key: SigningKey::generate(&e),
            cert_der: twn.cert_der.clone(),
        };
        assert!(new_dsc(TWN, SigningKey::generate(&e), &mismatched, 3, nb, na).is_err());
        // bad validity
        assert!(new_csca(TWN, SigningKey::generate(&e), 1, na, nb).is_err());
    }

    #[test]
    fn anchor_has_no_economy() {
        let e = ent();
        let (nb, na) = years();
        let a = new_anchor(SigningKey::generate(&e), 7, nb, na).unwrap();
        let p = parse_certificate(&a.cert_der).unwrap();
        assert!(p.is_ca);
        assert_eq!(p.economy, None);
        check_issued_by(&p, &p).unwrap();
    }

    #[test]
    fn tampered_certificate_fails() {
        let e = ent();
        let (nb, na) = years();
        let csca = new_csca(TWN, SigningKey::generate(&e), 1, nb, na).unwrap();
        let dsc = new_dsc(TWN, SigningKey::generate(&e), &csca, 2, nb, na).unwrap();
        let pc = parse_certificate(&csca.cert_der).unwrap();
        // flip one byte inside the public key bits of the DSC (within TBS)
        let spki = parse_certificate(&dsc.cert_der).unwrap().spki_der;
        let pos = dsc
            .cert_der
            .windows(spki.len())
            .position(|w| w == spki.as_slice())
            .unwrap();
        let mut bad = dsc.cert_der.clone();
        let last = pos + spki.len() - 1;
        bad[last] ^= 0x01;
        if let Ok(pb) = parse_certificate(&bad) {
            assert!(check_issued_by(&pb, &pc).is_err());
        }
        // trailing garbage refused
        let mut trailing = dsc.cert_der.clone();
        trailing.push(0);
        assert!(parse_certificate(&trailing).is_err());
    }

    #[test]
    fn parse_never_panics_on_garbage() {
        let e = ent();
        let (nb, na) = years();
        let csca = new_csca(TWN, SigningKey::generate(&e), 1, nb, na).unwrap();
        let der = csca.cert_der;
        assert!(parse_certificate(&[]).is_err());
        assert!(parse_certificate(&[0x30]).is_err());
        assert!(parse_certificate(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff]).is_err());
        for cut in 0..der.len() {
            assert!(parse_certificate(&der[..cut]).is_err());
        }
        for i in 0..der.len() {
            for flip in [0x01u8, 0x80, 0xff] {
                let mut m = der.clone();
                m[i] ^= flip;
                let _ = parse_certificate(&m);
            }
        }
        // pseudo-random bytes
        for n in 0..2000u32 {
            let d = Sha256::digest(n.to_be_bytes());
            let mut buf = vec![0x30, 0x81, 0x20];
            buf.extend_from_slice(&d);
            let _ = parse_certificate(&buf);
            let _ = parse_certificate(&d);
        }
    }

    #[test]
    fn unknown_critical_extension_refused() {
        use x509_cert::ext::pkix::NameConstraints;
        let key = SigningKey::from_secret_bytes(&[5u8; 32]).unwrap();
        let (nb, na) = years();
        let validity = Validity {
            not_before: x509_time(nb).unwrap(),
            not_after: x509_time(na).unwrap(),
        };
        let spki = SubjectPublicKeyInfoOwned::from_key(*key.verifying_key()).unwrap();
        let mut b = CertificateBuilder::new(
            Profile::Root,
            SerialNumber::from(1u64),
            validity,
            name("CN=X,O=TWN").unwrap(),
            spki,
            key.p256(),
        )
        .unwrap();
        // nameConstraints is always critical and we do not evaluate it
        b.add_extension(&NameConstraints {
            permitted_subtrees: None,
            excluded_subtrees: None,
        })
        .unwrap();
        let der = b.build::<DerSignature>().unwrap().to_der().unwrap();
        assert_eq!(
            parse_certificate(&der),
            Err(CredentialError::Certificate("unknown critical extension"))
        );
    }

    #[test]
    fn p384_sha384_chain_verifies() {
        // A P-384 CA signing with ecdsa-with-SHA384, built with the same builder.
        use p384::ecdsa::{DerSignature as Der384, SigningKey as Sk384};
        let sk = Sk384::from_slice(&[7u8; 48]).unwrap();
        let subject = name("CN=P384 CA,O=HKG").unwrap();
        let (nb, na) = years();
        let validity = Validity {
            not_before: x509_time(nb).unwrap(),
            not_after: x509_time(na).unwrap(),
        };
        let spki = SubjectPublicKeyInfoOwned::from_key(*sk.verifying_key()).unwrap();
        let cert = CertificateBuilder::new(
            Profile::Root,
            SerialNumber::from(5u64),
            validity,
            subject,
            spki,
            &sk,
        )
        .unwrap()
        .build::<Der384>()
        .unwrap();
        let der = cert.to_der().unwrap();
        let p = parse_certificate(&der).unwrap();
        assert_eq!(p.economy, Some(HKG));
        assert_eq!(cert.signature_algorithm.oid, OID_ECDSA_SHA384);
        check_issued_by(&p, &p).unwrap();
        assert_eq!(
            p256_public_sec1(&p),
            Err(CredentialError::UnsupportedAlgorithm)
        );
    }
}
