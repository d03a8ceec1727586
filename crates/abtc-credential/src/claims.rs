//! The credential's CWT claims: issuer, issue and expiry times, and one private claim holding the
//! card. Compact CBOR with short keys, so the QR code stays small enough to scan from a phone.

use abtc_domain::EconomyCode;
use ciborium::Value;
use time::{Date, OffsetDateTime};

use crate::error::{CredResult, CredentialError};

/// CWT claim keys (RFC 8392) and our private claim.
const ISS: i64 = 1;
const EXP: i64 = 4;
const IAT: i64 = 6;
/// The card, in a private-use claim (negative keys below -65536 are private use).
pub const CLAIM_CARD: i64 = -65_537;

/// What the card shows and the border compares with the passport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardClaims {
    pub card_number: String,
    /// Latin names as in the passport's machine-readable zone (`<` between parts).
    pub family_name: String,
    pub given_names: Option<String>,
    /// The name in the holder's own script.
    pub native_name: Option<String>,
    /// `F`, `M` or `X`.
    pub sex: String,
    pub date_of_birth: Date,
    pub nationality: EconomyCode,
    pub passport_number: String,
    pub passport_expires_on: Date,
    pub card_expires_on: Date,
    /// Economies that pre-cleared the holder.
    pub economies: Vec<EconomyCode>,
    /// The credential's bit in its issuer's status list.
    pub status_index: u64,
    /// The holder's device key (SEC1 P-256); present proofs must be signed by it.
    pub device_key: Option<Vec<u8>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claims {
    pub issuer: EconomyCode,
    pub issued_at: OffsetDateTime,
    /// Short-lived: the wallet refreshes the credential whenever it is online.
    pub expires_at: OffsetDateTime,
    pub card: CardClaims,
}

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

fn date_text(d: Date) -> Value {
    Value::Text(format!(
        "{:04}-{:02}-{:02}",
        d.year(),
        d.month() as u8,
        d.day()
    ))
}

fn bad(what: &'static str) -> CredentialError {
    CredentialError::Malformed(what)
}

fn get<'a>(map: &'a [(Value, Value)], key: &str) -> Option<&'a Value> {
    map.iter()
        .find(|(k, _)| matches!(k, Value::Text(t) if t == key))
        .map(|(_, v)| v)
}

fn get_int(map: &[(Value, Value)], key: i64) -> Option<&Value> {
    map.iter()
        .find(|(k, _)| matches!(k, Value::Integer(i) if i128::from(*i) == i128::from(key)))
        .map(|(_, v)| v)
}

fn as_text(v: Option<&Value>) -> CredResult<String> {
    match v {
        Some(Value::Text(t)) => Ok(t.clone()),
        _ => Err(bad("claims")),
    }
}

fn as_opt_text(v: Option<&Value>) -> CredResult<Option<String>> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Text(t)) => Ok(Some(t.clone())),
        _ => Err(bad("claims")),
    }
}

fn as_int(v: Option<&Value>) -> CredResult<i64> {
    match v {
        Some(Value::Integer(i)) => i64::try_from(i128::from(*i)).map_err(|_| bad("claims")),
        // CWT allows floating-point NumericDate; some issuers use it.
        Some(Value::Float(f)) if f.is_finite() && f.abs() < 1e15 => Ok(f.trunc() as i64),
        _ => Err(bad("claims")),
    }
}

fn as_date(v: Option<&Value>) -> CredResult<Date> {
    let s = as_text(v)?;
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(&s, &format).map_err(|_| bad("claims"))
}

fn as_economy(v: Option<&Value>) -> CredResult<EconomyCode> {
    EconomyCode::parse(&as_text(v)?).map_err(|_| bad("claims"))
}

fn timestamp(t: OffsetDateTime) -> Value {
    Value::Integer(t.unix_timestamp().into())
}

fn from_timestamp(v: Option<&Value>) -> CredResult<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp(as_int(v)?).map_err(|_| bad("claims"))
}

/// Reads the CWT times of any CWT (HCERT ones too): (issued at, expires at).
pub fn cwt_times(payload: &[u8]) -> CredResult<(Option<OffsetDateTime>, Option<OffsetDateTime>)> {
    let value: Value = ciborium::from_reader(payload).map_err(|_| bad("cbor"))?;
    let Value::Map(map) = value else {
        return Err(bad("claims"));
    };
    let iat = get_int(&map, IAT)
        .map(|v| from_timestamp(Some(v)))
        .transpose()?;
    let exp = get_int(&map, EXP)
        .map(|v| from_timestamp(Some(v)))
        .transpose()?;
    Ok((iat, exp))
}

