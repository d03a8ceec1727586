//! Key management through the API: an economy's administrator sees its keys and rotates its document
//! signer (the trust list is republished at once, so new credentials verify everywhere); the scheme
//! administrator can republish the trust list.

use abtc_api::{KeySummary, TrustListPublished};
use abtc_domain::role::{EconomyAdminScope, SchemeAdminScope};
use abtc_domain::EconomyCode;
use abtc_store::NewAudit;
use axum::extract::{Path, State};
use axum::Json;

use crate::error::{ApiError, ApiResult};
use crate::extract::Scoped;
use crate::keyring::{self, KeyError};
use crate::state::AppState;

fn own_economy(scope: &EconomyAdminScope, code: &str) -> ApiResult<EconomyCode> {
    let code = EconomyCode::parse(code).map_err(|_| ApiError::not_found())?;
    if code != scope.economy() {
        return Err(ApiError::forbidden());
    }
    Ok(code)
}

fn key_error(e: KeyError) -> ApiError {
    tracing::error!(error = %e, "key management failed");
    ApiError::internal()
}

/// The economy's keys (roots and document signers), without their secrets.
#[utoipa::path(get, path = "/api/v1/economies/{code}/keys", tag = "administration", params(("code" = String, Path)),
    responses((status = 200, body = Vec<KeySummary>), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<EconomyAdminScope>,
    Path(code): Path<String>,
) -> ApiResult<Json<Vec<KeySummary>>> {
    let code = own_economy(&scope, &code)?;
    let keys = state.store.signing_keys().await?;
    Ok(Json(
        keys.into_iter()
            .filter(|k| k.economy == Some(code))
            .map(|k| KeySummary {
                id: k.id,
                role: k.role.as_str().to_owned(),
                kid: hex::encode(abtc_credential::cose::kid_for_certificate(&k.cert_der)),
                created_at: k.created_at,
                retired_at: k.retired_at,
            })
            .collect(),
    ))
}

/// Issues a new document signer for the economy (its first keys, if it has none), retires the old
/// one and republishes the trust list.
#[utoipa::path(post, path = "/api/v1/economies/{code}/keys/rotate", tag = "administration", params(("code" = String, Path)),
    responses((status = 200, body = TrustListPublished), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn rotate(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<EconomyAdminScope>,
    Path(code): Path<String>,
) -> ApiResult<Json<TrustListPublished>> {
    own_economy(&scope, &code)?;
    Ok(Json(rotate_economy_signer(&state, scope).await?))
}

/// Rotates the administrator's economy's document signer and republishes the trust list (the API's
/// and the administration page's shared path).
pub(crate) async fn rotate_economy_signer(
    state: &AppState,
    scope: EconomyAdminScope,
) -> ApiResult<TrustListPublished> {
    let code = scope.economy();
    let store = state.store.as_ref();
    let now = state.clock.now();
    let created = keyring::ensure_economy_keys(store, code, state.entropy.as_ref(), now)
        .await
        .map_err(key_error)?;
    if !created {
        keyring::rotate_signer(store, code, state.entropy.as_ref(), now)
            .await
            .map_err(key_error)?;
    }
    let version = keyring::publish_trust_list(store, state.entropy.as_ref(), now)
        .await
        .map_err(key_error)?;
    store
        .record_audit(NewAudit::ok(
            now,
            scope.actor(),
            "rotate_document_signer",
            format!("economy:{code}"),
        ))
        .await?;
    Ok(TrustListPublished { version })
}

/// Signs and publishes a new trust list version from the keys in force.
#[utoipa::path(post, path = "/api/v1/trust-list", tag = "administration",
    responses((status = 200, body = TrustListPublished), (status = 403, body = abtc_api::ErrorBody)))]
pub async fn publish(
    State(state): State<AppState>,
    Scoped(scope, _): Scoped<SchemeAdminScope>,
) -> ApiResult<Json<TrustListPublished>> {
    Ok(Json(publish_trust_list_as(&state, scope).await?))
}

/// Signs and publishes the next trust list for the scheme administrator (the API's and the scheme
/// page's shared path).
pub(crate) async fn publish_trust_list_as(
    state: &AppState,
    scope: SchemeAdminScope,
) -> ApiResult<TrustListPublished> {
    let now = state.clock.now();
    let version = keyring::publish_trust_list(state.store.as_ref(), state.entropy.as_ref(), now)
        .await
        .map_err(key_error)?;
    state
        .store
        .record_audit(NewAudit::ok(
            now,
            scope.actor(),
            "publish_trust_list",
            format!("trust_list:{version}"),
        ))
        .await?;
    Ok(TrustListPublished { version })
}
