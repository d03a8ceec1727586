//! Passwords (argon2id), tokens and lockout. Unknown names are verified against a dummy hash and
//! throttled like known ones, so neither timing nor answers reveal who has an account.

use abtc_domain::Entropy;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};

use crate::config::PasswordCost;

pub const SESSION_PREFIX: &str = "abtcs_";
pub const API_TOKEN_PREFIX: &str = "abtct_";
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Failures allowed before each further attempt must wait.
pub const FREE_FAILURES: u32 = 5;

pub struct Passwords {
    argon: Argon2<'static>,
    dummy_hash: String,
}

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("password hashing failed")]
    Hash,
}

impl Passwords {
    pub fn new(cost: PasswordCost, entropy: &dyn Entropy) -> Result<Self, PasswordError> {
        let params = Params::new(cost.memory_kib, cost.iterations, cost.parallelism, None)
            .map_err(|_| PasswordError::Hash)?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut me = Self {
            argon,
            dummy_hash: String::new(),
        };
        me.dummy_hash = me.hash("not a real password, only for timing", entropy)?;
        Ok(me)
    }

    pub fn hash(&self, password: &str, entropy: &dyn Entropy) -> Result<String, PasswordError> {
        let mut salt = [0u8; 16];
        entropy.fill(&mut salt);
        let salt = SaltString::encode_b64(&salt).map_err(|_| PasswordError::Hash)?;
        self.argon
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|_| PasswordError::Hash)
    }

    /// Verifies against `hash`, or against the dummy hash when there is none, taking the same time.
    pub fn verify(&self, password: &str, hash: Option<&str>) -> bool {
        let (target, real) = match hash {
            Some(h) => (h, true),
            None => (self.dummy_hash.as_str(), false),
        };
        let ok = PasswordHash::new(target)
            .map(|parsed| {
                self.argon
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false);
        ok && real
    }
}

/// Checks a new password's strength; says why it is refused.
pub fn check_new_password(password: &str) -> Result<(), &'static str> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_CHARS {
        return Err("passwords need at least 10 characters");
    }
    if n > 256 {
        return Err("passwords may have at most 256 characters");
    }
    Ok(())
}

/// A new bearer token with its storage hash. Only the hash is kept.
pub fn new_token(prefix: &str, entropy: &dyn Entropy) -> (String, String) {
    let mut raw = [0u8; 32];
    entropy.fill(&mut raw);
    let token = format!("{prefix}{}", hex::encode(raw));
    let hash = token_hash(&token);
    (token, hash)
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Login names compare without regard to case or surrounding space.
pub fn normalize_username(s: &str) -> String {
    s.trim().to_lowercase()
}

/// How long after the last failure the next attempt must wait: nothing for the first few, then
/// doubling from one second up to fifteen minutes.
pub fn lockout_delay(failures: u32) -> Duration {
    if failures < FREE_FAILURES {
        return Duration::ZERO;
    }
    let exp = (failures - FREE_FAILURES).min(10);
    Duration::seconds((1i64 << exp).min(900))
}

pub fn locked_until(failures: u32, last_failure_at: OffsetDateTime) -> Option<OffsetDateTime> {
    let d = lockout_delay(failures);
    (d > Duration::ZERO).then_some(last_failure_at + d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::system::OsEntropy;

    fn cheap() -> Passwords {
        Passwords::new(
            PasswordCost {
                memory_kib: 256,
                iterations: 1,
                parallelism: 1,
            },
            &OsEntropy,
        )
        .unwrap()
    }

    #[test]
    fn hashes_verify_and_dummy_never_matches() {
        let p = cheap();
        let h = p.hash("correct horse battery", &OsEntropy).unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(p.verify("correct horse battery", Some(&h)));
        assert!(!p.verify("wrong horse battery", Some(&h)));
        assert!(!p.verify("not a real password, only for timing", None));
        assert!(!p.verify("x", Some("garbage")));
    }

    #[test]
    fn lockout_grows_and_caps() {
        assert_eq!(lockout_delay(4), Duration::ZERO);
        assert_eq!(lockout_delay(5), Duration::seconds(1));
        assert_eq!(lockout_delay(7), Duration::seconds(4));
        assert_eq!(lockout_delay(100), Duration::seconds(900));
    }

    #[test]
    fn tokens_are_prefixed_and_hashed() {
        let (t, h) = new_token(SESSION_PREFIX, &OsEntropy);
        assert!(t.starts_with(SESSION_PREFIX));
        assert_eq!(token_hash(&t), h);
        assert_ne!(t, h);
        assert!(check_new_password("short").is_err());
        assert!(check_new_password("long enough pass").is_ok());
    }
}
