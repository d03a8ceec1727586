//! The REST API's wire types under `/api/v1`, shared by the server and the typed client. Responses
//! reuse the domain's own serializable records (cases, cards, views); this crate adds the requests,
//! the error body and the few responses that exist only on the wire.

use abtc_domain::text::LongText;
use abtc_domain::{
    AccountId, ApplicationForm, CancellationReason, Decision, EconomyCode, IssuancePolicy,
    PreClearanceId, PreClearanceStatus, ReplacementReason, Role,
};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

pub use abtc_domain::views::{
    AccountSummary, ApiClient, ApplicationSummary, AuditEntry, Notification, Page,
    PreClearanceView, PublicStatus,
};
pub use abtc_domain::{Card, Case, Economy, Event};

/// Every error: a stable code, a message for people, and the request id to quote to support.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, ToSchema)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
    pub request_id: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    /// Internationalized addresses are welcome (RFC 6531).
    pub email: String,
    pub password: String,
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct LoginResponse {
    /// Also set as the `abtc_session` cookie; send it as `Authorization: Bearer` from scripts.
    pub token: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: OffsetDateTime,
    #[schema(value_type = String)]
    pub account: AccountId,
    #[schema(value_type = String)]
    pub role: Role,
    #[schema(value_type = Option<String>)]
    pub economy: Option<EconomyCode>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Me {
    #[schema(value_type = String)]
    pub account: AccountId,
    #[schema(value_type = String)]
    pub role: Role,
    #[schema(value_type = Option<String>)]
    pub economy: Option<EconomyCode>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Accepted {
    pub status: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateApplicationRequest {
    #[schema(value_type = String, example = "TWN")]
    pub home: EconomyCode,
    #[schema(value_type = Object)]
    #[serde(default)]
    pub form: ApplicationForm,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateDraftRequest {
    #[schema(value_type = Object)]
    pub form: ApplicationForm,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestInfoRequest {
    #[schema(value_type = String)]
    pub question: LongText,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RespondInfoRequest {
    #[schema(value_type = String)]
    pub answer: LongText,
    #[schema(value_type = Option<Object>)]
    pub form: Option<ApplicationForm>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RejectRequest {
    #[schema(value_type = String)]
    pub reason: LongText,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionRequest {
    #[schema(value_type = String, example = "approve")]
    pub decision: Decision,
    #[schema(value_type = Option<String>)]
    pub note: Option<LongText>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct WithdrawApprovalRequest {
    #[schema(value_type = Option<String>)]
    pub note: Option<LongText>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BatchDecisionItem {
    #[schema(value_type = String)]
    pub id: PreClearanceId,
    #[schema(value_type = String, example = "approve")]
    pub decision: Decision,
    #[schema(value_type = Option<String>)]
    pub note: Option<LongText>,
}

/// Up to 1000 decisions; send an `Idempotency-Key` header so that a retry never decides twice.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BatchDecisionRequest {
    pub decisions: Vec<BatchDecisionItem>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, ToSchema)]
pub struct BatchResultItem {
    #[schema(value_type = String)]
    pub id: PreClearanceId,
    pub ok: bool,
    #[schema(value_type = Option<String>)]
    pub status: Option<PreClearanceStatus>,
    pub error: Option<ItemError>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, ToSchema)]
pub struct ItemError {
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, ToSchema)]
pub struct BatchDecisionResponse {
    pub results: Vec<BatchResultItem>,
    /// True when this is the stored answer to an earlier request with the same `Idempotency-Key`.
    pub replayed: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplaceCardRequest {
    #[schema(value_type = Object)]
    pub reason: ReplacementReason,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CancelCardRequest {
    #[schema(value_type = String, example = "left_employer")]
    pub reason: CancellationReason,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyUpdateRequest {
    #[schema(value_type = Object)]
    pub issuance_policy: IssuancePolicy,
    pub pre_clearance_target_days: Option<u16>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateStaffRequest {
    pub username: String,
    pub password: String,
    #[schema(value_type = String, example = "case_officer")]
    pub role: Role,
    pub display_name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateApiClientRequest {
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ApiClientCreated {
    #[schema(value_type = String)]
    pub id: AccountId,
    #[schema(value_type = String)]
    pub economy: EconomyCode,
    pub name: String,
    /// Shown once; only its hash is stored.
    pub token: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Health {
    pub status: String,
    pub backend: Option<String>,
}

/// The wallet's device key: P-256, SEC1 uncompressed (WebCrypto's `raw` export), base64url.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeviceKeyRequest {
    pub public_key: String,
}

/// The card's current virtual credential.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CredentialResponse {
    /// The signed credential (COSE_Sign1), base64url: the wallet adds its device proof to it.
    pub credential: String,
    /// The QR text without a device proof (a "static" presentation).
    pub qr: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub expires_at: OffsetDateTime,
    pub status_index: u64,
    pub revision: u32,
}

/// A signing key as administrators see it: never the secret.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct KeySummary {
    pub id: i64,
    /// csca, dsc or anchor.
    pub role: String,
    /// First 8 bytes of SHA-256 of the certificate, hex.
    pub kid: String,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub retired_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct TrustListPublished {
    pub version: u64,
}
