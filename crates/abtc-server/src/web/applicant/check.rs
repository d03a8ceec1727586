//! Collecting the problems of one submitted step: each field parsed by the domain's own parser,
//! and each parser's refusal said as a message beside the field.

use abtc_domain::name::{MrzNameError, PersonNameError};
use abtc_domain::passport::PassportNumberError;
use abtc_domain::text::{LongText, ShortText};
use abtc_domain::DomainError;
use time::Date;

use super::fields::Fields;
use super::helpers::{num, tr, FieldError};
use crate::web::context::WebCtx;
use crate::web::i18n::ArgValue;

/// The problems found in one submitted step, in the order of the form.
pub(super) struct Check<'a> {
    ctx: &'a WebCtx,
    pub(super) errors: Vec<FieldError>,
}

impl<'a> Check<'a> {
    pub(super) fn new(ctx: &'a WebCtx) -> Self {
        Self {
            ctx,
            errors: Vec::new(),
        }
    }

    pub(super) fn fail(&mut self, field: &'static str, id: &str, args: &[(&str, ArgValue)]) {
        if self.errors.iter().all(|e| e.field != field) {
            let message = tr(self.ctx, id, args);
            self.errors.push(FieldError { field, message });
        }
    }

    pub(super) fn ok(&self) -> bool {
        self.errors.is_empty()
    }

    /// A value parsed from the field: `Ok(None)` when it was left blank, `Err(())` when it is
    /// invalid (the message is recorded).
    pub(super) fn parse<T, E>(
        &mut self,
        fields: &Fields,
        field: &'static str,
        parse: impl FnOnce(&str) -> Result<T, E>,
        why: impl FnOnce(&E) -> (&'static str, Vec<(&'static str, ArgValue)>),
    ) -> Result<Option<T>, ()> {
        match fields.get(field) {
            None => Ok(None),
            Some(raw) => match parse(raw) {
                Ok(v) => Ok(Some(v)),
                Err(e) => {
                    let (id, args) = why(&e);
                    self.fail(field, id, &args);
                    Err(())
                }
            },
        }
    }

    /// Like `parse`, for a value the group it belongs to needs.
    pub(super) fn required<T, E>(
        &mut self,
        fields: &Fields,
        field: &'static str,
        parse: impl FnOnce(&str) -> Result<T, E>,
        why: impl FnOnce(&E) -> (&'static str, Vec<(&'static str, ArgValue)>),
    ) -> Option<T> {
        match self.parse(fields, field, parse, why) {
            Ok(Some(v)) => Some(v),
            Ok(None) => {
                self.fail(field, "applicant-error-required", &[]);
                None
            }
            Err(()) => None,
        }
    }
}

pub(super) fn short_text_why(_: &DomainError) -> (&'static str, Vec<(&'static str, ArgValue)>) {
    (
        "applicant-error-short-text",
        vec![("max", num(ShortText::MAX_CHARS as f64))],
    )
}

pub(super) fn long_text_why(_: &DomainError) -> (&'static str, Vec<(&'static str, ArgValue)>) {
    (
        "applicant-error-long-text",
        vec![("max", num(LongText::MAX_CHARS as f64))],
    )
}

pub(super) fn mrz_why(e: &MrzNameError) -> (&'static str, Vec<(&'static str, ArgValue)>) {
    match e {
        MrzNameError::TooLong => ("applicant-error-mrz-too-long", vec![("max", num(39))]),
        _ => ("applicant-error-mrz-latin", vec![]),
    }
}

pub(super) fn native_why(e: &PersonNameError) -> (&'static str, Vec<(&'static str, ArgValue)>) {
    match e {
        PersonNameError::InvalidCharacter { position } => (
            "applicant-error-native-character",
            vec![("position", num((*position as f64) + 1.0))],
        ),
        _ => ("applicant-error-native-too-long", vec![("max", num(100))]),
    }
}

pub(super) fn passport_number_why(
    e: &PassportNumberError,
) -> (&'static str, Vec<(&'static str, ArgValue)>) {
    match e {
        PassportNumberError::TooLong => (
            "applicant-error-passport-number-too-long",
            vec![("max", num(9))],
        ),
        _ => ("applicant-error-passport-number-character", vec![]),
    }
}

pub(super) fn date_why(_: &()) -> (&'static str, Vec<(&'static str, ArgValue)>) {
    ("applicant-error-date", vec![])
}

/// Dates as `<input type="date">` sends them (and as people type them where it is a text box).
pub(super) fn parse_date(s: &str) -> Result<Date, ()> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s.trim(), &format).map_err(|_| ())
}

pub(super) fn parse_days(s: &str) -> Result<u16, ()> {
    s.trim()
        .parse::<u16>()
        .ok()
        .filter(|n| (1..=365).contains(n))
        .ok_or(())
}
