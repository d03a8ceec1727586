//! COSE_Sign1 (RFC 9052) for credentials: signing with ES256, decoding any bytes without panicking,
//! and verifying against a document signer's certificate or SubjectPublicKeyInfo with ES256
//! (P-256), ES384 (P-384) or PS256 (RSA-PSS, SHA-256, salt 32), as HCERT issuers use.
//!
//! The algorithm is read from the protected header; only when the protected header has none is an
//! unprotected `alg` used (HCERT vector `common/CO20`, everything in the unprotected header, must
//! verify). That fallback cannot downgrade anything, because the algorithm must match the key type
//! and each key type admits exactly one algorithm here: P-256 only ES256, P-384 only ES384, RSA only
//! PS256. An ES256 signature is never checked with a P-384 or RSA key.
//! The issuer's signature covers the protected header and the payload, not the unprotected header,
//! which is where a holder's device proof rides ([`with_unprotected`], [`issuer_signed_digest`]).

use ciborium::Value;
use coset::{
    iana, AsCborValue, CoseSign1, CoseSign1Builder, HeaderBuilder, Label,
    RegisteredLabelWithPrivate,
};
use der::Decode;
use sha2::{Digest, Sha256};
use signature::Verifier;
use spki::{ObjectIdentifier, SubjectPublicKeyInfoRef};

use crate::error::{CredResult, CredentialError};
use crate::keys::SigningKey;

/// CBOR tag of a tagged COSE_Sign1.
pub const TAG_COSE_SIGN1: u64 = 18;
/// CBOR tag of a CWT (RFC 8392), which may wrap the tagged COSE_Sign1.
pub const TAG_CWT: u64 = 61;

const MALFORMED: CredentialError = CredentialError::Malformed("cose");

const OID_EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
const OID_P256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
const OID_P384: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.132.0.34");
const OID_RSA_ENCRYPTION: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");

/// Smallest RSA modulus accepted for PS256, in bytes (2048 bits).
const MIN_RSA_BYTES: usize = 256;
/// PS256 salt length: the SHA-256 output size.
const PSS_SALT_LEN: usize = 32;

/// The signature algorithms a verifier accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureAlgorithm {
    /// ECDSA P-256 with SHA-256 (COSE -7).
    Es256,
    /// ECDSA P-384 with SHA-384 (COSE -35).
    Es384,
    /// RSASSA-PSS with SHA-256, MGF1-SHA-256, salt 32 (COSE -37).
    Ps256,
}

/// The `kid` of a document signer: the first 8 bytes of SHA-256 over its certificate's DER.
pub fn kid_for_certificate(cert_der: &[u8]) -> [u8; 8] {
    let digest = Sha256::digest(cert_der);
    let mut kid = [0u8; 8];
    for (k, d) in kid.iter_mut().zip(digest.iter()) {
        *k = *d;
    }
    kid
}

/// Signs `payload` as a tagged COSE_Sign1 with ES256; the protected header holds `alg` (-7) and
/// `kid` (omitted when `kid` is empty).
pub fn sign_es256(key: &SigningKey, kid: &[u8], payload: Vec<u8>) -> CredResult<Vec<u8>> {
    let protected = HeaderBuilder::new()
        .algorithm(iana::Algorithm::ES256)
        .key_id(kid.to_vec())
        .build();
    let sign1 = CoseSign1Builder::new()
        .protected(protected)
        .payload(payload)
        .create_signature(b"", |tbs| key.sign(tbs).to_vec())
        .build();
    encode(sign1)
}

/// Serializes a COSE_Sign1 with tag 18. A header decoded from bytes keeps its original encoding,
/// so re-encoding never invalidates the signature.
pub fn encode(sign1: CoseSign1) -> CredResult<Vec<u8>> {
    let value = sign1.to_cbor_value().map_err(|_| MALFORMED)?;
    let mut out = Vec::new();
    ciborium::ser::into_writer(&Value::Tag(TAG_COSE_SIGN1, Box::new(value)), &mut out)
        .map_err(|_| MALFORMED)?;
    Ok(out)
}

