//! P-256 keys (ES256): economies' document signers, the scheme's trust anchor and holders' device
//! keys. Key generation takes its randomness from the caller; signing is deterministic (RFC 6979),
//! so nothing here reads the operating system.

use abtc_domain::Entropy;
use p256::ecdsa::signature::{Signer, Verifier};
use p256::ecdsa::{Signature, SigningKey as P256Signing, VerifyingKey};

use crate::error::{CredResult, CredentialError};

pub struct SigningKey {
    inner: P256Signing,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("public", &hex::encode(self.public_sec1()))
            .finish()
    }
}

impl SigningKey {
    /// A new key from the caller's randomness (retrying the rare out-of-range scalar).
    pub fn generate(entropy: &dyn Entropy) -> Self {
        loop {
            let mut secret = [0u8; 32];
            entropy.fill(&mut secret);
            if let Ok(k) = Self::from_secret_bytes(&secret) {
                return k;
            }
        }
    }

    pub fn from_secret_bytes(secret: &[u8]) -> CredResult<Self> {
        P256Signing::from_slice(secret)
            .map(|inner| Self { inner })
            .map_err(|_| CredentialError::Key("not a P-256 private scalar"))
    }

    pub fn to_secret_bytes(&self) -> [u8; 32] {
        self.inner.to_bytes().into()
    }

    /// The public key, SEC1 uncompressed (65 bytes), as WebCrypto exports it in `raw` format.
    pub fn public_sec1(&self) -> Vec<u8> {
        self.inner
            .verifying_key()
            .to_encoded_point(false)
            .as_bytes()
            .to_vec()
    }

    pub fn verifying_key(&self) -> &VerifyingKey {
        self.inner.verifying_key()
    }

    pub fn p256(&self) -> &P256Signing {
        &self.inner
    }

    /// ES256 over `msg`: the raw 64-byte r||s form COSE and WebCrypto use.
    pub fn sign(&self, msg: &[u8]) -> [u8; 64] {
        let sig: Signature = self.inner.sign(msg);
        sig.to_bytes().into()
    }
}

/// Verifies an ES256 raw r||s signature with a SEC1-encoded P-256 public key.
pub fn verify_es256(public_sec1: &[u8], msg: &[u8], sig: &[u8]) -> CredResult<()> {
    let key = VerifyingKey::from_sec1_bytes(public_sec1)
        .map_err(|_| CredentialError::Key("not a P-256 public key"))?;
    let sig = Signature::from_slice(sig).map_err(|_| CredentialError::BadSignature)?;
    key.verify(msg, &sig)
        .map_err(|_| CredentialError::BadSignature)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Counter(std::sync::atomic::AtomicU8);
    impl Entropy for Counter {
        fn fill(&self, buf: &mut [u8]) {
            let n = self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            for (i, b) in buf.iter_mut().enumerate() {
                *b = n.wrapping_add(i as u8).wrapping_mul(31).wrapping_add(7);
            }
        }
    }

    #[test]
    fn sign_verify_round_trip_and_tamper() {
        let k = SigningKey::generate(&Counter(std::sync::atomic::AtomicU8::new(1)));
        let sig = k.sign(b"hello");
        verify_es256(&k.public_sec1(), b"hello", &sig).unwrap();
        assert_eq!(
            verify_es256(&k.public_sec1(), b"hellO", &sig),
            Err(CredentialError::BadSignature)
        );
        let again = SigningKey::from_secret_bytes(&k.to_secret_bytes()).unwrap();
        assert_eq!(again.public_sec1(), k.public_sec1());
        assert_eq!(k.public_sec1().len(), 65);
        assert!(SigningKey::from_secret_bytes(&[0u8; 32]).is_err());
        assert!(verify_es256(&[4u8; 10], b"x", &sig).is_err());
    }
}
