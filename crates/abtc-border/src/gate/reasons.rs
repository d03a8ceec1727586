//! Why a gate refers a traveller to an officer. Reasons are codes, never data: a gate's log, its
//! statistics and the server's response may hold them without holding anything about the person
//! (no name, no document number, no date).

use std::fmt;

use abtc_credential::verify::Reason;
use serde::Serialize;

use super::face::{FaceError, FaceImage};
use crate::mrz::{MrzError, MrzField};

/// One reason to refer, in the order [`super::Gate::decide`] reports them: the zone, the card, the
/// comparisons of zone and card, the documents' validity, then the face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum GateReason {
    /// The zone was refused by the reader; `error` is [`MrzError::code`], `field` the damaged field
    /// when the error is about one. The traveller may simply rescan.
    MrzInvalid {
        error: &'static str,
        field: Option<MrzField>,
    },
    /// The QR is not a virtual card (wrong prefix, damaged encoding, bad claims).
    CardMalformed,
    /// The card's signer is not in the gate's trust list.
    CardUnknownIssuer,
    /// The card's signature does not verify, or its signer may not sign for its issuer then.
    CardBadSignature,
    /// The card's expiry date has passed.
    CardExpired,
    /// The credential's short validity (its `exp`) has passed or it claims to be issued in the
    /// future, while the card itself is still valid: the wallet must refresh it online.
    CredentialExpired,
    /// The card is revoked in its issuer's status list.
    CardRevoked,
    /// The gate requires a current status list for the issuer and has none.
    CardStatusUnavailable,
    /// The gate requires a device proof and the QR carries none (a "static" credential).
    DeviceProofMissing,
    /// The device proof is stale (a screenshot, a replay) or not made by the card's device key.
    DeviceProofInvalid,
    /// This economy does not accept the virtual card.
    CardNotAccepted,
    /// The card is valid but gives only the APEC lane here: the economy has not pre-cleared the
    /// holder, or it is a transitional member.
    LaneOnly,
    /// The zone's document number is not the card's passport number.
    PassportMismatch,
    NationalityMismatch,
    BirthDateMismatch,
    /// The card's names do not render to the zone's names under ICAO transliteration.
    NameMismatch,
    /// The passport's expiry date has passed.
    PassportExpired,
    /// The live face is not the face in the chip photo.
    FaceMismatch,
    FaceNotFound {
        image: FaceImage,
    },
    SeveralFaces {
        image: FaceImage,
    },
    FaceImageUnreadable {
        image: FaceImage,
    },
    /// The face matcher failed; the comparison could not be made.
    FaceCheckFailed,
}

impl GateReason {
    /// Stable identifier for statistics, API clients and translations; never reworded.
    pub fn code(&self) -> &'static str {
        match self {
            Self::MrzInvalid { .. } => "mrz_invalid",
            Self::CardMalformed => "card_malformed",
            Self::CardUnknownIssuer => "card_unknown_issuer",
            Self::CardBadSignature => "card_bad_signature",
            Self::CardExpired => "card_expired",
            Self::CredentialExpired => "credential_expired",
            Self::CardRevoked => "card_revoked",
            Self::CardStatusUnavailable => "card_status_unavailable",
            Self::DeviceProofMissing => "device_proof_missing",
            Self::DeviceProofInvalid => "device_proof_invalid",
            Self::CardNotAccepted => "card_not_accepted",
            Self::LaneOnly => "lane_only",
            Self::PassportMismatch => "passport_mismatch",
            Self::NationalityMismatch => "nationality_mismatch",
            Self::BirthDateMismatch => "birth_date_mismatch",
            Self::NameMismatch => "name_mismatch",
            Self::PassportExpired => "passport_expired",
            Self::FaceMismatch => "face_mismatch",
            Self::FaceNotFound { .. } => "face_not_found",
            Self::SeveralFaces { .. } => "several_faces",
            Self::FaceImageUnreadable { .. } => "face_image_unreadable",
            Self::FaceCheckFailed => "face_check_failed",
        }
    }

    /// Every reason code, in report order (for statistics tables and translation files).
    pub const CODES: [&'static str; 22] = [
        "mrz_invalid",
        "card_malformed",
        "card_unknown_issuer",
        "card_bad_signature",
        "card_expired",
        "credential_expired",
        "card_revoked",
        "card_status_unavailable",
        "device_proof_missing",
        "device_proof_invalid",
        "card_not_accepted",
        "lane_only",
        "passport_mismatch",
        "nationality_mismatch",
        "birth_date_mismatch",
        "name_mismatch",
        "passport_expired",
        "face_mismatch",
        "face_not_found",
        "several_faces",
        "face_image_unreadable",
        "face_check_failed",
    ];

    /// The zone reader's refusal, keeping only its code and field (an [`MrzError`] may quote the
    /// zone's text, such as a date).
    pub fn from_mrz_error(error: &MrzError) -> Self {
        Self::MrzInvalid {
            error: error.code(),
            field: error.field(),
        }
    }

    /// The credential's reason to refer. `card_expired` tells apart, for
    /// [`Reason::Expired`], the card's own expiry from the credential's short validity.
    pub fn from_card_reason(reason: Reason, card_expired: bool) -> Self {
        match reason {
            Reason::Malformed => Self::CardMalformed,
            Reason::UnknownIssuer => Self::CardUnknownIssuer,
            Reason::BadSignature => Self::CardBadSignature,
            Reason::Expired if card_expired => Self::CardExpired,
            Reason::Expired => Self::CredentialExpired,
            Reason::Revoked => Self::CardRevoked,
            Reason::StaleProof => Self::DeviceProofInvalid,
            Reason::MissingProof => Self::DeviceProofMissing,
            Reason::NotAccepted => Self::CardNotAccepted,
            Reason::StatusUnavailable => Self::CardStatusUnavailable,
        }
    }

    /// The face matcher's error.
    pub fn from_face_error(error: FaceError) -> Self {
        match error {
            FaceError::NoFace { image } => Self::FaceNotFound { image },
            FaceError::SeveralFaces { image } => Self::SeveralFaces { image },
            FaceError::Unreadable { image } => Self::FaceImageUnreadable { image },
            FaceError::MatcherFailed => Self::FaceCheckFailed,
        }
    }
}

