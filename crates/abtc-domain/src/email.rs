//! E-mail addresses, including internationalized ones (RFC 6531).

use serde::{Deserialize, Serialize};

/// Longest address that fits an SMTP forward-path (RFC 5321 §4.5.3.1.3).
const MAX_ADDRESS_BYTES: usize = 254;
/// RFC 5321 §4.5.3.1.1.
const MAX_LOCAL_PART_BYTES: usize = 64;
/// RFC 1035 §2.3.4, counted on the ASCII (punycode) form.
const MAX_DOMAIN_BYTES: usize = 253;
const MAX_LABEL_BYTES: usize = 63;

/// An e-mail address that has passed the checks below.
///
/// Kept as `local@domain` with the domain in its Unicode form, as a person
/// would type it; the punycode form is derived when a mail needs sending.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

/// Why a string is not an acceptable e-mail address.
///
/// Messages never repeat the input: addresses are personal data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("e-mail address is empty")]
    Empty,
    #[error("e-mail address is longer than {MAX_ADDRESS_BYTES} bytes")]
    TooLong,
    #[error("e-mail address has no @")]
    MissingAt,
    #[error("e-mail address has more than one @")]
    MultipleAt,
    #[error("e-mail address has nothing before the @")]
    EmptyLocalPart,
    #[error("part of the e-mail address before the @ is longer than {MAX_LOCAL_PART_BYTES} bytes")]
    LocalPartTooLong,
    #[error("part of the e-mail address before the @ {reason}")]
    InvalidLocalPart { reason: &'static str },
    #[error("e-mail address has nothing after the @")]
    EmptyDomain,
    #[error("e-mail addresses with an IP address instead of a domain name are not accepted")]
    DomainLiteral,
    #[error("domain of the e-mail address {reason}")]
    InvalidDomain { reason: &'static str },
}

impl EmailError {
    /// Stable identifier for API clients and translations; never reworded.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "email_empty",
            Self::TooLong => "email_too_long",
            Self::MissingAt => "email_missing_at",
            Self::MultipleAt => "email_multiple_at",
            Self::EmptyLocalPart => "email_empty_local_part",
            Self::LocalPartTooLong => "email_local_part_too_long",
            Self::InvalidLocalPart { .. } => "email_invalid_local_part",
            Self::EmptyDomain => "email_empty_domain",
            Self::DomainLiteral => "email_domain_literal",
            Self::InvalidDomain { .. } => "email_invalid_domain",
        }
    }
}

impl Email {
    /// The only way to obtain an [`Email`].
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(EmailError::Empty);
        }
        // Bail out before any Unicode processing on oversized input.
        if trimmed.len() > MAX_ADDRESS_BYTES {
            return Err(EmailError::TooLong);
        }

        let (local, domain) = split_address(trimmed)?;
        if local.is_empty() {
            return Err(EmailError::EmptyLocalPart);
        }
        if local.len() > MAX_LOCAL_PART_BYTES {
            return Err(EmailError::LocalPartTooLong);
        }
        if local.starts_with('"') {
            check_quoted_local_part(local)?;
        } else {
            check_dot_atom_local_part(local)?;
        }

        let (unicode_domain, ascii_domain) = normalize_domain(domain)?;

        // Normalization can change the length, and either form may be the
        // one that goes on the wire, so both must fit.
        let stored = format!("{local}@{unicode_domain}");
        let ascii_len = local.len() + 1 + ascii_domain.len();
        if stored.len() > MAX_ADDRESS_BYTES || ascii_len > MAX_ADDRESS_BYTES {
            return Err(EmailError::TooLong);
        }
        Ok(Self(stored))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Case preserved: RFC 5321 leaves its interpretation to the receiving host.
    pub fn local_part(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(local, _)| local)
    }

    /// Unicode form, lowercased by UTS 46 mapping.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, domain)| domain)
    }

    /// Punycode form, for DNS lookups and servers without SMTPUTF8.
    pub fn ascii_domain(&self) -> String {
        let domain = self.domain();
        // Cannot fail for a domain that `parse` accepted; falling back keeps
        // this infallible without a panic path.
        idna::domain_to_ascii(domain).unwrap_or_else(|_| domain.to_owned())
    }

    /// A non-ASCII domain can be sent as punycode; a non-ASCII local part
    /// can only be delivered by a server that speaks SMTPUTF8.
    pub fn requires_smtputf8(&self) -> bool {
        !self.local_part().is_ascii()
    }
}