/// Parses a COSE_Sign1: tagged (18), untagged, or tagged 18 inside a CWT tag (61), as RFC 8392
/// allows. Anything else — another tag, trailing bytes, a malformed structure, a detached (nil)
/// payload — is `Malformed("cose")`. Never panics.
pub fn decode(bytes: &[u8]) -> CredResult<CoseSign1> {
    let mut rest = bytes;
    let value: Value = ciborium::de::from_reader(&mut rest).map_err(|_| MALFORMED)?;
    if !rest.is_empty() {
        return Err(MALFORMED);
    }
    let value = match value {
        Value::Tag(TAG_CWT, inner) => match *inner {
            Value::Tag(TAG_COSE_SIGN1, array) => *array,
            _ => return Err(MALFORMED),
        },
        Value::Tag(TAG_COSE_SIGN1, array) => *array,
        Value::Tag(..) => return Err(MALFORMED),
        untagged => untagged,
    };
    let sign1 = CoseSign1::from_cbor_value(value).map_err(|_| MALFORMED)?;
    if sign1.payload.is_none() {
        return Err(MALFORMED);
    }
    Ok(sign1)
}

/// The key identifier: from the protected header, else from the unprotected one (HCERT permits
/// both; the protected one wins when both are present).
pub fn kid(sign1: &CoseSign1) -> Option<Vec<u8>> {
    [&sign1.protected.header.key_id, &sign1.unprotected.key_id]
        .into_iter()
        .find(|k| !k.is_empty())
        .cloned()
}

/// The signature algorithm named in the protected header, if it is one we verify.
pub fn algorithm(sign1: &CoseSign1) -> CredResult<SignatureAlgorithm> {
    use coset::Algorithm;
    let alg = sign1
        .protected
        .header
        .alg
        .as_ref()
        .or(sign1.unprotected.alg.as_ref());
    match alg {
        Some(Algorithm::Assigned(iana::Algorithm::ES256)) => Ok(SignatureAlgorithm::Es256),
        Some(Algorithm::Assigned(iana::Algorithm::ES384)) => Ok(SignatureAlgorithm::Es384),
        Some(Algorithm::Assigned(iana::Algorithm::PS256)) => Ok(SignatureAlgorithm::Ps256),
        _ => Err(CredentialError::UnsupportedAlgorithm),
    }
}

/// A verification key taken from a SubjectPublicKeyInfo.
enum PublicKey {
    P256(p256::ecdsa::VerifyingKey),
    P384(p384::ecdsa::VerifyingKey),
    Rsa(rsa::RsaPublicKey),
}

impl PublicKey {
    fn from_spki(spki_der: &[u8]) -> CredResult<Self> {
        let bad_key = CredentialError::Key("not a usable SubjectPublicKeyInfo");
        let spki = SubjectPublicKeyInfoRef::from_der(spki_der).map_err(|_| bad_key.clone())?;
        let oid = spki.algorithm.oid;
        if oid == OID_EC_PUBLIC_KEY {
            let curve = spki
                .algorithm
                .parameters_oid()
                .map_err(|_| bad_key.clone())?;
            let point = spki.subject_public_key.as_bytes().ok_or(bad_key.clone())?;
            if curve == OID_P256 {
                p256::ecdsa::VerifyingKey::from_sec1_bytes(point)
                    .map(PublicKey::P256)
                    .map_err(|_| bad_key)
            } else if curve == OID_P384 {
                p384::ecdsa::VerifyingKey::from_sec1_bytes(point)
                    .map(PublicKey::P384)
                    .map_err(|_| bad_key)
            } else {
                Err(CredentialError::UnsupportedAlgorithm)
            }
        } else if oid == OID_RSA_ENCRYPTION {
            let key = rsa::RsaPublicKey::try_from(spki).map_err(|_| bad_key)?;
            if rsa::traits::PublicKeyParts::size(&key) < MIN_RSA_BYTES {
                return Err(CredentialError::Key("RSA key shorter than 2048 bits"));
            }
            Ok(PublicKey::Rsa(key))
        } else {
            Err(CredentialError::UnsupportedAlgorithm)
        }
    }
}

