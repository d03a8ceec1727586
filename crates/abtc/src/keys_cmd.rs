//! `abtc keys`, `abtc trust-list` and the verifier bundle: the operator's side of the virtual card.

use std::path::Path;

use abtc_credential::pki::parse_certificate;
use abtc_credential::trust::{Trust, TrustList, TrustRole};
use abtc_domain::{EconomyCode, Entropy};
use abtc_server::{issuance, keyring};
use abtc_store::Store;
use anyhow::{anyhow, Context};
use time::OffsetDateTime;

pub const TRUST_LIST_FILE: &str = "trust-list.cose";
pub const ANCHOR_FILE: &str = "anchor.der";
pub const STATUS_DIR: &str = "status";

/// Creates the CSCA and a document signer for each economy that lacks them.
pub async fn create(
    store: &dyn Store,
    economies: &[EconomyCode],
    entropy: &dyn Entropy,
    now: OffsetDateTime,
) -> anyhow::Result<usize> {
    let mut created = 0;
    for e in economies {
        if keyring::ensure_economy_keys(store, *e, entropy, now).await? {
            created += 1;
        }
    }
    keyring::ensure_anchor(store, entropy, now).await?;
    Ok(created)
}

pub async fn list(store: &dyn Store, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    writeln!(
        out,
        "{:<5} {:<7} {:<17} {:<12} {:<12} retired",
        "econ", "role", "kid", "created", "not after"
    )?;
    for k in store.signing_keys().await? {
        let cert = parse_certificate(&k.cert_der)?;
        writeln!(
            out,
            "{:<5} {:<7} {:<17} {:<12} {:<12} {}",
            k.economy
                .map(|e| e.to_string())
                .unwrap_or_else(|| "-".into()),
            k.role.as_str(),
            hex::encode(cert.kid),
            k.created_at.date(),
            cert.not_after.date(),
            k.retired_at
                .map(|r| r.date().to_string())
                .unwrap_or_default()
        )?;
    }
    Ok(())
}

pub fn show(
    trust_list: &[u8],
    anchor: &[u8],
    now: OffsetDateTime,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let trust = Trust::verify(trust_list, anchor, now)
        .map_err(|e| anyhow!("the trust list does not verify against the anchor: {e}"))?;
    let list: &TrustList = trust.list();
    writeln!(
        out,
        "trust list version {} issued {} ({} entries)",
        list.version,
        list.issued_at,
        list.entries.len()
    )?;
    for e in &list.entries {
        let cert = parse_certificate(&e.cert_der)?;
        let role = match e.role {
            TrustRole::Csca => "csca",
            TrustRole::Dsc => "dsc",
        };
        writeln!(
            out,
            "  {} {:<4} kid {} valid {} .. {}",
            e.economy,
            role,
            hex::encode(cert.kid),
            cert.not_before.date(),
            cert.not_after.date()
        )?;
    }
    Ok(())
}

/// Writes what an offline verifier needs: the signed trust list, the anchor to pin, and every
/// economy's signed status list.
pub async fn export_verifier(
    store: &dyn Store,
    dir: &Path,
    now: OffsetDateTime,
) -> anyhow::Result<()> {
    let (_, signed) = store
        .latest_trust_list()
        .await?
        .ok_or_else(|| anyhow!("no trust list yet: run abtc trust-list build"))?;
    let ring = keyring::Keyring::load(store).await?;
    let anchor = ring
        .anchor
        .as_ref()
        .ok_or_else(|| anyhow!("no trust anchor yet"))?;
    let status_dir = dir.join(STATUS_DIR);
    std::fs::create_dir_all(&status_dir)
        .with_context(|| format!("cannot create {}", status_dir.display()))?;
    std::fs::write(dir.join(TRUST_LIST_FILE), &signed)?;
    std::fs::write(dir.join(ANCHOR_FILE), &anchor.cert_der)?;
    for economy in ring.signers.keys() {
        let (_, list) = issuance::signed_status_list(store, *economy, now).await?;
        std::fs::write(status_dir.join(format!("{economy}.cose")), list)?;
    }
    Ok(())
}
