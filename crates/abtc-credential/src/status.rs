//! Revocation by status lists. Each issuing economy publishes a bitstring with one bit per
//! credential index (bit set = revoked), zlib-compressed and signed (COSE_Sign1, ES256) by one of
//! its document signers. Verifiers download whole lists, so nobody learns which card was checked,
//! and cache them; a list older than the verifier's `max_age` is refused as stale.
//!
//! Bit order: index `i` is bit `7 - i % 8` (most significant first) of byte `i / 8`, as in the
//! W3C Bitstring Status List.
//!
//! Signed payload, CBOR map: `iss` (economy code text), `iat` (unix seconds), `bits` (bstr: zlib,
//! level 9, of the bitstring), `len` (number of bits).

use abtc_domain::EconomyCode;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::cose;
use crate::error::{CredResult, CredentialError};
use crate::pki::{self, CertifiedKey};
use crate::trust::{cbor_bytes, Trust, TrustedSigner};

/// The most bits a list may hold: 16 Mi credential indexes, 2 MiB uncompressed.
pub const MAX_BITS: usize = 16 * 1024 * 1024;

/// The most a signed list may inflate to.
pub const MAX_INFLATED_BYTES: usize = MAX_BITS / 8;

/// How far in the future a list's `issued_at` may be (clock skew of an offline verifier).
pub const MAX_CLOCK_SKEW: time::Duration = time::Duration::hours(1);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusList {
    pub issuer: EconomyCode,
    pub issued_at: OffsetDateTime,
    bits: Vec<u8>,
    len: usize,
}

#[derive(Serialize, Deserialize)]
struct Wire {
    iss: EconomyCode,
    iat: i64,
    #[serde(with = "cbor_bytes")]
    bits: Vec<u8>,
    len: u64,
}

fn bytes_for(bits: usize) -> usize {
    bits.div_ceil(8)
}

impl StatusList {
    /// An empty list (nothing revoked) of `capacity_bits` indexes, capped at [`MAX_BITS`].
    pub fn new(issuer: EconomyCode, capacity_bits: usize, issued_at: OffsetDateTime) -> Self {
        let len = capacity_bits.min(MAX_BITS);
        Self {
            issuer,
            issued_at,
            bits: vec![0; bytes_for(len)],
            len,
        }
    }

    /// Sets or clears the bit of credential `index`, growing the list to cover it (up to
    /// [`MAX_BITS`]).
    pub fn set(&mut self, index: usize, revoked: bool) -> CredResult<()> {
        if index >= MAX_BITS {
            return Err(CredentialError::StatusList("index beyond the largest list"));
        }
        if index >= self.len {
            self.len = index + 1;
            self.bits.resize(bytes_for(self.len), 0);
        }
        let mask = 0x80u8 >> (index % 8);
        let byte = self
            .bits
            .get_mut(index / 8)
            .ok_or(CredentialError::StatusList("index out of range"))?;
        if revoked {
            *byte |= mask;
        } else {
            *byte &= !mask;
        }
        Ok(())
    }

    /// Whether credential `index` is revoked; an index beyond the list is not.
    pub fn is_revoked(&self, index: usize) -> bool {
        if index >= self.len {
            return false;
        }
        self.bits
            .get(index / 8)
            .is_some_and(|b| b & (0x80u8 >> (index % 8)) != 0)
    }

    pub fn len_bits(&self) -> usize {
        self.len
    }

    /// How many indexes are revoked.
    pub fn revoked_count(&self) -> usize {
        self.bits.iter().map(|b| b.count_ones() as usize).sum()
    }

    /// COSE_Sign1 (ES256, kid of the DSC certificate) over the CBOR payload.
    pub fn sign(&self, dsc: &CertifiedKey) -> CredResult<Vec<u8>> {
        let wire = Wire {
            iss: self.issuer,
            iat: self.issued_at.unix_timestamp(),
            bits: miniz_oxide::deflate::compress_to_vec_zlib(&self.bits, 9),
            len: self.len as u64,
        };
        let mut payload = Vec::new();
        ciborium::into_writer(&wire, &mut payload)
            .map_err(|_| CredentialError::StatusList("cannot encode"))?;
        cose::sign_es256(&dsc.key, &dsc.kid(), payload)
    }

