//! The JavaScript face of the crate (names in camelCase). Each function converts its arguments,
//! calls the plain Rust function of the same purpose in the crate root and turns an error message
//! into a thrown `Error`. Nothing here is called by the native tests: `JsError` needs a JavaScript
//! engine.

use wasm_bindgen::prelude::*;

use crate::OfflineVerifier;

fn js(message: String) -> JsError {
    JsError::new(&message)
}

/// The offline border verifier: the trust list verified against the pinned anchor, and the
/// issuers' status lists added one by one.
#[wasm_bindgen(js_name = Verifier)]
pub struct Verifier {
    inner: OfflineVerifier,
}

#[wasm_bindgen(js_class = Verifier)]
impl Verifier {
    /// `new Verifier(trustList, anchorDer, nowUnix)`: throws if the list does not verify.
    #[wasm_bindgen(constructor)]
    pub fn new(trust_list: &[u8], anchor_der: &[u8], now_unix: f64) -> Result<Verifier, JsError> {
        let now = crate::time_at(now_unix).map_err(js)?;
        let inner = OfflineVerifier::new(trust_list, anchor_der, now).map_err(js)?;
        Ok(Self { inner })
    }

    /// Adds a signed status list; returns its issuer's code. Throws for a list that does not
    /// verify or is more than seven days old.
    #[wasm_bindgen(js_name = addStatusList)]
    pub fn add_status_list(&mut self, bytes: &[u8], now_unix: f64) -> Result<String, JsError> {
        let now = crate::time_at(now_unix).map_err(js)?;
        self.inner.add_status_list(bytes, now).map_err(js)
    }

    /// The trust list's version (a JavaScript number: versions stay far below 2^53).
    #[wasm_bindgen(js_name = trustVersion)]
    pub fn trust_version(&self) -> f64 {
        self.inner.trust_version() as f64
    }

    /// The result as the JSON object `abtc verify --json` prints. Throws only for an unknown
    /// economy or time; a bad QR text is a `refer` verdict.
    pub fn verify(
        &self,
        qr_text: &str,
        economy: &str,
        now_unix: f64,
        require_proof: bool,
    ) -> Result<String, JsError> {
        let now = crate::time_at(now_unix).map_err(js)?;
        self.inner
            .verify_json(qr_text, economy, now, require_proof)
            .map_err(js)
    }
}

/// The QR text in an RGBA picture (`ImageData.data` of a canvas), or `undefined`.
#[wasm_bindgen(js_name = decodeRgba)]
pub fn decode_rgba(width: u32, height: u32, rgba: &[u8]) -> Result<Option<String>, JsError> {
    crate::decode_rgba(width, height, rgba).map_err(js)
}

/// The QR text in a PNG file, or `undefined`.
#[wasm_bindgen(js_name = decodePng)]
pub fn decode_png(bytes: &[u8]) -> Result<Option<String>, JsError> {
    crate::decode_png(bytes).map_err(js)
}

/// The bytes the wallet's device key signs for the 30-second step containing `nowUnix`.
#[wasm_bindgen(js_name = proofMessage)]
pub fn proof_message(credential: &[u8], now_unix: f64) -> Result<Vec<u8>, JsError> {
    let now = crate::time_at(now_unix).map_err(js)?;
    crate::proof_message(credential, now).map_err(js)
}

/// The QR text with the device proof: `signature` is WebCrypto's ECDSA P-256 / SHA-256 output
/// (64 bytes, r || s) over `proofMessage(credential, nowUnix)`.
#[wasm_bindgen(js_name = present)]
pub fn present(credential: &[u8], now_unix: f64, signature: &[u8]) -> Result<String, JsError> {
    let now = crate::time_at(now_unix).map_err(js)?;
    crate::present(credential, now, signature).map_err(js)
}

/// The QR text without a device proof.
#[wasm_bindgen(js_name = staticQr)]
pub fn static_qr(credential: &[u8]) -> Result<String, JsError> {
    crate::static_qr(credential).map_err(js)
}

/// The QR code of `text` as an SVG document.
#[wasm_bindgen(js_name = qrSvg)]
pub fn qr_svg(text: &str) -> Result<String, JsError> {
    crate::qr_svg(text).map_err(js)
}

/// The card's claims as JSON, for the wallet's offline display.
#[wasm_bindgen(js_name = cardClaims)]
pub fn card_claims(credential: &[u8]) -> Result<String, JsError> {
    crate::card_claims(credential).map_err(js)
}
