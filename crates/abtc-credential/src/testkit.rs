//! Shared scaffolding for tests, benches, examples and fuzz targets of the credential (and of the
//! crates that verify credentials, such as `abtc verify`).
//!
//! Why it exists: every one of those needs the same things — deterministic randomness, a small
//! scheme (anchor, each economy's CSCA and document signers), a signed and verified trust list, and
//! a plausible card — and each used to build its own copy. One copy here keeps them in step (the
//! fuzz target's fixture must derive the very keys `make_card` writes into its seed corpus).
//!
//! Compiled only with the `testkit` feature (and for this crate's own unit tests): it is not part
//! of the library that ships, and never of the wasm32 build. Its keys come from a counter, so they
//! are for tests only. It still follows the library's rules: nothing here panics, failures are
//! returned as [`CredResult`].

use std::sync::atomic::{AtomicU64, Ordering};

use abtc_domain::{EconomyCode, Entropy};
use sha2::{Digest, Sha256};
use time::macros::date;
use time::{Duration, OffsetDateTime};

use crate::claims::{CardClaims, Claims};
use crate::error::{CredResult, CredentialError};
use crate::keys::SigningKey;
use crate::pki::{self, CertifiedKey};
use crate::trust::{Trust, TrustEntry, TrustList, TrustRole};

/// Deterministic randomness for tests: each `fill` is SHA-256 of a counter (starting at the seed,
/// big-endian), repeated to the buffer's length. The same seed gives the same keys, in the same
/// order, on every machine.
#[derive(Debug)]
pub struct TestEntropy(AtomicU64);

impl TestEntropy {
    /// Randomness whose first `fill` hashes `seed`, the next `seed + 1`, and so on.
    pub fn new(seed: u64) -> Self {
        Self(AtomicU64::new(seed))
    }

    /// The next key from this randomness.
    pub fn key(&self) -> SigningKey {
        SigningKey::generate(self)
    }
}

impl Entropy for TestEntropy {
    fn fill(&self, buf: &mut [u8]) {
        let n = self.0.fetch_add(1, Ordering::Relaxed);
        let d = Sha256::digest(n.to_be_bytes());
        for (b, x) in buf.iter_mut().zip(d.iter().cycle()) {
            *b = *x;
        }
    }
}

/// A trust list entry for `cert`.
pub fn entry(economy: EconomyCode, role: TrustRole, cert: &CertifiedKey) -> TrustEntry {
    TrustEntry {
        economy,
        role,
        cert_der: cert.cert_der.clone(),
    }
}

/// One economy's keys in a [`TestScheme`]: its CSCA and its document signers, oldest first.
#[derive(Debug)]
struct EconomyKeys {
    economy: EconomyCode,
    csca: CertifiedKey,
    dscs: Vec<CertifiedKey>,
}

/// A whole test scheme: the trust anchor, and for each economy a CSCA and one document signer (more
/// after [`TestScheme::rotate_dsc`]), all from one [`TestEntropy`].
///
/// Keys are drawn in a fixed order: the anchor (serial 1), then per economy, in the order given,
/// its CSCA (serial 1) and its DSC (serial 2); rotated DSCs (serials 3, 4, ...) and
/// [`TestScheme::new_key`] continue from there. So `TestScheme::new(7, &[TWN], ..)` followed by one
/// `new_key` gives `make_card --seed 7`'s anchor, CSCA, DSC and holder.
#[derive(Debug)]
pub struct TestScheme {
    entropy: TestEntropy,
    anchor: CertifiedKey,
    economies: Vec<EconomyKeys>,
}

const NO_SUCH_ECONOMY: CredentialError =
    CredentialError::Certificate("testkit: the test scheme has no such economy");

impl TestScheme {
    /// A scheme for `economies` whose certificates are all valid from `not_before` to `not_after`.
    pub fn new(
        seed: u64,
        economies: &[EconomyCode],
        not_before: OffsetDateTime,
        not_after: OffsetDateTime,
    ) -> CredResult<Self> {
        let entropy = TestEntropy::new(seed);
        let anchor = pki::new_anchor(entropy.key(), 1, not_before, not_after)?;
        let mut keys = Vec::with_capacity(economies.len());
        for &economy in economies {
            let csca = pki::new_csca(economy, entropy.key(), 1, not_before, not_after)?;
            let dsc = pki::new_dsc(economy, entropy.key(), &csca, 2, not_before, not_after)?;
            keys.push(EconomyKeys {
                economy,
                csca,
                dscs: vec![dsc],
            });
        }
        Ok(Self {
            entropy,
            anchor,
            economies: keys,
        })
    }

    /// The scheme's randomness, to draw further keys in its deterministic order.
    pub fn entropy(&self) -> &TestEntropy {
        &self.entropy
    }

    /// The next key from the scheme's randomness (a holder's device key, a rogue signer, ...).
    pub fn new_key(&self) -> SigningKey {
        self.entropy.key()
    }

