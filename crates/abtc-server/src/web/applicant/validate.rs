//! Each step's answers checked and written into the draft's form: personal details, passport,
//! employment and travel, with the eligibility rules that belong to the value entered.

use abtc_domain::application::{
    add_months, years_between, Employer, MIN_AGE_YEARS, MIN_PASSPORT_MONTHS_LEFT,
};
use abtc_domain::role::ApplicantScope;
use abtc_domain::text::{LongText, Phone, ShortText};
use abtc_domain::{
    ApplicationForm, CardNumber, CardStatus, Case, Economies, EconomyCode, Email, MrzName,
    PassportDetails, PassportNumber, PersonName,
};
use time::Date;

use super::check::{
    date_why, long_text_why, mrz_why, native_why, parse_date, parse_days, passport_number_why,
    short_text_why, Check,
};
use super::fields::{Fields, BUSINESS_TYPES, SEXES};
use super::helpers::{economy_name, num, text};
use crate::state::AppState;
use crate::web::error::WebResult;

pub(super) fn apply_personal(
    fields: &Fields,
    form: &mut ApplicationForm,
    today: Date,
    c: &mut Check<'_>,
) {
    let family = c.parse(fields, "family_name", MrzName::parse, mrz_why);
    let given = c.parse(fields, "given_names", MrzName::parse, mrz_why);
    let native = c.parse(fields, "native_name", PersonName::parse, native_why);
    let sex = c.parse(
        fields,
        "sex",
        |s| {
            SEXES
                .iter()
                .find(|(_, code)| *code == s)
                .map(|(x, _)| *x)
                .ok_or(())
        },
        |_| ("applicant-error-sex", vec![]),
    );
    let dob = c.parse(fields, "date_of_birth", parse_date, date_why);
    if let Ok(Some(d)) = dob {
        if d >= today {
            c.fail("date_of_birth", "applicant-error-date-of-birth-future", &[]);
        } else if years_between(d, today) < MIN_AGE_YEARS {
            c.fail(
                "date_of_birth",
                "applicant-error-too-young",
                &[("years", num(MIN_AGE_YEARS))],
            );
        } else if years_between(d, today) > 120 {
            c.fail("date_of_birth", "applicant-error-date-of-birth-past", &[]);
        }
    }
    let place = c.parse(fields, "place_of_birth", ShortText::parse, short_text_why);
    let address = c.parse(
        fields,
        "residential_address",
        LongText::parse,
        long_text_why,
    );
    let phone = c.parse(fields, "phone", Phone::parse, |_| {
        ("applicant-error-phone", vec![])
    });
    let email = c.parse(fields, "email", Email::parse, |_| {
        ("applicant-error-email", vec![])
    });
    if let (
        Ok(family),
        Ok(given),
        Ok(native),
        Ok(sex),
        Ok(dob),
        Ok(place),
        Ok(address),
        Ok(phone),
        Ok(email),
    ) = (
        family, given, native, sex, dob, place, address, phone, email,
    ) {
        form.family_name = family;
        form.given_names = given;
        form.native_name = native;
        form.sex = sex;
        form.date_of_birth = dob;
        form.place_of_birth = place;
        form.residential_address = address;
        form.phone = phone;
        form.email = email;
    }
}

pub(super) fn apply_passport(
    fields: &Fields,
    form: &mut ApplicationForm,
    home: EconomyCode,
    economies: &Economies,
    today: Date,
    c: &mut Check<'_>,
) {
    let names = ["passport_number", "issued_on", "expires_on"];
    // The issuing state always has a selection, so only the typed fields say whether the
    // applicant meant to enter a passport at all.
    if names.iter().all(|n| fields.get(n).is_none()) {
        form.passport = None;
        return;
    }
    let number = c.required(
        fields,
        "passport_number",
        PassportNumber::parse,
        passport_number_why,
    );
    let issuer = c.required(
        fields,
        "issuing_state",
        |s| {
            EconomyCode::parse(s)
                .ok()
                .filter(|code| economies.get(*code).is_ok())
                .ok_or(())
        },
        |_| ("applicant-error-issuing-state", vec![]),
    );
    if let Some(issuer) = issuer {
        let takes_residents = economies
            .get(home)
            .map(|e| e.accepts_permanent_residents)
            .unwrap_or(false);
        if issuer != home && !takes_residents {
            c.fail(
                "issuing_state",
                "applicant-error-issuing-state-home",
                &[("home", text(economy_name(economies, home)))],
            );
        }
    }
    let issued = c.required(fields, "issued_on", parse_date, date_why);
    let expires = c.required(fields, "expires_on", parse_date, date_why);
    if let Some(issued) = issued {
        if issued > today {
            c.fail("issued_on", "applicant-error-issued-future", &[]);
        } else if expires.is_some_and(|e| issued >= e) {
            c.fail("issued_on", "applicant-error-issued-after-expiry", &[]);
        }
    }
    if let Some(expires) = expires {
        if expires < add_months(today, MIN_PASSPORT_MONTHS_LEFT) {
            c.fail(
                "expires_on",
                "applicant-error-passport-validity",
                &[("months", num(MIN_PASSPORT_MONTHS_LEFT as f64))],
            );
        }
    }
    if let (Some(number), Some(issuing_state), Some(issued_on), Some(expires_on)) =
        (number, issuer, issued, expires)
    {
        if c.ok() {
            form.passport = Some(PassportDetails {
                number,
                issuing_state,
                issued_on,
                expires_on,
            });
        }
    }
}