impl fmt::Display for GateReason {
    /// A short English sentence for an officer's screen; carries no personal data.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MrzInvalid {
                field: Some(field), ..
            } => write!(
                f,
                "the passport zone does not read: check of the {field} failed"
            ),
            Self::MrzInvalid { field: None, .. } => {
                f.write_str("the passport zone does not read: rescan the passport")
            }
            Self::CardMalformed => f.write_str("the QR code is not a readable virtual card"),
            Self::CardUnknownIssuer => f.write_str("the card's issuer is not in the trust list"),
            Self::CardBadSignature => f.write_str("the card's signature does not verify"),
            Self::CardExpired => f.write_str("the card has expired"),
            Self::CredentialExpired => {
                f.write_str("the virtual card must be refreshed in the wallet")
            }
            Self::CardRevoked => f.write_str("the card is revoked"),
            Self::CardStatusUnavailable => {
                f.write_str("no current status list for the card's issuer")
            }
            Self::DeviceProofMissing => f.write_str("the card is shown without a device proof"),
            Self::DeviceProofInvalid => {
                f.write_str("the card's device proof is stale or not the holder's device")
            }
            Self::CardNotAccepted => f.write_str("this economy does not accept the virtual card"),
            Self::LaneOnly => {
                f.write_str("the card gives the APEC lane here, not pre-cleared entry")
            }
            Self::PassportMismatch => f.write_str("the passport number is not the one on the card"),
            Self::NationalityMismatch => {
                f.write_str("the passport's nationality is not the one on the card")
            }
            Self::BirthDateMismatch => {
                f.write_str("the passport's date of birth is not the one on the card")
            }
            Self::NameMismatch => f.write_str("the passport's names are not the card's names"),
            Self::PassportExpired => f.write_str("the passport has expired"),
            Self::FaceMismatch => f.write_str("the face does not match the passport photo"),
            Self::FaceNotFound { image } => write!(f, "no face found in the {image}"),
            Self::SeveralFaces { image } => write!(f, "several faces in the {image}"),
            Self::FaceImageUnreadable { image } => write!(f, "the {image} cannot be read"),
            Self::FaceCheckFailed => f.write_str("the face check failed"),
        }
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

    #[test]
    fn codes_follow_the_report_order_and_serialize_as_the_tag() {
        let image = FaceImage::Live;
        let all = [
            GateReason::MrzInvalid {
                error: "mrz_empty",
                field: None,
            },
            GateReason::CardMalformed,
            GateReason::CardUnknownIssuer,
            GateReason::CardBadSignature,
            GateReason::CardExpired,
            GateReason::CredentialExpired,
            GateReason::CardRevoked,
            GateReason::CardStatusUnavailable,
            GateReason::DeviceProofMissing,
            GateReason::DeviceProofInvalid,
            GateReason::CardNotAccepted,
            GateReason::LaneOnly,
            GateReason::PassportMismatch,
            GateReason::NationalityMismatch,
            GateReason::BirthDateMismatch,
            GateReason::NameMismatch,
            GateReason::PassportExpired,
            GateReason::FaceMismatch,
            GateReason::FaceNotFound { image },
            GateReason::SeveralFaces { image },
            GateReason::FaceImageUnreadable { image },
            GateReason::FaceCheckFailed,
        ];
        let codes: Vec<&str> = all.iter().map(GateReason::code).collect();
        assert_eq!(codes, GateReason::CODES);
        for reason in all {
            let json = serde_json::to_value(reason).unwrap();
            assert_eq!(json["code"], reason.code());
            assert!(!reason.to_string().is_empty());
        }
    }

    #[test]
    fn every_credential_reason_maps() {
        let cases = [
            (Reason::Malformed, "card_malformed"),
            (Reason::UnknownIssuer, "card_unknown_issuer"),
            (Reason::BadSignature, "card_bad_signature"),
            (Reason::Revoked, "card_revoked"),
            (Reason::StaleProof, "device_proof_invalid"),
            (Reason::MissingProof, "device_proof_missing"),
            (Reason::NotAccepted, "card_not_accepted"),
            (Reason::StatusUnavailable, "card_status_unavailable"),
        ];
        for (reason, code) in cases {
            assert_eq!(GateReason::from_card_reason(reason, false).code(), code);
        }
        assert_eq!(
            GateReason::from_card_reason(Reason::Expired, true).code(),
            "card_expired"
        );
        assert_eq!(
            GateReason::from_card_reason(Reason::Expired, false).code(),
            "credential_expired"
        );
    }
}