impl Claims {
    pub fn to_cbor(&self) -> CredResult<Vec<u8>> {
        let c = &self.card;
        let mut card = vec![
            (text("n"), text(&c.card_number)),
            (text("fn"), text(&c.family_name)),
            (text("sx"), text(&c.sex)),
            (text("db"), date_text(c.date_of_birth)),
            (text("na"), text(c.nationality.as_str())),
            (text("pn"), text(&c.passport_number)),
            (text("pe"), date_text(c.passport_expires_on)),
            (text("ce"), date_text(c.card_expires_on)),
            (
                text("ec"),
                Value::Array(c.economies.iter().map(|e| text(e.as_str())).collect()),
            ),
            (text("si"), Value::Integer(c.status_index.into())),
        ];
        if let Some(g) = &c.given_names {
            card.push((text("gn"), text(g)));
        }
        if let Some(n) = &c.native_name {
            card.push((text("nn"), text(n)));
        }
        if let Some(k) = &c.device_key {
            card.push((text("dk"), Value::Bytes(k.clone())));
        }
        let cwt = Value::Map(vec![
            (Value::Integer(ISS.into()), text(self.issuer.as_str())),
            (Value::Integer(EXP.into()), timestamp(self.expires_at)),
            (Value::Integer(IAT.into()), timestamp(self.issued_at)),
            (Value::Integer(CLAIM_CARD.into()), Value::Map(card)),
        ]);
        let mut out = Vec::new();
        ciborium::into_writer(&cwt, &mut out).map_err(|_| bad("claims"))?;
        Ok(out)
    }

    pub fn from_cbor(bytes: &[u8]) -> CredResult<Self> {
        let value: Value = ciborium::from_reader(bytes).map_err(|_| bad("cbor"))?;
        let Value::Map(map) = value else {
            return Err(bad("claims"));
        };
        let Some(Value::Map(card)) = get_int(&map, CLAIM_CARD) else {
            return Err(bad("claims"));
        };
        let economies = match get(card, "ec") {
            Some(Value::Array(list)) => list
                .iter()
                .map(|v| as_economy(Some(v)))
                .collect::<CredResult<Vec<_>>>()?,
            _ => return Err(bad("claims")),
        };
        let status_index = u64::try_from(as_int(get(card, "si"))?).map_err(|_| bad("claims"))?;
        let device_key = match get(card, "dk") {
            None => None,
            Some(Value::Bytes(b)) => Some(b.clone()),
            Some(_) => return Err(bad("claims")),
        };
        Ok(Self {
            issuer: as_economy(get_int(&map, ISS))?,
            issued_at: from_timestamp(get_int(&map, IAT))?,
            expires_at: from_timestamp(get_int(&map, EXP))?,
            card: CardClaims {
                card_number: as_text(get(card, "n"))?,
                family_name: as_text(get(card, "fn"))?,
                given_names: as_opt_text(get(card, "gn"))?,
                native_name: as_opt_text(get(card, "nn"))?,
                sex: as_text(get(card, "sx"))?,
                date_of_birth: as_date(get(card, "db"))?,
                nationality: as_economy(get(card, "na"))?,
                passport_number: as_text(get(card, "pn"))?,
                passport_expires_on: as_date(get(card, "pe"))?,
                card_expires_on: as_date(get(card, "ce"))?,
                economies,
                status_index,
                device_key,
            },
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::datetime;

    pub fn sample() -> Claims {
        let economies = ["JPN", "KOR", "SGP"]
            .iter()
            .map(|c| EconomyCode::parse(c).unwrap())
            .collect::<Vec<_>>();
        crate::testkit::sample_claims(
            EconomyCode::parse("TWN").unwrap(),
            &economies,
            Some(&[4; 65]),
            datetime!(2026-11-24 09:00 UTC),
        )
        .unwrap()
    }

    #[test]
    fn claims_round_trip_compactly() {
        let c = sample();
        let bytes = c.to_cbor().unwrap();
        assert!(bytes.len() < 350, "claims are {} bytes", bytes.len());
        assert_eq!(Claims::from_cbor(&bytes).unwrap(), c);
        let (iat, exp) = cwt_times(&bytes).unwrap();
        assert_eq!((iat, exp), (Some(c.issued_at), Some(c.expires_at)));
    }

    #[test]
    fn wrong_shapes_are_malformed() {
        assert!(Claims::from_cbor(&[]).is_err());
        assert!(Claims::from_cbor(&[0xa0]).is_err());
        let mut out = Vec::new();
        ciborium::into_writer(&Value::Array(vec![]), &mut out).unwrap();
        assert!(Claims::from_cbor(&out).is_err());
    }

    proptest! {
        #[test]
        fn decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = Claims::from_cbor(&bytes);
            let _ = cwt_times(&bytes);
        }
    }
}