/// Splits at the `@` that ends the local part; a quoted local part may
/// itself contain `@`.
fn split_address(address: &str) -> Result<(&str, &str), EmailError> {
    if address.starts_with('"') {
        let (local, domain) = address.rsplit_once('@').ok_or(EmailError::MissingAt)?;
        let Some(close) = closing_quote(local) else {
            // The last `@` might sit inside an unterminated quote, or the
            // quote might end before an `@` in the domain.
            return Err(if closing_quote(address).is_some() {
                EmailError::MultipleAt
            } else {
                EmailError::InvalidLocalPart {
                    reason: "has an unterminated quote",
                }
            });
        };
        if close + 1 != local.len() {
            let after_quote = local.get(close + 1..).unwrap_or("");
            return Err(if after_quote.contains('@') {
                EmailError::MultipleAt
            } else {
                EmailError::InvalidLocalPart {
                    reason: "has text after the closing quote",
                }
            });
        }
        Ok((local, domain))
    } else {
        let mut parts = address.split('@');
        let local = parts.next().unwrap_or("");
        let domain = parts.next().ok_or(EmailError::MissingAt)?;
        if parts.next().is_some() {
            return Err(EmailError::MultipleAt);
        }
        Ok((local, domain))
    }
}

/// Byte offset of the quote that closes the quoted string opening `s`.
fn closing_quote(s: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '"' {
            return Some(i);
        }
    }
    None
}

/// RFC 5322 atext, widened by RFC 6532 to non-ASCII characters.
fn is_atext(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c)
    } else {
        !c.is_control() && !c.is_whitespace()
    }
}

fn check_dot_atom_local_part(local: &str) -> Result<(), EmailError> {
    let invalid = |reason| Err(EmailError::InvalidLocalPart { reason });
    if local.starts_with('.') {
        return invalid("starts with a dot");
    }
    if local.ends_with('.') {
        return invalid("ends with a dot");
    }
    if local.contains("..") {
        return invalid("has consecutive dots");
    }
    for c in local.chars() {
        if c.is_whitespace() || c.is_control() {
            return invalid("contains a space or control character");
        }
        if c != '.' && !is_atext(c) {
            return invalid("contains a character that is only allowed inside quotes");
        }
    }
    Ok(())
}

/// `local` starts with `"`, and `split_address` has checked it ends with
/// the matching quote.
fn check_quoted_local_part(local: &str) -> Result<(), EmailError> {
    let invalid = |reason| Err(EmailError::InvalidLocalPart { reason });
    let inner = local
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or("");
    if inner.is_empty() {
        return invalid("is an empty quoted string");
    }
    let mut escaped = false;
    for c in inner.chars() {
        let printable_ascii = (' '..='~').contains(&c);
        let other_allowed = !c.is_ascii() && !c.is_control() && !c.is_whitespace();
        if !printable_ascii && !other_allowed {
            return invalid("contains a control character");
        }
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        }
    }
    if escaped {
        return invalid("has an unterminated quote");
    }
    Ok(())
}

/// Returns the domain's (Unicode, ASCII) forms.
fn normalize_domain(domain: &str) -> Result<(String, String), EmailError> {
    let invalid = |reason| Err(EmailError::InvalidDomain { reason });
    if domain.is_empty() {
        return Err(EmailError::EmptyDomain);
    }
    if domain.starts_with('[') {
        return Err(EmailError::DomainLiteral);
    }
    let Ok(ascii) = idna::domain_to_ascii(domain) else {
        return invalid("is not a valid internationalized domain name");
    };
    if ascii.len() > MAX_DOMAIN_BYTES {
        return invalid("is longer than 253 characters");
    }
    if !ascii.contains('.') {
        return invalid("has no dot");
    }
    for label in ascii.split('.') {
        if label.is_empty() {
            return invalid("has an empty label");
        }
        if label.len() > MAX_LABEL_BYTES {
            return invalid("has a label longer than 63 characters");
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return invalid("contains a character not allowed in a domain name");
        }
        if label.starts_with('-') || label.ends_with('-') {
            return invalid("has a label that starts or ends with a hyphen");
        }
    }
    let tld = ascii.rsplit('.').next().unwrap_or("");
    if tld.bytes().all(|b| b.is_ascii_digit()) {
        return invalid("has a numeric top-level label");
    }
    let (unicode, result) = idna::domain_to_unicode(&ascii);
    if result.is_err() {
        return invalid("is not a valid internationalized domain name");
    }
    Ok((unicode, ascii))
}