    pub fn anchor(&self) -> &CertifiedKey {
        &self.anchor
    }

    /// The anchor's certificate (DER), as a verifier pins it.
    pub fn anchor_der(&self) -> &[u8] {
        &self.anchor.cert_der
    }

    fn economy(&self, economy: EconomyCode) -> CredResult<&EconomyKeys> {
        self.economies
            .iter()
            .find(|k| k.economy == economy)
            .ok_or(NO_SUCH_ECONOMY)
    }

    pub fn csca(&self, economy: EconomyCode) -> CredResult<&CertifiedKey> {
        Ok(&self.economy(economy)?.csca)
    }

    /// The economy's newest document signer.
    pub fn dsc(&self, economy: EconomyCode) -> CredResult<&CertifiedKey> {
        self.economy(economy)?.dscs.last().ok_or(NO_SUCH_ECONOMY)
    }

    /// All the economy's document signers, oldest first.
    pub fn dscs(&self, economy: EconomyCode) -> CredResult<&[CertifiedKey]> {
        Ok(&self.economy(economy)?.dscs)
    }

    /// A key rotation: a new document signer for `economy` (the next serial), kept beside the old
    /// ones (all stay in the trust list). Returns the new signer.
    pub fn rotate_dsc(
        &mut self,
        economy: EconomyCode,
        not_before: OffsetDateTime,
        not_after: OffsetDateTime,
    ) -> CredResult<&CertifiedKey> {
        let key = self.entropy.key();
        let keys = self
            .economies
            .iter_mut()
            .find(|k| k.economy == economy)
            .ok_or(NO_SUCH_ECONOMY)?;
        let serial = u64::try_from(keys.dscs.len())
            .map_err(|_| CredentialError::Certificate("testkit: too many signers"))?
            .saturating_add(2);
        let dsc = pki::new_dsc(economy, key, &keys.csca, serial, not_before, not_after)?;
        keys.dscs.push(dsc);
        keys.dscs.last().ok_or(NO_SUCH_ECONOMY)
    }

    /// The unsigned trust list of every economy: its CSCA, then its document signers.
    pub fn trust_list(&self, version: u64, issued_at: OffsetDateTime) -> TrustList {
        let mut entries = Vec::new();
        for k in &self.economies {
            entries.push(entry(k.economy, TrustRole::Csca, &k.csca));
            for dsc in &k.dscs {
                entries.push(entry(k.economy, TrustRole::Dsc, dsc));
            }
        }
        TrustList {
            version,
            issued_at,
            entries,
        }
    }

    /// [`TestScheme::trust_list`] signed by the anchor: the bytes a verifier downloads.
    pub fn signed_trust_list(
        &self,
        version: u64,
        issued_at: OffsetDateTime,
    ) -> CredResult<Vec<u8>> {
        self.trust_list(version, issued_at).sign(&self.anchor)
    }

    /// [`TestScheme::trust_list`] as a verifier holds it: signed by the anchor and verified at
    /// `now` against the anchor's certificate.
    pub fn trust(
        &self,
        version: u64,
        issued_at: OffsetDateTime,
        now: OffsetDateTime,
    ) -> CredResult<Trust> {
        self.verify_list(&self.trust_list(version, issued_at), now)
    }

    /// Any `list` (e.g. one leaving some signers out) signed by this scheme's anchor and verified at
    /// `now` against it.
    pub fn verify_list(&self, list: &TrustList, now: OffsetDateTime) -> CredResult<Trust> {
        Trust::verify(&list.sign(&self.anchor)?, &self.anchor.cert_der, now)
    }
}

/// A sample card from `issuer` (also the holder's nationality): CHEN TA WEN (陳大文), card
/// `<issuer>0000012345`, card valid to 2030-11-24, status index 4711, pre-cleared for `economies`,
/// bound to `device_key` (SEC1) if given; the credential issued an hour before `now` for a day.
pub fn sample_claims(
    issuer: EconomyCode,
    economies: &[EconomyCode],
    device_key: Option<&[u8]>,
    now: OffsetDateTime,
) -> CredResult<Claims> {
    let out_of_range = || CredentialError::Malformed("testkit: time out of range");
    Ok(Claims {
        issuer,
        issued_at: now
            .checked_sub(Duration::hours(1))
            .ok_or_else(out_of_range)?,
        expires_at: now
            .checked_add(Duration::hours(23))
            .ok_or_else(out_of_range)?,
        card: CardClaims {
            card_number: format!("{issuer}0000012345"),
            family_name: "CHEN".into(),
            given_names: Some("TA<WEN".into()),
            native_name: Some("陳大文".into()),
            sex: "M".into(),
            date_of_birth: date!(1980 - 05 - 17),
            nationality: issuer,
            passport_number: "312345678".into(),
            passport_expires_on: date!(2034 - 01 - 01),
            card_expires_on: date!(2030 - 11 - 24),
            economies: economies.to_vec(),
            status_index: 4711,
            device_key: device_key.map(<[u8]>::to_vec),
        },
    })
}