    /// Verifies a signed list: the signer must be a trusted DSC of the list's issuer (by kid,
    /// trying each certificate with it) whose certificate was valid when the list was issued, the
    /// signature must verify, the list must inflate to at most [`MAX_INFLATED_BYTES`] and be
    /// consistent, and it must be fresh: `now - issued_at <= max_age` (else `StatusList("stale")`).
    pub fn verify(
        signed: &[u8],
        trust: &Trust,
        now: OffsetDateTime,
        max_age: time::Duration,
    ) -> CredResult<StatusList> {
        let sign1 = cose::decode(signed)?;
        let candidates = trust.signers(&cose::kid(&sign1).unwrap_or_default());
        if candidates.is_empty() {
            return Err(CredentialError::UnknownIssuer);
        }
        let mut verified: Vec<&TrustedSigner> = Vec::new();
        let mut first_err = None;
        for c in candidates {
            match cose::verify_with_spki(&sign1, &c.cert.spki_der) {
                Ok(()) => verified.push(c),
                Err(e) => {
                    first_err.get_or_insert(e);
                }
            }
        }
        if verified.is_empty() {
            return Err(first_err.unwrap_or(CredentialError::BadSignature));
        }

        let payload = sign1
            .payload
            .as_deref()
            .ok_or(CredentialError::StatusList("no payload"))?;
        let wire: Wire = ciborium::from_reader(payload)
            .map_err(|_| CredentialError::StatusList("malformed CBOR"))?;
        let signer = verified.into_iter().find(|s| s.economy == wire.iss).ok_or(
            CredentialError::StatusList("not signed by a document signer of the issuer"),
        )?;
        let issued_at = OffsetDateTime::from_unix_timestamp(wire.iat)
            .map_err(|_| CredentialError::StatusList("issue time out of range"))?;
        pki::check_valid_at(&signer.cert, issued_at).map_err(|_| {
            CredentialError::StatusList("the signer's certificate was not valid at issue time")
        })?;

        let len = usize::try_from(wire.len)
            .ok()
            .filter(|l| *l <= MAX_BITS)
            .ok_or(CredentialError::StatusList("too long"))?;
        let bits =
            miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&wire.bits, MAX_INFLATED_BYTES)
                .map_err(|_| CredentialError::StatusList("bad or oversized compressed bits"))?;
        if bits.len() != bytes_for(len) {
            return Err(CredentialError::StatusList(
                "length does not match the bits",
            ));
        }
        let spare = bytes_for(len) * 8 - len;
        if spare > 0 && bits.last().is_some_and(|b| b & ((1u8 << spare) - 1) != 0) {
            return Err(CredentialError::StatusList("bits set beyond the length"));
        }

        if issued_at > now + MAX_CLOCK_SKEW {
            return Err(CredentialError::StatusList("issued in the future"));
        }
        if now - issued_at > max_age {
            return Err(CredentialError::StatusList("stale"));
        }
        Ok(StatusList {
            issuer: wire.iss,
            issued_at,
            bits,
            len,
        })
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
    use crate::trust::{TrustList, TrustRole};
    use time::macros::datetime;
    use time::Duration;

    const TWN: EconomyCode = EconomyCode::from_static(b"TWN");
    const HKG: EconomyCode = EconomyCode::from_static(b"HKG");
    const NB: OffsetDateTime = datetime!(2025-01-01 0:00 UTC);
    const NA: OffsetDateTime = datetime!(2035-01-01 0:00 UTC);
    const IAT: OffsetDateTime = datetime!(2026-03-01 0:00 UTC);
    const DAY: Duration = Duration::days(1);

    struct World {
        trust: Trust,
        twn_dsc: CertifiedKey,
        twn_dsc2: CertifiedKey,
        hkg_dsc: CertifiedKey,
        e: TestEntropy,
    }

    fn world() -> World {
        let e = TestEntropy::new(500);
        let anchor = new_anchor(SigningKey::generate(&e), 1, NB, NA).unwrap();
        let twn_csca = new_csca(TWN, SigningKey::generate(&e), 1, NB, NA).unwrap();
        let twn_dsc = new_dsc(TWN, SigningKey::generate(&e), &twn_csca, 2, NB, NA).unwrap();
        let twn_dsc2 = new_dsc(TWN, SigningKey::generate(&e), &twn_csca, 3, NB, NA).unwrap();
        let hkg_csca = new_csca(HKG, SigningKey::generate(&e), 1, NB, NA).unwrap();
        let hkg_dsc = new_dsc(HKG, SigningKey::generate(&e), &hkg_csca, 2, NB, NA).unwrap();
        let list = TrustList {
            version: 1,
            issued_at: IAT,
            entries: vec![
                entry(TWN, TrustRole::Csca, &twn_csca),
                entry(TWN, TrustRole::Dsc, &twn_dsc),
                entry(TWN, TrustRole::Dsc, &twn_dsc2),
                entry(HKG, TrustRole::Csca, &hkg_csca),
                entry(HKG, TrustRole::Dsc, &hkg_dsc),
            ],
        };
        let trust = Trust::verify(&list.sign(&anchor).unwrap(), &anchor.cert_der, IAT).unwrap();
        World {
            trust,
            twn_dsc,
            twn_dsc2,
            hkg_dsc,
            e,
        }
    }

