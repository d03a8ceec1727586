//! The virtual ABTC credential, verifiable offline. Transport as HCERT (prefix, Base45, zlib,
//! COSE_Sign1 over CWT claims); per-economy X.509 document signers under each economy's CSCA, listed
//! in a trust list signed by the scheme's anchor; revocation by signed status lists; a device proof
//! against screenshots. No I/O: time, randomness and every input are parameters, so the same code
//! runs in the server, the CLI, a kiosk and the browser (wasm32).

pub mod base45;
pub mod claims;
pub mod cose;
pub mod device;
pub mod error;
pub mod keys;
pub mod pki;
pub mod qr;
pub mod status;
/// Test scaffolding (deterministic keys, a test scheme, sample claims): only with the `testkit`
/// feature, for tests, benches, examples and fuzz targets; never in the shipped or wasm32 build.
#[cfg(any(test, feature = "testkit"))]
pub mod testkit;
pub mod transport;
pub mod trust;
pub mod verify;

pub use error::{CredResult, CredentialError};
pub use keys::SigningKey;
