//! The scheme's keys as the server uses them: each economy's CSCA and document signers, the trust
//! anchor, and publishing the signed trust list. Key material stays in the server's database; the
//! credential crate does the cryptography.

use std::collections::BTreeMap;

use abtc_credential::pki::{self, CertifiedKey};
use abtc_credential::trust::{TrustEntry, TrustList, TrustRole};
use abtc_credential::SigningKey;
use abtc_domain::{EconomyCode, Entropy};
use abtc_store::{KeyRole, Store, StoreError, StoredKey};
use time::{Duration, OffsetDateTime};

/// Roots live long; document signers are rotated yearly; a retired signer stays in the trust list
/// while credentials it signed may still be live.
pub const CSCA_VALIDITY: Duration = Duration::days(15 * 365);
pub const DSC_VALIDITY: Duration = Duration::days(2 * 365);
pub const ANCHOR_VALIDITY: Duration = Duration::days(20 * 365);
pub const RETIRED_SIGNER_GRACE: Duration = Duration::days(30);

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("storage: {0}")]
    Store(#[from] StoreError),
    #[error("credential: {0}")]
    Credential(#[from] abtc_credential::CredentialError),
    #[error("{0}")]
    Missing(&'static str),
}

fn serial(entropy: &dyn Entropy) -> u64 {
    let mut b = [0u8; 8];
    entropy.fill(&mut b);
    // Positive, non-zero, below 2^63 so every DER encoder treats it the same.
    (u64::from_be_bytes(b) >> 1).max(1)
}

fn certified(k: &StoredKey) -> Result<CertifiedKey, KeyError> {
    Ok(CertifiedKey {
        key: SigningKey::from_secret_bytes(&k.secret)?,
        cert_der: k.cert_der.clone(),
    })
}

/// The keys in force: per economy its CSCA and its newest active document signer, and the anchor.
pub struct Keyring {
    pub anchor: Option<CertifiedKey>,
    pub cscas: BTreeMap<EconomyCode, CertifiedKey>,
    pub signers: BTreeMap<EconomyCode, CertifiedKey>,
    all: Vec<StoredKey>,
}

impl Keyring {
    pub async fn load(store: &dyn Store) -> Result<Self, KeyError> {
        let all = store.signing_keys().await?;
        let mut ring = Keyring {
            anchor: None,
            cscas: BTreeMap::new(),
            signers: BTreeMap::new(),
            all: Vec::new(),
        };
        // Later keys replace earlier ones: the newest active key of each kind is the one in use.
        for k in all.iter().filter(|k| k.retired_at.is_none()) {
            match (k.role, k.economy) {
                (KeyRole::Anchor, _) => ring.anchor = Some(certified(k)?),
                (KeyRole::Csca, Some(e)) => {
                    ring.cscas.insert(e, certified(k)?);
                }
                (KeyRole::Dsc, Some(e)) => {
                    ring.signers.insert(e, certified(k)?);
                }
                _ => {}
            }
        }
        ring.all = all;
        Ok(ring)
    }

    /// The trust list's entries: every active CSCA and document signer, and signers retired less
    /// than the grace period ago.
    pub fn trust_entries(&self, now: OffsetDateTime) -> Vec<TrustEntry> {
        self.all
            .iter()
            .filter(|k| k.retired_at.is_none_or(|r| now - r < RETIRED_SIGNER_GRACE))
            .filter_map(|k| {
                let role = match k.role {
                    KeyRole::Csca => TrustRole::Csca,
                    KeyRole::Dsc => TrustRole::Dsc,
                    KeyRole::Anchor => return None,
                };
                k.economy.map(|economy| TrustEntry {
                    economy,
                    role,
                    cert_der: k.cert_der.clone(),
                })
            })
            .collect()
    }
}

/// Creates the economy's CSCA (if it has none) and a document signer (if it has no active one).
/// Returns whether anything was created.
pub async fn ensure_economy_keys(
    store: &dyn Store,
    economy: EconomyCode,
    entropy: &dyn Entropy,
    now: OffsetDateTime,
) -> Result<bool, KeyError> {
    let ring = Keyring::load(store).await?;
    let mut created = false;
    let csca = match ring.cscas.get(&economy) {
        Some(c) => CertifiedKey {
            key: SigningKey::from_secret_bytes(&c.key.to_secret_bytes())?,
            cert_der: c.cert_der.clone(),
        },
        None => {
            let c = pki::new_csca(
                economy,
                SigningKey::generate(entropy),
                serial(entropy),
                now,
                now + CSCA_VALIDITY,
            )?;
            store
                .add_signing_key(
                    Some(economy),
                    KeyRole::Csca,
                    c.cert_der.clone(),
                    c.key.to_secret_bytes().to_vec(),
                    now,
                )
                .await?;
            created = true;
            c
        }
    };
    if !ring.signers.contains_key(&economy) {
        add_signer(store, economy, &csca, entropy, now).await?;
        created = true;
    }
    Ok(created)
}

async fn add_signer(
    store: &dyn Store,
    economy: EconomyCode,
    csca: &CertifiedKey,
    entropy: &dyn Entropy,
    now: OffsetDateTime,
) -> Result<(), KeyError> {
    let dsc = pki::new_dsc(
        economy,
        SigningKey::generate(entropy),
        csca,
        serial(entropy),
        now,
        now + DSC_VALIDITY,
    )?;
    store
        .add_signing_key(
            Some(economy),
            KeyRole::Dsc,
            dsc.cert_der,
            dsc.key.to_secret_bytes().to_vec(),
            now,
        )
        .await?;
    Ok(())
}

/// A new document signer for the economy; the previous one is retired (its credentials stay valid
/// until they expire, as it stays in the trust list for the grace period).
pub async fn rotate_signer(
    store: &dyn Store,
    economy: EconomyCode,
    entropy: &dyn Entropy,
    now: OffsetDateTime,
) -> Result<(), KeyError> {
    let ring = Keyring::load(store).await?;
    let csca = ring.cscas.get(&economy).ok_or(KeyError::Missing(
        "this economy has no CSCA yet: create its keys first",
    ))?;
    let old: Vec<i64> = ring
        .all
        .iter()
        .filter(|k| k.role == KeyRole::Dsc && k.economy == Some(economy) && k.retired_at.is_none())
        .map(|k| k.id)
        .collect();
    add_signer(store, economy, csca, entropy, now).await?;
    for id in old {
        store.retire_signing_key(id, now).await?;
    }
    Ok(())
}

/// Creates the scheme's trust anchor if there is none; returns its certificate.
pub async fn ensure_anchor(
    store: &dyn Store,
    entropy: &dyn Entropy,
    now: OffsetDateTime,
) -> Result<Vec<u8>, KeyError> {
    if let Some(a) = Keyring::load(store).await?.anchor {
        return Ok(a.cert_der);
    }
    let a = pki::new_anchor(
        SigningKey::generate(entropy),
        serial(entropy),
        now,
        now + ANCHOR_VALIDITY,
    )?;
    store
        .add_signing_key(
            None,
            KeyRole::Anchor,
            a.cert_der.clone(),
            a.key.to_secret_bytes().to_vec(),
            now,
        )
        .await?;
    Ok(a.cert_der)
}

/// Builds, signs and stores the next trust list version from the keys in force.
pub async fn publish_trust_list(
    store: &dyn Store,
    entropy: &dyn Entropy,
    now: OffsetDateTime,
) -> Result<u64, KeyError> {
    ensure_anchor(store, entropy, now).await?;
    let ring = Keyring::load(store).await?;
    let anchor = ring
        .anchor
        .as_ref()
        .ok_or(KeyError::Missing("no trust anchor"))?;
    let version = store.latest_trust_list().await?.map_or(1, |(v, _)| v + 1);
    let list = TrustList {
        version,
        issued_at: now,
        entries: ring.trust_entries(now),
    };
    let signed = list.sign(anchor)?;
    store.save_trust_list(version, signed, now).await?;
    Ok(version)
}
