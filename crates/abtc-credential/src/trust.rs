//! The scheme's trust list: every economy's CSCAs and DSCs, versioned, CBOR-encoded and signed
//! (COSE_Sign1, ES256) by the scheme's trust anchor. Verifiers pin the anchor certificate, download
//! the list when online and work from their last verified copy when offline.
//!
//! [`Trust::verify`] is the production path: anchor signature, then structure, then every DSC must
//! chain to a CSCA of its own economy in the same list. A malformed list (undecodable, a certificate
//! that does not parse, a CSCA that is not a self-signed CA of the economy it is listed under) is
//! refused as a whole; a DSC that does not chain is dropped and counted ([`Trust::dropped`]).
//!
//! Certificate validity is not filtered here: whether a signer's certificate was valid when it
//! signed is the caller's question (`pki::check_valid_at` with the document's time).
//! Rollback protection (refusing a version older than the one already held) is also the caller's:
//! compare [`Trust::version`].

use std::collections::BTreeMap;

use abtc_domain::EconomyCode;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::cose;
use crate::error::{CredResult, CredentialError};
use crate::pki::{self, CertifiedKey, ParsedCertificate};

/// The most entries a trust list may hold (a sanity bound for decoding).
pub const MAX_ENTRIES: usize = 10_000;

/// How far in the future a list's `issued_at` may be (clock skew of an offline verifier).
pub const MAX_CLOCK_SKEW: time::Duration = time::Duration::hours(1);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrustRole {
    Csca,
    Dsc,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustEntry {
    #[serde(rename = "eco")]
    pub economy: EconomyCode,
    pub role: TrustRole,
    #[serde(rename = "cert", with = "cbor_bytes")]
    pub cert_der: Vec<u8>,
}

/// The trust list document. CBOR map: `ver` (uint), `iat` (unix seconds), `ent` (array of
/// `{eco: "TWN", role: "csca"|"dsc", cert: bstr}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustList {
    #[serde(rename = "ver")]
    pub version: u64,
    #[serde(rename = "iat", with = "time::serde::timestamp")]
    pub issued_at: OffsetDateTime,
    #[serde(rename = "ent")]
    pub entries: Vec<TrustEntry>,
}

impl TrustList {
    /// The CBOR encoding (what [`TrustList::sign`] signs).
    pub fn to_cbor(&self) -> CredResult<Vec<u8>> {
        let mut out = Vec::new();
        ciborium::into_writer(self, &mut out)
            .map_err(|_| CredentialError::TrustList("cannot encode"))?;
        Ok(out)
    }

    pub fn from_cbor(bytes: &[u8]) -> CredResult<Self> {
        ciborium::from_reader(bytes).map_err(|_| CredentialError::TrustList("malformed CBOR"))
    }

    /// COSE_Sign1 (ES256, kid of the anchor certificate) over the CBOR encoding.
    pub fn sign(&self, anchor: &CertifiedKey) -> CredResult<Vec<u8>> {
        cose::sign_es256(&anchor.key, &anchor.kid(), self.to_cbor()?)
    }
}

/// A document signer the trust list vouches for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedSigner {
    pub economy: EconomyCode,
    pub cert: ParsedCertificate,
}

/// A verified, indexed trust list.
#[derive(Debug, Clone)]
pub struct Trust {
    list: TrustList,
    signers: Vec<TrustedSigner>,
    by_kid: BTreeMap<[u8; 8], Vec<usize>>,
    cscas: Vec<TrustedSigner>,
    dropped: usize,
}

impl Trust {
    /// Verifies a signed trust list against the pinned anchor certificate: the COSE signature must
    /// be the anchor's (kid and key), the anchor must be valid at `now`, and the list must not be
    /// issued in the future (beyond [`MAX_CLOCK_SKEW`]). Then see [`Trust::from_list_unsigned`].
    pub fn verify(signed: &[u8], anchor_cert_der: &[u8], now: OffsetDateTime) -> CredResult<Trust> {
        let anchor = pki::parse_certificate(anchor_cert_der)?;
        pki::check_valid_at(&anchor, now)
            .map_err(|_| CredentialError::TrustList("the anchor certificate is not valid now"))?;
        let sign1 = cose::decode(signed)?;
        if cose::kid(&sign1).as_deref() != Some(anchor.kid.as_slice()) {
            return Err(CredentialError::TrustList(
                "not signed by the pinned anchor",
            ));
        }
        cose::verify_with_spki(&sign1, &anchor.spki_der)?;
        let payload = sign1
            .payload
            .as_deref()
            .ok_or(CredentialError::TrustList("no payload"))?;
        let list = TrustList::from_cbor(payload)?;
        if list.issued_at > now + MAX_CLOCK_SKEW {
            return Err(CredentialError::TrustList("issued in the future"));
        }
        Self::from_list_unsigned(list, now)
    }