    fn big_list() -> StatusList {
        let mut l = StatusList::new(TWN, 100_000, IAT);
        for i in [0usize, 7, 8, 4242, 50_000, 99_999] {
            l.set(i, true).unwrap();
        }
        l
    }

    #[test]
    fn bits_set_clear_grow() {
        let mut l = StatusList::new(TWN, 10, IAT);
        assert_eq!(l.len_bits(), 10);
        assert!(!l.is_revoked(3));
        l.set(3, true).unwrap();
        assert!(l.is_revoked(3));
        assert!(!l.is_revoked(2) && !l.is_revoked(4));
        assert_eq!(l.bits[0], 0x10);
        l.set(3, false).unwrap();
        assert!(!l.is_revoked(3));
        assert!(!l.is_revoked(1_000_000)); // out of range: not revoked
        l.set(1000, true).unwrap();
        assert_eq!(l.len_bits(), 1001);
        assert!(l.is_revoked(1000));
        assert_eq!(l.revoked_count(), 1);
        assert!(l.set(MAX_BITS, true).is_err());
        l.set(MAX_BITS - 1, true).unwrap();
        assert_eq!(l.len_bits(), MAX_BITS);
        assert_eq!(StatusList::new(TWN, usize::MAX, IAT).len_bits(), MAX_BITS);
        assert_eq!(StatusList::new(TWN, 0, IAT).len_bits(), 0);
    }

    #[test]
    fn large_list_compresses_small_and_round_trips() {
        let w = world();
        let l = big_list();
        let signed = l.sign(&w.twn_dsc).unwrap();
        println!(
            "status list: {} credentials, {} revoked, {} bytes raw, {} bytes signed",
            l.len_bits(),
            l.revoked_count(),
            l.len_bits() / 8,
            signed.len()
        );
        assert!(signed.len() < 400, "{} bytes", signed.len());
        let got = StatusList::verify(&signed, &w.trust, IAT + Duration::hours(2), DAY).unwrap();
        assert_eq!(got, l);
        for i in [0usize, 7, 8, 4242, 50_000, 99_999] {
            assert!(got.is_revoked(i));
        }
        assert!(!got.is_revoked(1) && !got.is_revoked(99_998) && !got.is_revoked(100_000));
        // signed by the other (rotated) DSC of the same economy: fine
        let signed2 = l.sign(&w.twn_dsc2).unwrap();
        assert_eq!(StatusList::verify(&signed2, &w.trust, IAT, DAY).unwrap(), l);
        // odd lengths round-trip
        let mut odd = StatusList::new(TWN, 13, IAT);
        odd.set(12, true).unwrap();
        let got = StatusList::verify(&odd.sign(&w.twn_dsc).unwrap(), &w.trust, IAT, DAY).unwrap();
        assert_eq!(got, odd);
    }

    #[test]
    fn wrong_economy_signer_refused() {
        let w = world();
        // A TWN list signed by HKG's DSC.
        let signed = big_list().sign(&w.hkg_dsc).unwrap();
        assert_eq!(
            StatusList::verify(&signed, &w.trust, IAT, DAY).unwrap_err(),
            CredentialError::StatusList("not signed by a document signer of the issuer")
        );
        // A signer that is not in the trust list at all.
        let csca = new_csca(TWN, SigningKey::generate(&w.e), 1, NB, NA).unwrap();
        let outsider = new_dsc(TWN, SigningKey::generate(&w.e), &csca, 5, NB, NA).unwrap();
        assert_eq!(
            StatusList::verify(&big_list().sign(&outsider).unwrap(), &w.trust, IAT, DAY)
                .unwrap_err(),
            CredentialError::UnknownIssuer
        );
        // An outsider claiming a trusted DSC's kid.
        let mut payload = Vec::new();
        let wire = Wire {
            iss: TWN,
            iat: IAT.unix_timestamp(),
            bits: vec![],
            len: 0,
        };
        ciborium::into_writer(&wire, &mut payload).unwrap();
        let forged = cose::sign_es256(&outsider.key, &w.twn_dsc.kid(), payload).unwrap();
        assert_eq!(
            StatusList::verify(&forged, &w.trust, IAT, DAY).unwrap_err(),
            CredentialError::BadSignature
        );
    }

