//! Identifiers. Internal ids are UUIDs; the public tracking reference is short, typeable and reveals
//! nothing about the applicant.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::DomainError;

macro_rules! uuid_id {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            pub fn from_bytes(bytes: [u8; 16]) -> Self {
                Self(uuid::Builder::from_random_bytes(bytes).into_uuid())
            }
            pub fn parse(s: &str) -> Result<Self, DomainError> {
                Uuid::parse_str(s.trim()).map(Self).map_err(|_| DomainError::InvalidId)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = DomainError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }
    };
}

uuid_id!(
    /// An application (and the case built around it).
    ApplicationId
);
uuid_id!(
    /// One pre-clearance request: one application asking one economy.
    PreClearanceId
);
uuid_id!(
    /// A login: applicant, officer, administrator, auditor or national-system client.
    AccountId
);
uuid_id!(
    /// A domain event.
    EventId
);
uuid_id!(
    /// A cardholder-service ticket (random, so ids say nothing about how many tickets exist).
    TicketId
);

/// Crockford base-32: no I, L, O or U, so references survive being read out over the phone.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The public tracking reference of an application, e.g. `ABTC-7K2M-9XQ4`: 40 random bits, shown to
/// the applicant and usable on the public status tracker.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Reference(String);

impl Reference {
    pub fn from_random(bytes: [u8; 5]) -> Self {
        let mut v: u64 = 0;
        for b in bytes {
            v = (v << 8) | u64::from(b);
        }
        let mut chars = [0u8; 8];
        for (i, c) in chars.iter_mut().enumerate() {
            let shift = 35 - 5 * i;
            let idx = ((v >> shift) & 31) as usize;
            *c = ALPHABET.get(idx).copied().unwrap_or(b'0');
        }
        let s: String = chars.iter().map(|&b| char::from(b)).collect();
        let (a, b) = s.split_at(4);
        Self(format!("ABTC-{a}-{b}"))
    }

    /// Accepts any case, with or without the dashes and the `ABTC` prefix, and the usual misreadings
    /// (O for 0, I and L for 1).
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let trimmed = s.trim();
        // "ABTC-" or "ABTC " is the prefix, whatever follows: "ABTC-1234" is a truncated reference.
        let separated_prefix = trimmed
            .get(..5)
            .is_some_and(|p| p.eq_ignore_ascii_case("ABTC-") || p.eq_ignore_ascii_case("ABTC "));
        let mut cleaned: String = trimmed
            .chars()
            .filter(|c| *c != '-' && *c != ' ')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if separated_prefix || (cleaned.len() == 12 && cleaned.starts_with("ABTC")) {
            cleaned = cleaned.split_off(4);
        }
        if cleaned.len() != 8 {
            return Err(DomainError::InvalidReference);
        }
        let mut out = String::with_capacity(8);
        for c in cleaned.chars() {
            let c = match c {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            };
            if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
                return Err(DomainError::InvalidReference);
            }
            out.push(c);
        }
        let (a, b) = out.split_at(4);
        Ok(Self(format!("ABTC-{a}-{b}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

crate::newtype::string_newtype!(Reference, DomainError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_round_trip_and_forgive_misreadings() {
        let r = Reference::from_random([1, 2, 3, 4, 5]);
        assert_eq!(r.as_str().len(), 14);
        assert_eq!(Reference::parse(r.as_str()).unwrap(), r);
        let lower = r.as_str().to_lowercase().replace('-', "");
        assert_eq!(Reference::parse(&lower).unwrap(), r);
        assert_eq!(
            Reference::parse("abtc-oooo-iiii").unwrap().as_str(),
            "ABTC-0000-1111"
        );
        assert!(Reference::parse("ABTC-1234").is_err());
        assert!(Reference::parse("ABTC-UUUU-1111").is_err());
        assert!(Reference::parse("ABTC-ÄÄÄÄ-1111").is_err());
    }

    #[test]
    fn ids_parse() {
        let id = ApplicationId::from_bytes([7; 16]);
        assert_eq!(ApplicationId::parse(&id.to_string()).unwrap(), id);
        assert!(ApplicationId::parse("nope").is_err());
    }
}