    /// Indexes a list without any anchor signature. For tests and for HCERT-style setups where the
    /// certificates arrive by other trusted means; production always goes through
    /// [`Trust::verify`]. `now` is currently unused here (validity is the caller's check) but kept
    /// so the two constructors have the same shape.
    pub fn from_list_unsigned(list: TrustList, now: OffsetDateTime) -> CredResult<Trust> {
        let _ = now;
        if list.entries.len() > MAX_ENTRIES {
            return Err(CredentialError::TrustList("too many entries"));
        }
        let mut cscas: Vec<TrustedSigner> = Vec::new();
        let mut dscs: Vec<TrustedSigner> = Vec::new();
        for entry in &list.entries {
            let cert = pki::parse_certificate(&entry.cert_der)
                .map_err(|_| CredentialError::TrustList("a certificate does not parse"))?;
            let listed = TrustedSigner {
                economy: entry.economy,
                cert,
            };
            match entry.role {
                TrustRole::Csca => {
                    if !listed.cert.is_ca || listed.cert.economy != Some(entry.economy) {
                        return Err(CredentialError::TrustList(
                            "a CSCA entry is not a CA of its economy",
                        ));
                    }
                    pki::check_issued_by(&listed.cert, &listed.cert)
                        .map_err(|_| CredentialError::TrustList("a CSCA is not self-signed"))?;
                    if !cscas.iter().any(|c| c.cert.der == listed.cert.der) {
                        cscas.push(listed);
                    }
                }
                TrustRole::Dsc => dscs.push(listed),
            }
        }
        let mut signers: Vec<TrustedSigner> = Vec::new();
        let mut dropped = 0usize;
        for dsc in dscs {
            let chains = dsc.cert.economy == Some(dsc.economy)
                && pki::is_document_signer(&dsc.cert)
                && cscas
                    .iter()
                    .filter(|c| c.economy == dsc.economy)
                    .any(|c| pki::check_issued_by(&dsc.cert, &c.cert).is_ok());
            if !chains {
                dropped += 1;
            } else if !signers.iter().any(|s| s.cert.der == dsc.cert.der) {
                signers.push(dsc);
            }
        }
        let mut by_kid: BTreeMap<[u8; 8], Vec<usize>> = BTreeMap::new();
        for (i, s) in signers.iter().enumerate() {
            by_kid.entry(s.cert.kid).or_default().push(i);
        }
        Ok(Trust {
            list,
            signers,
            by_kid,
            cscas,
            dropped,
        })
    }

    pub fn version(&self) -> u64 {
        self.list.version
    }

    pub fn issued_at(&self) -> OffsetDateTime {
        self.list.issued_at
    }

    /// Every trusted DSC whose certificate has this kid (several may share one: try each).
    pub fn signers(&self, kid: &[u8]) -> Vec<&TrustedSigner> {
        let Ok(kid) = <[u8; 8]>::try_from(kid) else {
            return Vec::new();
        };
        self.by_kid
            .get(&kid)
            .map(|ix| ix.iter().filter_map(|i| self.signers.get(*i)).collect())
            .unwrap_or_default()
    }

    /// The trusted DSCs of one economy (during a key rotation, old and new).
    pub fn dscs_of(&self, economy: EconomyCode) -> Vec<&TrustedSigner> {
        self.signers
            .iter()
            .filter(|s| s.economy == economy)
            .collect()
    }

    /// The CSCAs of one economy.
    pub fn cscas_of(&self, economy: EconomyCode) -> Vec<&TrustedSigner> {
        self.cscas.iter().filter(|s| s.economy == economy).collect()
    }

    /// How many DSC entries were dropped because they do not chain to a CSCA of their economy.
    pub fn dropped(&self) -> usize {
        self.dropped
    }

    pub fn list(&self) -> &TrustList {
        &self.list
    }
}