    #[test]
    fn tampering_refused() {
        let w = world();
        let signed = big_list().sign(&w.twn_dsc).unwrap();
        for i in 0..signed.len() {
            let mut bad = signed.clone();
            bad[i] ^= 0x04;
            assert!(
                StatusList::verify(&bad, &w.trust, IAT, DAY).is_err(),
                "byte {i}"
            );
        }
        // payload swapped (an unrevoked list) under the old signature
        use coset::TaggedCborSerializable;
        let mut s1 = cose::decode(&signed).unwrap();
        let clean = StatusList::new(TWN, 100_000, IAT).sign(&w.twn_dsc).unwrap();
        s1.payload = cose::decode(&clean).unwrap().payload;
        let swapped = s1.to_tagged_vec().unwrap();
        assert_eq!(
            StatusList::verify(&swapped, &w.trust, IAT, DAY).unwrap_err(),
            CredentialError::BadSignature
        );
    }

    #[test]
    fn stale_and_future_refused() {
        let w = world();
        let signed = big_list().sign(&w.twn_dsc).unwrap();
        StatusList::verify(&signed, &w.trust, IAT + DAY, DAY).unwrap();
        assert_eq!(
            StatusList::verify(&signed, &w.trust, IAT + DAY + Duration::seconds(1), DAY)
                .unwrap_err(),
            CredentialError::StatusList("stale")
        );
        assert_eq!(
            StatusList::verify(&signed, &w.trust, IAT - Duration::hours(2), DAY).unwrap_err(),
            CredentialError::StatusList("issued in the future")
        );
        // issued before the signer's certificate was valid
        let old = StatusList::new(TWN, 8, datetime!(2024-06-01 0:00 UTC))
            .sign(&w.twn_dsc)
            .unwrap();
        assert!(StatusList::verify(&old, &w.trust, datetime!(2024-06-01 0:00 UTC), DAY).is_err());
    }

    fn sign_wire(w: &World, bits: Vec<u8>, len: u64) -> Vec<u8> {
        let wire = Wire {
            iss: TWN,
            iat: IAT.unix_timestamp(),
            bits,
            len,
        };
        let mut payload = Vec::new();
        ciborium::into_writer(&wire, &mut payload).unwrap();
        cose::sign_es256(&w.twn_dsc.key, &w.twn_dsc.kid(), payload).unwrap()
    }

    #[test]
    fn decompression_bomb_and_inconsistent_lists_refused() {
        let w = world();
        // 4 MiB of zeros compresses to a few KiB; must not inflate past the cap.
        let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&vec![0u8; 4 * 1024 * 1024], 9);
        assert!(bomb.len() < 10_000);
        let signed = sign_wire(&w, bomb, (MAX_BITS) as u64);
        assert_eq!(
            StatusList::verify(&signed, &w.trust, IAT, DAY).unwrap_err(),
            CredentialError::StatusList("bad or oversized compressed bits")
        );
        // exactly at the cap is fine
        let full = miniz_oxide::deflate::compress_to_vec_zlib(&vec![0u8; MAX_INFLATED_BYTES], 9);
        let got =
            StatusList::verify(&sign_wire(&w, full, MAX_BITS as u64), &w.trust, IAT, DAY).unwrap();
        assert_eq!(got.len_bits(), MAX_BITS);
        // declared length too long
        let z = miniz_oxide::deflate::compress_to_vec_zlib(&[0u8; 2], 9);
        assert!(StatusList::verify(
            &sign_wire(&w, z.clone(), (MAX_BITS + 1) as u64),
            &w.trust,
            IAT,
            DAY
        )
        .is_err());
        // length and bits disagree
        assert!(StatusList::verify(&sign_wire(&w, z, 100), &w.trust, IAT, DAY).is_err());
        // bits beyond the declared length
        let z = miniz_oxide::deflate::compress_to_vec_zlib(&[0u8, 0x01], 9);
        assert_eq!(
            StatusList::verify(&sign_wire(&w, z, 12), &w.trust, IAT, DAY).unwrap_err(),
            CredentialError::StatusList("bits set beyond the length")
        );
        // not zlib
        assert!(StatusList::verify(&sign_wire(&w, vec![1, 2, 3], 8), &w.trust, IAT, DAY).is_err());
        // garbage
        assert!(StatusList::verify(&[0xd2, 0x84], &w.trust, IAT, DAY).is_err());
    }
}
