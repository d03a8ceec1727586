//! Issuing virtual credentials and status lists from the store's cards and keys; used by the API and
//! by the CLI (demo, export). Signing happens here, in the server process that holds the keys.

use abtc_credential::claims::{CardClaims, Claims};
use abtc_credential::status::StatusList;
use abtc_credential::verify as credential;
use abtc_domain::{Card, CardNumber, Case, EconomyCode, Sex};
use abtc_store::{CaseAccess, Store, StoreError};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};

use crate::keyring::{KeyError, Keyring};

/// Credentials are short-lived: the wallet refreshes them when online.
pub const CREDENTIAL_TTL: Duration = Duration::hours(72);
/// A stored credential with less than this left is re-signed on the next fetch.
pub const REFRESH_BEFORE: Duration = Duration::hours(24);

#[derive(Debug, thiserror::Error)]
pub enum IssueError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Keys(#[from] KeyError),
    #[error("signing failed: {0}")]
    Credential(#[from] abtc_credential::CredentialError),
    #[error("only an active card has a credential")]
    CardNotActive,
    #[error("the issuing economy has no document signer yet")]
    NoSigner,
    #[error("the application lacks {0}")]
    Incomplete(&'static str),
}

pub struct Issued {
    pub cose: Vec<u8>,
    pub expires_at: OffsetDateTime,
    pub status_index: u64,
    pub revision: u32,
}

fn claims_for(
    card: &Card,
    case: &Case,
    device_key: Option<Vec<u8>>,
    status_index: u64,
    now: OffsetDateTime,
) -> Result<Claims, IssueError> {
    let form = &case.application.form;
    let family = form
        .family_name
        .as_ref()
        .ok_or(IssueError::Incomplete("family name"))?;
    let passport = form
        .passport
        .as_ref()
        .ok_or(IssueError::Incomplete("passport"))?;
    let end_of_card = (card.expires_on + Duration::days(1))
        .midnight()
        .assume_utc();
    Ok(Claims {
        issuer: card.home,
        issued_at: now,
        expires_at: (now + CREDENTIAL_TTL).min(end_of_card),
        card: CardClaims {
            card_number: card.number.to_string(),
            family_name: family.as_str().to_owned(),
            given_names: form.given_names.as_ref().map(|g| g.as_str().to_owned()),
            native_name: form.native_name.as_ref().map(|n| n.as_str().to_owned()),
            sex: match form.sex {
                Some(Sex::F) => "F",
                Some(Sex::M) => "M",
                _ => "X",
            }
            .to_owned(),
            date_of_birth: form
                .date_of_birth
                .ok_or(IssueError::Incomplete("date of birth"))?,
            nationality: passport.issuing_state,
            passport_number: card.passport_number.to_string(),
            passport_expires_on: card.passport_expires_on,
            card_expires_on: card.expires_on,
            economies: card.economies.iter().copied().collect(),
            status_index,
            device_key,
        },
    })
}

/// The card's current credential: the stored one while it has time left, otherwise newly signed by
/// the home economy's document signer. A new revision or device key gets a new status index, and the
/// old credential is revoked by the status list's query.
pub async fn current_credential(
    store: &dyn Store,
    access: CaseAccess,
    number: &CardNumber,
    now: OffsetDateTime,
) -> Result<Issued, IssueError> {
    let card = store.card(access, number).await?;
    if !card.is_active() || card.is_due_to_expire(now.date()) {
        return Err(IssueError::CardNotActive);
    }
    let device_key = store.device_key(access, number).await?;
    let hash = device_key
        .as_ref()
        .map(|k| hex::encode(Sha256::digest(k)))
        .unwrap_or_default();
    let slot = store
        .credential_slot(access, number, card.revision, &hash)
        .await?;
    if let Some((cose, expires_at)) = slot.issued {
        if expires_at - now > REFRESH_BEFORE {
            return Ok(Issued {
                cose,
                expires_at,
                status_index: slot.status_index,
                revision: card.revision,
            });
        }
    }
    let case = store.case(access, card.application, now).await?;
    let claims = claims_for(&card, &case, device_key, slot.status_index, now)?;
    let ring = Keyring::load(store).await?;
    let signer = ring.signers.get(&card.home).ok_or(IssueError::NoSigner)?;
    let cose = credential::issue(&claims, signer)?;
    store
        .put_credential(
            number,
            card.revision,
            &hash,
            cose.clone(),
            claims.expires_at,
        )
        .await?;
    Ok(Issued {
        cose,
        expires_at: claims.expires_at,
        status_index: slot.status_index,
        revision: card.revision,
    })
}

/// The economy's status list, signed now by its document signer, with an entity tag that changes
/// only when the set of revoked credentials does.
pub async fn signed_status_list(
    store: &dyn Store,
    economy: EconomyCode,
    now: OffsetDateTime,
) -> Result<(String, Vec<u8>), IssueError> {
    let revoked = store.revoked_indices(economy).await?;
    let mut digest = Sha256::new();
    for i in &revoked {
        digest.update(i.to_be_bytes());
    }
    let etag = format!(
        "\"{}\"",
        hex::encode(digest.finalize().get(..12).unwrap_or_default())
    );
    let ring = Keyring::load(store).await?;
    let signer = ring.signers.get(&economy).ok_or(IssueError::NoSigner)?;
    let mut list = StatusList::new(economy, 1024, now);
    for i in revoked {
        let i =
            usize::try_from(i).map_err(|_| IssueError::Incomplete("a status index in range"))?;
        list.set(i, true)?;
    }
    Ok((etag, list.sign(signer)?))
}