/// Verifies the issuer signature with a DER SubjectPublicKeyInfo (P-256, P-384 or RSA). The
/// algorithm in the protected header must suit the key, else `BadSignature`; an algorithm we do not
/// verify is `UnsupportedAlgorithm`.
pub fn verify_with_spki(sign1: &CoseSign1, spki_der: &[u8]) -> CredResult<()> {
    let alg = algorithm(sign1)?;
    let key = PublicKey::from_spki(spki_der)?;
    let tbs = sign1.tbs_data(b"");
    let sig = sign1.signature.as_slice();
    let bad = |_| CredentialError::BadSignature;
    match (alg, key) {
        (SignatureAlgorithm::Es256, PublicKey::P256(key)) => {
            let sig = p256::ecdsa::Signature::from_slice(sig).map_err(bad)?;
            key.verify(&tbs, &sig).map_err(bad)
        }
        (SignatureAlgorithm::Es384, PublicKey::P384(key)) => {
            let sig = p384::ecdsa::Signature::from_slice(sig).map_err(bad)?;
            key.verify(&tbs, &sig).map_err(bad)
        }
        (SignatureAlgorithm::Ps256, PublicKey::Rsa(key)) => {
            let key = rsa::pss::VerifyingKey::<Sha256>::new_with_salt_len(key, PSS_SALT_LEN);
            let sig = rsa::pss::Signature::try_from(sig).map_err(bad)?;
            key.verify(&tbs, &sig).map_err(bad)
        }
        _ => Err(CredentialError::BadSignature),
    }
}

/// The SubjectPublicKeyInfo (DER) of an X.509 certificate.
pub fn certificate_spki(cert_der: &[u8]) -> CredResult<Vec<u8>> {
    use der::Encode;
    let cert = x509_cert::Certificate::from_der(cert_der)
        .map_err(|_| CredentialError::Certificate("not an X.509 certificate"))?;
    cert.tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|_| CredentialError::Certificate("not an X.509 certificate"))
}

/// Verifies the issuer signature with the key of a DER X.509 certificate. Only the signature: the
/// `kid`, the certificate's validity and its chain are the caller's to check.
pub fn verify_with_certificate(sign1: &CoseSign1, cert_der: &[u8]) -> CredResult<()> {
    // Reject an unsupported algorithm before parsing the certificate.
    algorithm(sign1)?;
    verify_with_spki(sign1, &certificate_spki(cert_der)?)
}

/// Verifies an ES256 signature with a raw SEC1 P-256 public key (device keys, trust anchors).
pub fn verify_es256_with_sec1(sign1: &CoseSign1, public_sec1: &[u8]) -> CredResult<()> {
    if algorithm(sign1)? != SignatureAlgorithm::Es256 {
        return Err(CredentialError::BadSignature);
    }
    crate::keys::verify_es256(public_sec1, &sign1.tbs_data(b""), &sign1.signature)
}

/// The labels coset models as named header fields (alg, crit, content type, kid, IV, partial IV,
/// counter signature); they never appear among the other parameters.
fn is_named_label(label: i64) -> bool {
    (1..=7).contains(&label)
}

/// An integer-labelled unprotected header parameter other than the named ones (1..=7).
pub fn unprotected_private(sign1: &CoseSign1, label: i64) -> Option<&Value> {
    sign1
        .unprotected
        .rest
        .iter()
        .find(|(l, _)| *l == Label::Int(label))
        .map(|(_, v)| v)
}

/// Decodes a COSE_Sign1, sets (or replaces) the unprotected header parameter `label`, and
/// re-encodes it tagged. The issuer signature stays valid: the unprotected header is not signed and
/// the protected header keeps its original bytes. The named labels 1..=7 are refused
/// (`Malformed("header label")`).
pub fn with_unprotected(bytes: &[u8], label: i64, value: Value) -> CredResult<Vec<u8>> {
    if is_named_label(label) {
        return Err(CredentialError::Malformed("header label"));
    }
    let mut sign1 = decode(bytes)?;
    let label = Label::Int(label);
    match sign1.unprotected.rest.iter_mut().find(|(l, _)| *l == label) {
        Some((_, slot)) => *slot = value,
        None => sign1.unprotected.rest.push((label, value)),
    }
    encode(sign1)
}

/// The protected header's serialized bytes (the contents of its bstr).
fn protected_bytes(sign1: &CoseSign1) -> Vec<u8> {
    match &sign1.protected.original_data {
        Some(original) => original.clone(),
        None => match sign1.protected.clone().cbor_bstr() {
            Ok(Value::Bytes(b)) => b,
            _ => Vec::new(),
        },
    }
}

