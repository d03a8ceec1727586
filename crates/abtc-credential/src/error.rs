//! Why a credential, trust list or status list was not accepted. Stable codes; no personal data.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CredentialError {
    /// The text or bytes are not a well-formed credential at the named layer.
    #[error("malformed: {0}")]
    Malformed(&'static str),
    #[error("the issuer's signing certificate is not in the trust list")]
    UnknownIssuer,
    #[error("the signature does not verify")]
    BadSignature,
    #[error("this signature algorithm is not supported")]
    UnsupportedAlgorithm,
    #[error("certificate: {0}")]
    Certificate(&'static str),
    #[error("trust list: {0}")]
    TrustList(&'static str),
    #[error("status list: {0}")]
    StatusList(&'static str),
    #[error("key: {0}")]
    Key(&'static str),
}

impl CredentialError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Malformed(_) => "malformed",
            Self::UnknownIssuer => "unknown_issuer",
            Self::BadSignature => "bad_signature",
            Self::UnsupportedAlgorithm => "unsupported_algorithm",
            Self::Certificate(_) => "bad_certificate",
            Self::TrustList(_) => "bad_trust_list",
            Self::StatusList(_) => "bad_status_list",
            Self::Key(_) => "bad_key",
        }
    }
}

pub type CredResult<T> = Result<T, CredentialError>;