crate::newtype::string_newtype!(Email, EmailError);

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn code(input: &str) -> &'static str {
        Email::parse(input).unwrap_err().code()
    }

    #[test]
    fn accepts_internationalized_and_ordinary_addresses() {
        for address in [
            "葉士豪@臺網中心.tw",
            "юзер@екзампл.ком",
            "用户@例子.广告",
            "अजय@डाटा.भारत",
            "Dörte@sörensen.example.com",
            "first.last+tag@example.co.jp",
            "o'brien@example.ie",
            "\"john doe\"@example.com",
            "x@example.com",
        ] {
            let email = Email::parse(address).unwrap();
            assert_eq!(email.as_str(), address);
        }
    }

    #[test]
    fn accessors_split_the_address() {
        let email = Email::parse("Dörte@Sörensen.example.com").unwrap();
        assert_eq!(email.local_part(), "Dörte");
        assert_eq!(email.domain(), "sörensen.example.com");
        assert_eq!(email.ascii_domain(), "xn--srensen-90a.example.com");
        assert!(email.requires_smtputf8());

        let email = Email::parse("ajay@Bücher.example").unwrap();
        assert_eq!(email.as_str(), "ajay@bücher.example");
        assert_eq!(email.ascii_domain(), "xn--bcher-kva.example");
        assert!(!email.requires_smtputf8());

        let email = Email::parse("अजय@डाटा.भारत").unwrap();
        let ascii = format!("{}@{}", email.local_part(), email.ascii_domain());
        assert!(ascii.contains("@xn--"));
        assert_eq!(Email::parse(&ascii).unwrap(), email);
    }

    #[test]
    fn quoted_local_part_may_contain_at() {
        let email = Email::parse("\"a@b\"@example.com").unwrap();
        assert_eq!(email.local_part(), "\"a@b\"");
        assert_eq!(email.domain(), "example.com");
        assert!(Email::parse("\"a\\\"b\"@example.com").is_ok());
    }

    #[test]
    fn accepts_capitalized_idn_domain() {
        let email = Email::parse("Dörte@Sörensen.example.com").unwrap();
        assert_eq!(email.as_str(), "Dörte@sörensen.example.com");
    }

    #[test]
    fn punycode_input_is_stored_as_unicode() {
        let email = Email::parse("a@xn--srensen-90a.example.com").unwrap();
        assert_eq!(email.as_str(), "a@sörensen.example.com");
    }

    #[test]
    fn trims_and_lowercases_domain_only() {
        let email = Email::parse("  Ab@EXAMPLE.COM \n").unwrap();
        assert_eq!(email.as_str(), "Ab@example.com");
        assert_eq!(email.to_string(), "Ab@example.com");
    }

    #[test]
    fn rejects_with_codes() {
        assert_eq!(code(""), "email_empty");
        assert_eq!(code("   "), "email_empty");
        assert_eq!(code("plainaddress"), "email_missing_at");
        assert_eq!(code("@example.com"), "email_empty_local_part");
        assert_eq!(code("a@"), "email_empty_domain");
        assert_eq!(code("a@@b.com"), "email_multiple_at");
        assert_eq!(code("a@b@c.com"), "email_multiple_at");
        assert_eq!(code("a..b@example.com"), "email_invalid_local_part");
        assert_eq!(code(".a@example.com"), "email_invalid_local_part");
        assert_eq!(code("a.@example.com"), "email_invalid_local_part");
        assert_eq!(code("a b@example.com"), "email_invalid_local_part");
        assert_eq!(code("a(b)@example.com"), "email_invalid_local_part");
        assert_eq!(code("\"ab@example.com"), "email_invalid_local_part");
        assert_eq!(code("\"a\"b@example.com"), "email_invalid_local_part");
        assert_eq!(code("\"\"@example.com"), "email_invalid_local_part");
        assert_eq!(code("a@example"), "email_invalid_domain");
        assert_eq!(code("a@-example.com"), "email_invalid_domain");
        assert_eq!(code("a@example-.com"), "email_invalid_domain");
        assert_eq!(code("a@exa_mple.com"), "email_invalid_domain");
        assert_eq!(code("a@example..com"), "email_invalid_domain");
        assert_eq!(code("a@1.2.3.4"), "email_invalid_domain");
        assert_eq!(code("a@[127.0.0.1]"), "email_domain_literal");
    }

    #[test]
    fn reasons_are_specific() {
        let reason = |input| match Email::parse(input).unwrap_err() {
            EmailError::InvalidLocalPart { reason } | EmailError::InvalidDomain { reason } => {
                reason
            }
            other => panic!("unexpected {other:?}"),
        };
        assert_eq!(reason(".a@example.com"), "starts with a dot");
        assert_eq!(reason("a..b@example.com"), "has consecutive dots");
        assert_eq!(
            reason("a b@example.com"),
            "contains a space or control character"
        );
        assert_eq!(reason("\"ab@example.com"), "has an unterminated quote");
        assert_eq!(reason("a@example"), "has no dot");
        assert_eq!(
            reason("a@-example.com"),
            "has a label that starts or ends with a hyphen"
        );
        assert_eq!(reason("a@1.2.3.4"), "has a numeric top-level label");
        let long_label = format!("a@{}.com", "b".repeat(64));
        assert_eq!(reason(&long_label), "has a label longer than 63 characters");
    }

    #[test]
    fn enforces_length_limits() {
        let local_64 = "a".repeat(64);
        assert!(Email::parse(&format!("{local_64}@example.com")).is_ok());
        let local_65 = "a".repeat(65);
        assert_eq!(
            code(&format!("{local_65}@example.com")),
            "email_local_part_too_long"
        );

        // 64 + 1 + 189 = 254 bytes: the longest accepted.
        let domain_189 = format!(
            "{}.{}.{}.com",
            "b".repeat(61),
            "c".repeat(61),
            "d".repeat(61)
        );
        let at_limit = format!("{local_64}@{domain_189}");
        assert_eq!(at_limit.len(), 254);
        assert!(Email::parse(&at_limit).is_ok());
        let over_limit = format!("{local_64}@e{domain_189}");
        assert_eq!(over_limit.len(), 255);
        assert_eq!(code(&over_limit), "email_too_long");
    }

    #[test]
    fn messages_do_not_echo_input() {
        let err = Email::parse("secret.person@example").unwrap_err();
        assert!(!err.to_string().contains("secret"));
        assert_eq!(err.to_string(), "domain of the e-mail address has no dot");
    }

    #[test]
    fn serde_round_trip_goes_through_parse() {
        let email = Email::parse("用户@例子.广告").unwrap();
        let json = serde_json::to_string(&email).unwrap();
        assert_eq!(json, "\"用户@例子.广告\"");
        let back: Email = serde_json::from_str(&json).unwrap();
        assert_eq!(back, email);
        assert!(serde_json::from_str::<Email>("\"not-an-address\"").is_err());
    }

    #[test]
    fn from_str_matches_parse() {
        let email: Email = "a@EXAMPLE.com".parse().unwrap();
        assert_eq!(email, Email::parse("a@example.com").unwrap());
    }

    proptest! {
        #[test]
        fn parse_never_panics_and_is_idempotent(input in any::<String>()) {
            if let Ok(email) = Email::parse(&input) {
                prop_assert_eq!(Email::parse(email.as_str()), Ok(email.clone()));
            }
        }

        #[test]
        fn plausible_addresses_are_idempotent(
            input in "[a-zA-Z0-9.!#'+_~\"@ ü葉-]{1,20}@[a-zA-Z0-9.ü葉Ö-]{1,30}"
        ) {
            if let Ok(email) = Email::parse(&input) {
                prop_assert_eq!(Email::parse(email.as_str()), Ok(email.clone()));
            }
        }
    }
}