/// `Vec<u8>` as a CBOR byte string (serde's default would be an array of integers).
pub(crate) mod cbor_bytes {
    use serde::de::{Error, SeqAccess, Visitor};
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(v)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Vec<u8>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a byte string")
            }
            fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<Vec<u8>, E> {
                Ok(v.to_vec())
            }
            fn visit_byte_buf<E: Error>(self, v: Vec<u8>) -> Result<Vec<u8>, E> {
                Ok(v)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, _seq: A) -> Result<Vec<u8>, A::Error> {
                Err(A::Error::custom("expected a byte string, not an array"))
            }
        }
        d.deserialize_bytes(V)
    }
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
    use crate::keys::SigningKey;
    use crate::pki::{new_anchor, new_csca, new_dsc};
    use crate::testkit::{entry, TestEntropy};
    use time::macros::datetime;

    const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
    const HKG: EconomyCode = EconomyCode::from_static(b"HKG");
    const NB: OffsetDateTime = datetime!(2025-01-01 0:00 UTC);
    const NA: OffsetDateTime = datetime!(2035-01-01 0:00 UTC);
    const NOW: OffsetDateTime = datetime!(2026-03-01 12:00 UTC);

    struct World {
        anchor: CertifiedKey,
        twn_csca: CertifiedKey,
        twn_dsc1: CertifiedKey,
        twn_dsc2: CertifiedKey,
        hkg_csca: CertifiedKey,
        hkg_dsc: CertifiedKey,
        e: TestEntropy,
    }

    fn world() -> World {
        let e = TestEntropy::new(100);
        let anchor = new_anchor(SigningKey::generate(&e), 1, NB, NA).unwrap();
        let twn_csca = new_csca(TWN, SigningKey::generate(&e), 1, NB, NA).unwrap();
        let twn_dsc1 = new_dsc(TWN, SigningKey::generate(&e), &twn_csca, 2, NB, NA).unwrap();
        let twn_dsc2 = new_dsc(TWN, SigningKey::generate(&e), &twn_csca, 3, NB, NA).unwrap();
        let hkg_csca = new_csca(HKG, SigningKey::generate(&e), 1, NB, NA).unwrap();
        let hkg_dsc = new_dsc(HKG, SigningKey::generate(&e), &hkg_csca, 2, NB, NA).unwrap();
        World {
            anchor,
            twn_csca,
            twn_dsc1,
            twn_dsc2,
            hkg_csca,
            hkg_dsc,
            e,
        }
    }

    fn list(w: &World) -> TrustList {
        TrustList {
            version: 7,
            issued_at: datetime!(2026-03-01 0:00 UTC),
            entries: vec![
                entry(TWN, TrustRole::Csca, &w.twn_csca),
                entry(TWN, TrustRole::Dsc, &w.twn_dsc1),
                entry(TWN, TrustRole::Dsc, &w.twn_dsc2),
                entry(HKG, TrustRole::Csca, &w.hkg_csca),
                entry(HKG, TrustRole::Dsc, &w.hkg_dsc),
            ],
        }
    }

    #[test]
    fn sign_verify_index() {
        let w = world();
        let l = list(&w);
        let signed = l.sign(&w.anchor).unwrap();
        let t = Trust::verify(&signed, &w.anchor.cert_der, NOW).unwrap();
        assert_eq!(t.version(), 7);
        assert_eq!(t.list(), &l);
        assert_eq!(t.dropped(), 0);
        assert_eq!(t.dscs_of(TWN).len(), 2);
        assert_eq!(t.dscs_of(HKG).len(), 1);
        assert_eq!(t.cscas_of(TWN).len(), 1);
        let s = t.signers(&w.twn_dsc2.kid());
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].economy, TWN);
        assert_eq!(s[0].cert.der, w.twn_dsc2.cert_der);
        assert!(t.signers(&w.twn_csca.kid()).is_empty()); // CSCAs do not sign documents
        assert!(t.signers(&[1, 2, 3]).is_empty());
        // the CBOR carries certificates as byte strings, compactly
        let cbor = l.to_cbor().unwrap();
        let total: usize = l.entries.iter().map(|e| e.cert_der.len()).sum();
        assert!(cbor.len() < total + 200, "{} vs {}", cbor.len(), total);
        assert_eq!(TrustList::from_cbor(&cbor).unwrap(), l);
    }

    #[test]
    fn refuses_other_signer_and_tampering() {
        let w = world();
        let l = list(&w);
        // signed by a different key (even with a certificate named like the anchor)
        let rogue = new_anchor(SigningKey::generate(&w.e), 1, NB, NA).unwrap();
        let signed = l.sign(&rogue).unwrap();
        assert!(Trust::verify(&signed, &w.anchor.cert_der, NOW).is_err());
        // rogue key but claiming the pinned anchor's kid
        let forged = cose::sign_es256(&rogue.key, &w.anchor.kid(), l.to_cbor().unwrap()).unwrap();
        assert_eq!(
            Trust::verify(&forged, &w.anchor.cert_der, NOW).unwrap_err(),
            CredentialError::BadSignature
        );
        // signed by a CSCA
        let by_csca =
            cose::sign_es256(&w.twn_csca.key, &w.twn_csca.kid(), l.to_cbor().unwrap()).unwrap();
        assert!(Trust::verify(&by_csca, &w.anchor.cert_der, NOW).is_err());
        // tampered: flip each byte of the payload region in turn (a sample of positions)
        let good = l.sign(&w.anchor).unwrap();
        for i in (0..good.len()).step_by(37) {
            let mut bad = good.clone();
            bad[i] ^= 0x01;
            assert!(
                Trust::verify(&bad, &w.anchor.cert_der, NOW).is_err(),
                "byte {i}"
            );
        }
        // a changed version, re-encoded without re-signing
        let mut s1 = cose::decode(&good).unwrap();
        let mut l2 = l.clone();
        l2.version = 8;
        s1.payload = Some(l2.to_cbor().unwrap());
        use coset::TaggedCborSerializable;
        let swapped = s1.to_tagged_vec().unwrap();
        assert_eq!(
            Trust::verify(&swapped, &w.anchor.cert_der, NOW).unwrap_err(),
            CredentialError::BadSignature
        );
        // garbage
        assert!(Trust::verify(&[], &w.anchor.cert_der, NOW).is_err());
        assert!(Trust::verify(&good, &[0x30, 0x00], NOW).is_err());
    }

    #[test]
    fn anchor_validity_and_future_lists() {
        let w = world();
        let signed = list(&w).sign(&w.anchor).unwrap();
        assert!(
            Trust::verify(&signed, &w.anchor.cert_der, datetime!(2036-01-01 0:00 UTC)).is_err()
        );
        // the list was issued 2026-03-01; a verifier whose clock says a day earlier refuses it
        assert_eq!(
            Trust::verify(&signed, &w.anchor.cert_der, datetime!(2026-02-28 0:00 UTC)).unwrap_err(),
            CredentialError::TrustList("issued in the future")
        );
        // offline for a year: the last copy still verifies
        Trust::verify(&signed, &w.anchor.cert_der, datetime!(2027-03-01 0:00 UTC)).unwrap();
    }

    #[test]
    fn non_chaining_dscs_dropped_malformed_rejected() {
        let w = world();
        let mut l = list(&w);
        // a HKG DSC listed under TWN: does not chain to a TWN CSCA
        l.entries.push(entry(TWN, TrustRole::Dsc, &w.hkg_dsc));
        // a TWN-named DSC from an impostor CSCA that is not in the list
        let impostor = new_csca(TWN, SigningKey::generate(&w.e), 1, NB, NA).unwrap();
        let rogue_dsc = new_dsc(TWN, SigningKey::generate(&w.e), &impostor, 9, NB, NA).unwrap();
        l.entries.push(entry(TWN, TrustRole::Dsc, &rogue_dsc));
        // a CSCA listed as a DSC
        l.entries.push(entry(HKG, TrustRole::Dsc, &w.hkg_csca));
        let t = Trust::verify(&l.sign(&w.anchor).unwrap(), &w.anchor.cert_der, NOW).unwrap();
        assert_eq!(t.dropped(), 3);
        assert_eq!(t.dscs_of(TWN).len(), 2);
        assert_eq!(t.dscs_of(HKG).len(), 1);
        assert!(t.signers(&rogue_dsc.kid()).is_empty());

        // malformed: a certificate that does not parse
        let mut bad = list(&w);
        bad.entries[1].cert_der.truncate(20);
        assert_eq!(
            Trust::from_list_unsigned(bad, NOW).unwrap_err(),
            CredentialError::TrustList("a certificate does not parse")
        );
        // malformed: a DSC listed as a CSCA
        let mut bad = list(&w);
        bad.entries.push(entry(TWN, TrustRole::Csca, &w.twn_dsc1));
        assert!(Trust::from_list_unsigned(bad, NOW).is_err());
        // malformed: a CSCA listed under another economy
        let mut bad = list(&w);
        bad.entries.push(entry(TWN, TrustRole::Csca, &w.hkg_csca));
        assert!(Trust::from_list_unsigned(bad, NOW).is_err());
        // malformed CBOR under a valid signature
        let junk = cose::sign_es256(&w.anchor.key, &w.anchor.kid(), vec![0xa1, 0x01]).unwrap();
        assert_eq!(
            Trust::verify(&junk, &w.anchor.cert_der, NOW).unwrap_err(),
            CredentialError::TrustList("malformed CBOR")
        );
    }

    #[test]
    fn shared_kid_returns_all() {
        // Two signers sharing a kid cannot be produced honestly (SHA-256); check the index keeps
        // a list per kid by listing the same DSC twice under different entries: deduplicated.
        let w = world();
        let mut l = list(&w);
        l.entries.push(entry(TWN, TrustRole::Dsc, &w.twn_dsc1));
        let t = Trust::from_list_unsigned(l, NOW).unwrap();
        assert_eq!(t.signers(&w.twn_dsc1.kid()).len(), 1);
        assert_eq!(t.dscs_of(TWN).len(), 2);
    }
}