/// SHA-256 over protected header bytes || payload || signature: what the issuer signed plus the
/// signature, independent of the unprotected header. Device proofs sign this. (The concatenation
/// has no length prefixes; that is harmless because only a split that carries a valid issuer
/// signature over its own protected header and payload is ever accepted.)
pub fn issuer_signed_digest(sign1: &CoseSign1) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(protected_bytes(sign1));
    hasher.update(sign1.payload.as_deref().unwrap_or_default());
    hasher.update(&sign1.signature);
    hasher.finalize().into()
}

/// The algorithm label for an unregistered or private value, for tests and diagnostics.
pub fn algorithm_label(sign1: &CoseSign1) -> Option<i64> {
    match &sign1.protected.header.alg {
        Some(RegisteredLabelWithPrivate::Assigned(a)) => Some(*a as i64),
        Some(RegisteredLabelWithPrivate::PrivateUse(v)) => Some(*v),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use coset::{CborSerializable, TaggedCborSerializable};
    use p256::pkcs8::EncodePublicKey;
    use proptest::prelude::*;

    fn key() -> SigningKey {
        SigningKey::from_secret_bytes(&[7u8; 32]).unwrap()
    }

    fn spki_p256(key: &SigningKey) -> Vec<u8> {
        key.verifying_key()
            .to_public_key_der()
            .unwrap()
            .as_bytes()
            .to_vec()
    }

    fn sign_with(
        alg: iana::Algorithm,
        payload: &[u8],
        signer: impl FnOnce(&[u8]) -> Vec<u8>,
    ) -> CoseSign1 {
        let protected = HeaderBuilder::new()
            .algorithm(alg)
            .key_id(b"kid".to_vec())
            .build();
        let bytes = CoseSign1Builder::new()
            .protected(protected)
            .payload(payload.to_vec())
            .create_signature(b"", signer)
            .build()
            .to_tagged_vec()
            .unwrap();
        decode(&bytes).unwrap()
    }

    #[test]
    fn kid_is_first_eight_bytes_of_sha256() {
        let kid = kid_for_certificate(b"abc");
        // SHA-256("abc") = ba7816bf 8f01cfea ...
        assert_eq!(kid, [0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea]);
    }

    #[test]
    fn sign_decode_verify_round_trip() {
        let k = key();
        let bytes = sign_es256(&k, b"12345678", b"payload".to_vec()).unwrap();
        assert_eq!(bytes.first(), Some(&0xd2));
        let sign1 = decode(&bytes).unwrap();
        assert_eq!(kid(&sign1), Some(b"12345678".to_vec()));
        assert_eq!(algorithm(&sign1), Ok(SignatureAlgorithm::Es256));
        assert_eq!(algorithm_label(&sign1), Some(-7));
        assert_eq!(sign1.payload.as_deref(), Some(&b"payload"[..]));
        verify_with_spki(&sign1, &spki_p256(&k)).unwrap();
        verify_es256_with_sec1(&sign1, &k.public_sec1()).unwrap();
        // Re-encoding a decoded message keeps it byte-identical.
        assert_eq!(encode(sign1).unwrap(), bytes);
    }

    #[test]
    fn tampering_breaks_the_signature() {
        let k = key();
        let bytes = sign_es256(&k, b"kid", b"payload".to_vec()).unwrap();
        let mut sign1 = decode(&bytes).unwrap();
        sign1.payload = Some(b"paylaod".to_vec());
        assert_eq!(
            verify_with_spki(&sign1, &spki_p256(&k)),
            Err(CredentialError::BadSignature)
        );
        assert_eq!(
            verify_es256_with_sec1(&sign1, &k.public_sec1()),
            Err(CredentialError::BadSignature)
        );

        let mut sign1 = decode(&bytes).unwrap();
        if let Some(b) = sign1.signature.first_mut() {
            *b ^= 1;
        }
        assert_eq!(
            verify_with_spki(&sign1, &spki_p256(&k)),
            Err(CredentialError::BadSignature)
        );

        // Another key.
        let other = SigningKey::from_secret_bytes(&[8u8; 32]).unwrap();
        let sign1 = decode(&bytes).unwrap();
        assert_eq!(
            verify_with_spki(&sign1, &spki_p256(&other)),
            Err(CredentialError::BadSignature)
        );
        // A truncated signature.
        let mut sign1 = decode(&bytes).unwrap();
        sign1.signature.truncate(63);
        assert_eq!(
            verify_with_spki(&sign1, &spki_p256(&k)),
            Err(CredentialError::BadSignature)
        );
    }

    #[test]
    fn unknown_or_missing_algorithm_is_unsupported() {
        let k = key();
        let sign1 = sign_with(iana::Algorithm::EdDSA, b"x", |tbs| k.sign(tbs).to_vec());
        assert_eq!(
            verify_with_spki(&sign1, &spki_p256(&k)),
            Err(CredentialError::UnsupportedAlgorithm)
        );
        assert_eq!(
            verify_es256_with_sec1(&sign1, &k.public_sec1()),
            Err(CredentialError::UnsupportedAlgorithm)
        );

        // No alg anywhere.
        let protected = HeaderBuilder::new().key_id(b"kid".to_vec()).build();
        let bytes = CoseSign1Builder::new()
            .protected(protected)
            .payload(b"x".to_vec())
            .create_signature(b"", |tbs| k.sign(tbs).to_vec())
            .build()
            .to_tagged_vec()
            .unwrap();
        let sign1 = decode(&bytes).unwrap();
        assert_eq!(
            verify_with_spki(&sign1, &spki_p256(&k)),
            Err(CredentialError::UnsupportedAlgorithm)
        );
    }

    #[test]
    fn unprotected_alg_is_a_fallback_only() {
        let k = key();
        // alg only in the unprotected header (as HCERT vector CO20): accepted.
        let bytes = CoseSign1Builder::new()
            .unprotected(
                HeaderBuilder::new()
                    .algorithm(iana::Algorithm::ES256)
                    .build(),
            )
            .payload(b"x".to_vec())
            .create_signature(b"", |tbs| k.sign(tbs).to_vec())
            .build()
            .to_tagged_vec()
            .unwrap();
        let sign1 = decode(&bytes).unwrap();
        assert_eq!(algorithm(&sign1), Ok(SignatureAlgorithm::Es256));
        verify_with_spki(&sign1, &spki_p256(&k)).unwrap();
        verify_es256_with_sec1(&sign1, &k.public_sec1()).unwrap();
        // The protected alg wins over an unprotected one.
        let mut sign1 = sign_with(iana::Algorithm::ES256, b"x", |tbs| k.sign(tbs).to_vec());
        sign1.unprotected.alg = Some(coset::Algorithm::Assigned(iana::Algorithm::ES384));
        assert_eq!(algorithm(&sign1), Ok(SignatureAlgorithm::Es256));
        verify_with_spki(&sign1, &spki_p256(&k)).unwrap();
    }

    #[test]
    fn algorithm_must_match_the_key() {
        let k = key();
        // ES384 claimed, P-256 key.
        let sign1 = sign_with(iana::Algorithm::ES384, b"x", |tbs| k.sign(tbs).to_vec());
        assert_eq!(
            verify_with_spki(&sign1, &spki_p256(&k)),
            Err(CredentialError::BadSignature)
        );
        assert_eq!(
            verify_es256_with_sec1(&sign1, &k.public_sec1()),
            Err(CredentialError::BadSignature)
        );
        let sign1 = sign_with(iana::Algorithm::PS256, b"x", |tbs| k.sign(tbs).to_vec());
        assert_eq!(
            verify_with_spki(&sign1, &spki_p256(&k)),
            Err(CredentialError::BadSignature)
        );
    }

    #[test]
    fn es384_with_p384() {
        use p384::ecdsa::signature::Signer;
        let sk = p384::ecdsa::SigningKey::from_slice(&[9u8; 48]).unwrap();
        let spki = p384::pkcs8::EncodePublicKey::to_public_key_der(sk.verifying_key()).unwrap();
        let sign1 = sign_with(iana::Algorithm::ES384, b"hello", |tbs| {
            let sig: p384::ecdsa::Signature = sk.sign(tbs);
            sig.to_bytes().to_vec()
        });
        assert_eq!(sign1.signature.len(), 96);
        verify_with_spki(&sign1, spki.as_bytes()).unwrap();
        let mut tampered = sign1.clone();
        tampered.payload = Some(b"hellO".to_vec());
        assert_eq!(
            verify_with_spki(&tampered, spki.as_bytes()),
            Err(CredentialError::BadSignature)
        );
        // ES256 claimed with a P-384 key.
        let k = key();
        let es256 = sign_with(iana::Algorithm::ES256, b"hello", |tbs| k.sign(tbs).to_vec());
        assert_eq!(
            verify_with_spki(&es256, spki.as_bytes()),
            Err(CredentialError::BadSignature)
        );
    }

    /// A deterministic RNG for test-only RSA key generation and PSS salts.
    struct TestRng(u64);
    impl rsa::rand_core::RngCore for TestRng {
        fn next_u32(&mut self) -> u32 {
            (self.next_u64() >> 32) as u32
        }
        fn next_u64(&mut self) -> u64 {
            // xorshift64*
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn fill_bytes(&mut self, dest: &mut [u8]) {
            for chunk in dest.chunks_mut(8) {
                let v = self.next_u64().to_le_bytes();
                chunk.copy_from_slice(&v[..chunk.len()]);
            }
        }
        fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rsa::rand_core::Error> {
            self.fill_bytes(dest);
            Ok(())
        }
    }
    impl rsa::rand_core::CryptoRng for TestRng {}

    #[test]
    fn ps256_with_rsa() {
        use rsa::pkcs8::EncodePublicKey as _;
        use rsa::signature::{RandomizedSigner, SignatureEncoding};
        let mut rng = TestRng(0x1234_5678_9abc_def1);
        let private = rsa::RsaPrivateKey::new(&mut rng, 2048).unwrap();
        let public = rsa::RsaPublicKey::from(&private);
        let spki = public.to_public_key_der().unwrap();
        let signer = rsa::pss::SigningKey::<Sha256>::new_with_salt_len(private, 32);
        let sign1 = sign_with(iana::Algorithm::PS256, b"hello", |tbs| {
            signer.sign_with_rng(&mut rng, tbs).to_vec()
        });
        verify_with_spki(&sign1, spki.as_bytes()).unwrap();
        let mut tampered = sign1.clone();
        tampered.payload = Some(b"hellO".to_vec());
        assert_eq!(
            verify_with_spki(&tampered, spki.as_bytes()),
            Err(CredentialError::BadSignature)
        );
        // ES256 claimed with an RSA key.
        let k = key();
        let es256 = sign_with(iana::Algorithm::ES256, b"hello", |tbs| k.sign(tbs).to_vec());
        assert_eq!(
            verify_with_spki(&es256, spki.as_bytes()),
            Err(CredentialError::BadSignature)
        );
    }

    #[test]
    fn bad_keys_and_certificates() {
        let k = key();
        let bytes = sign_es256(&k, b"kid", b"x".to_vec()).unwrap();
        let sign1 = decode(&bytes).unwrap();
        assert!(matches!(
            verify_with_spki(&sign1, b"not der"),
            Err(CredentialError::Key(_))
        ));
        assert!(matches!(
            verify_with_spki(&sign1, &[]),
            Err(CredentialError::Key(_))
        ));
        assert!(matches!(
            verify_with_certificate(&sign1, b"not a certificate"),
            Err(CredentialError::Certificate(_))
        ));
        // A SubjectPublicKeyInfo is not a certificate.
        assert!(matches!(
            verify_with_certificate(&sign1, &spki_p256(&k)),
            Err(CredentialError::Certificate(_))
        ));
        assert!(matches!(
            verify_es256_with_sec1(&sign1, &[4u8; 65]),
            Err(CredentialError::Key(_))
        ));
    }

    #[test]
    fn untagged_and_cwt_tagged_are_accepted() {
        let k = key();
        let tagged = sign_es256(&k, b"kid", b"payload".to_vec()).unwrap();
        let untagged = decode(&tagged).unwrap().to_vec().unwrap();
        assert_eq!(untagged.first(), Some(&0x84));
        let sign1 = decode(&untagged).unwrap();
        verify_with_spki(&sign1, &spki_p256(&k)).unwrap();

        let mut cwt = vec![0xd8, 0x3d];
        cwt.extend_from_slice(&tagged);
        verify_with_spki(&decode(&cwt).unwrap(), &spki_p256(&k)).unwrap();

        // CWT tag around an untagged array, another tag, trailing bytes, a detached payload.
        let mut cwt_untagged = vec![0xd8, 0x3d];
        cwt_untagged.extend_from_slice(&untagged);
        assert_eq!(decode(&cwt_untagged), Err(MALFORMED));
        let mut tag17 = vec![0xd1];
        tag17.extend_from_slice(&untagged);
        assert_eq!(decode(&tag17), Err(MALFORMED));
        let mut trailing = tagged.clone();
        trailing.push(0);
        assert_eq!(decode(&trailing), Err(MALFORMED));
        let mut detached = decode(&tagged).unwrap();
        detached.payload = None;
        assert_eq!(decode(&encode(detached).unwrap()), Err(MALFORMED));
        assert_eq!(decode(&[]), Err(MALFORMED));
        assert_eq!(decode(&[0xd2, 0x83, 0x40, 0xa0, 0x40]), Err(MALFORMED));
    }

    #[test]
    fn kid_falls_back_to_unprotected() {
        let k = key();
        let bytes = sign_es256(&k, b"", b"x".to_vec()).unwrap();
        let mut sign1 = decode(&bytes).unwrap();
        assert_eq!(kid(&sign1), None);
        sign1.unprotected.key_id = b"outside".to_vec();
        assert_eq!(kid(&sign1), Some(b"outside".to_vec()));
        sign1.protected.header.key_id = b"inside".to_vec();
        assert_eq!(kid(&sign1), Some(b"inside".to_vec()));
    }

    #[test]
    fn unprotected_parameters_do_not_touch_the_issuer_signature() {
        let k = key();
        let bytes = sign_es256(&k, b"kid", b"payload".to_vec()).unwrap();
        let before = decode(&bytes).unwrap();
        let digest = issuer_signed_digest(&before);
        assert_eq!(unprotected_private(&before, -70_000), None);

        let with = with_unprotected(&bytes, -70_000, Value::Bytes(vec![1, 2, 3])).unwrap();
        let after = decode(&with).unwrap();
        assert_eq!(
            unprotected_private(&after, -70_000),
            Some(&Value::Bytes(vec![1, 2, 3]))
        );
        verify_with_spki(&after, &spki_p256(&k)).unwrap();
        assert_eq!(issuer_signed_digest(&after), digest);

        // Replacing keeps a single entry.
        let again = with_unprotected(&with, -70_000, Value::Integer(5.into())).unwrap();
        let again = decode(&again).unwrap();
        assert_eq!(again.unprotected.rest.len(), 1);
        assert_eq!(
            unprotected_private(&again, -70_000),
            Some(&Value::Integer(5.into()))
        );
        assert_eq!(issuer_signed_digest(&again), digest);

        assert_eq!(
            with_unprotected(&bytes, 4, Value::Bytes(vec![])),
            Err(CredentialError::Malformed("header label"))
        );
        assert_eq!(with_unprotected(b"junk", 99, Value::Null), Err(MALFORMED));

        // The digest does depend on what the issuer signed.
        let other = decode(&sign_es256(&k, b"kid", b"payloae".to_vec()).unwrap()).unwrap();
        assert_ne!(issuer_signed_digest(&other), digest);
    }

    proptest! {
        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            if let Ok(sign1) = decode(&bytes) {
                let k = key();
                let _ = verify_with_spki(&sign1, &spki_p256(&k));
                let _ = verify_es256_with_sec1(&sign1, &k.public_sec1());
                let _ = issuer_signed_digest(&sign1);
                let _ = kid(&sign1);
            }
            let _ = with_unprotected(&bytes, -1, Value::Null);
        }

        #[test]
        fn decode_never_panics_on_mutated_messages(
            flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8),
            cut in any::<usize>(),
        ) {
            let k = key();
            let mut bytes = sign_es256(&k, b"kid", b"payload".to_vec()).unwrap();
            for (at, x) in flips {
                let len = bytes.len();
                if let Some(b) = bytes.get_mut(at % len) {
                    *b ^= x;
                }
            }
            bytes.truncate(cut % (bytes.len() + 1));
            if let Ok(sign1) = decode(&bytes) {
                let _ = verify_with_spki(&sign1, &spki_p256(&k));
                let _ = issuer_signed_digest(&sign1);
            }
        }

        #[test]
        fn spki_parsing_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let k = key();
            let sign1 = decode(&sign_es256(&k, b"kid", b"x".to_vec()).unwrap()).unwrap();
            let _ = verify_with_spki(&sign1, &bytes);
            let _ = verify_with_certificate(&sign1, &bytes);
        }
    }
}