pub(super) fn apply_employment(fields: &Fields, form: &mut ApplicationForm, c: &mut Check<'_>) {
    let group = [
        "employer_name",
        "business_address",
        "business_type",
        "registration_number",
    ];
    let employer = if group.iter().all(|n| fields.get(n).is_none()) {
        Some(None)
    } else {
        let name = c.required(fields, "employer_name", ShortText::parse, short_text_why);
        let address = c.required(fields, "business_address", LongText::parse, long_text_why);
        let kind = c.required(
            fields,
            "business_type",
            |s| {
                BUSINESS_TYPES
                    .iter()
                    .find(|(_, slug)| *slug == s)
                    .map(|(b, _)| *b)
                    .ok_or(())
            },
            |_| ("applicant-error-business-type", vec![]),
        );
        let registration = c.parse(
            fields,
            "registration_number",
            ShortText::parse,
            short_text_why,
        );
        let sme = match fields.get("small_or_medium") {
            Some("yes") => Some(true),
            Some("no") | None => Some(false),
            Some(_) => {
                c.fail("small_or_medium", "applicant-error-choose", &[]);
                None
            }
        };
        match (name, address, kind, registration, sme) {
            (Some(name), Some(business_address), Some(business_type), Ok(reg), Some(sme)) => {
                Some(Some(Employer {
                    name,
                    business_address,
                    business_type,
                    registration_number: reg,
                    small_or_medium: sme,
                }))
            }
            _ => None,
        }
    };
    let position = c.parse(fields, "position", ShortText::parse, short_text_why);
    if let (Some(employer), Ok(position)) = (employer, position) {
        if c.ok() {
            form.employer = employer;
            form.position = position;
        }
    }
}

/// What the travel step offers besides the trip counts: the economies a priority-policy home lets
/// the applicant name, and the applicant's own cards that a new application may renew.
pub(super) struct TravelChoices {
    pub(super) max_named: usize,
    pub(super) targets: Vec<EconomyCode>,
    pub(super) renewable: Vec<CardNumber>,
}

pub(super) async fn travel_choices(
    state: &AppState,
    scope: ApplicantScope,
    case: &Case,
    economies: &Economies,
) -> WebResult<TravelChoices> {
    let home = case.application.home;
    let max_named = economies
        .get(home)
        .map(|e| e.issuance_policy.max_named())
        .unwrap_or(0);
    let targets = if max_named > 0 {
        economies.pre_clearance_targets(home)?
    } else {
        Vec::new()
    };
    let renewable = state
        .store
        .my_cards(&scope)
        .await?
        .into_iter()
        .filter(|c| matches!(c.status, CardStatus::Active | CardStatus::Expired))
        .map(|c| c.number)
        .collect();
    Ok(TravelChoices {
        max_named,
        targets,
        renewable,
    })
}

pub(super) fn apply_travel(
    fields: &Fields,
    form: &mut ApplicationForm,
    choices: &TravelChoices,
    c: &mut Check<'_>,
) {
    let days_why = |_: &()| ("applicant-error-days", vec![("max", num(365))]);
    let trips = c.parse(fields, "trips_per_year", parse_days, days_why);
    let length = c.parse(fields, "average_trip_days", parse_days, days_why);
    let mut priority = None;
    if choices.max_named > 0 && fields.has("priority_shown") {
        let mut named = Vec::new();
        for raw in fields.all("priority_economies") {
            match EconomyCode::parse(raw)
                .ok()
                .filter(|e| choices.targets.contains(e))
            {
                Some(e) if !named.contains(&e) => named.push(e),
                Some(_) => {}
                None => c.fail(
                    "priority_economies",
                    "applicant-error-priority-unknown",
                    &[],
                ),
            }
        }
        if named.len() > choices.max_named {
            c.fail(
                "priority_economies",
                "applicant-error-priority-too-many",
                &[("max", num(choices.max_named as f64))],
            );
        }
        priority = Some(named);
    }
    let mut renewal = None;
    if fields.has("renewal_of") {
        match fields.get("renewal_of") {
            None => renewal = Some(None),
            Some(raw) => match CardNumber::parse(raw)
                .ok()
                .filter(|n| choices.renewable.contains(n))
            {
                Some(n) => renewal = Some(Some(n)),
                None => c.fail("renewal_of", "applicant-error-renewal", &[]),
            },
        }
    }
    if let (Ok(trips), Ok(length)) = (trips, length) {
        if c.ok() {
            form.trips_per_year = trips;
            form.average_trip_days = length;
            if let Some(p) = priority {
                form.priority_economies = p;
            }
            if let Some(r) = renewal {
                form.renewal_of = r;
            }
        }
    }
}
