//! A step form's values both ways: what the form shows (`Entered`), what came back (`Fields`),
//! and the codes of the fixed choices (sex, business type).

use std::collections::BTreeMap;

use abtc_domain::application::BusinessType;
use abtc_domain::{Case, Sex};
use serde::Serialize;

/// What the form shows: the draft's answers, or what was just typed when it needs correcting.
#[derive(Default, Serialize)]
pub(super) struct Entered {
    pub(super) values: BTreeMap<String, String>,
    pub(super) priority: Vec<String>,
}

impl Entered {
    fn set(&mut self, name: &str, value: impl Into<String>) {
        self.values.insert(name.to_owned(), value.into());
    }

    pub(super) fn from_fields(fields: &Fields) -> Self {
        let mut e = Entered::default();
        for (k, v) in &fields.0 {
            if k != "csrf" && !e.values.contains_key(k) {
                e.values.insert(k.clone(), v.clone());
            }
        }
        e.priority = fields
            .all("priority_economies")
            .into_iter()
            .map(str::to_owned)
            .collect();
        e
    }

    pub(super) fn from_form(case: &Case) -> Self {
        let app = &case.application;
        let f = &app.form;
        let mut e = Entered::default();
        if let Some(v) = &f.family_name {
            e.set("family_name", v.display_form());
        }
        if let Some(v) = &f.given_names {
            e.set("given_names", v.display_form());
        }
        if let Some(v) = &f.native_name {
            e.set("native_name", v.as_str());
        }
        if let Some(v) = f.sex {
            e.set("sex", sex_code(v));
        }
        if let Some(v) = f.date_of_birth {
            e.set("date_of_birth", v.to_string());
        }
        if let Some(v) = &f.place_of_birth {
            e.set("place_of_birth", v.as_str());
        }
        if let Some(v) = &f.residential_address {
            e.set("residential_address", v.as_str());
        }
        if let Some(v) = &f.phone {
            e.set("phone", v.as_str());
        }
        if let Some(v) = &f.email {
            e.set("email", v.as_str());
        }
        match &f.passport {
            Some(p) => {
                e.set("passport_number", p.number.as_str());
                e.set("issuing_state", p.issuing_state.as_str());
                e.set("issued_on", p.issued_on.to_string());
                e.set("expires_on", p.expires_on.to_string());
            }
            // Most applicants hold their home economy's passport.
            None => e.set("issuing_state", app.home.as_str()),
        }
        match &f.employer {
            Some(emp) => {
                e.set("employer_name", emp.name.as_str());
                e.set("business_address", emp.business_address.as_str());
                e.set("business_type", business_type_slug(emp.business_type));
                if let Some(r) = &emp.registration_number {
                    e.set("registration_number", r.as_str());
                }
                e.set(
                    "small_or_medium",
                    if emp.small_or_medium { "yes" } else { "no" },
                );
            }
            None => e.set("small_or_medium", "no"),
        }
        if let Some(v) = &f.position {
            e.set("position", v.as_str());
        }
        if let Some(v) = f.trips_per_year {
            e.set("trips_per_year", v.to_string());
        }
        if let Some(v) = f.average_trip_days {
            e.set("average_trip_days", v.to_string());
        }
        if let Some(v) = &f.renewal_of {
            e.set("renewal_of", v.as_str());
        }
        if f.consent_to_disclosure {
            e.set("consent", "yes");
        }
        e.priority = f
            .priority_economies
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect();
        e
    }
}

/// A submitted form's fields in order; repeated names (checkboxes) keep every value.
pub(super) struct Fields(pub(super) Vec<(String, String)>);

impl Fields {
    /// The first value of `name`, trimmed; `None` when absent or blank.
    pub(super) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    pub(super) fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }

    pub(super) fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
            .collect()
    }
}

pub(super) const SEXES: [(Sex, &str); 3] = [(Sex::F, "F"), (Sex::M, "M"), (Sex::X, "X")];

pub(super) fn sex_code(s: Sex) -> &'static str {
    SEXES
        .iter()
        .find(|(x, _)| *x == s)
        .map(|(_, c)| *c)
        .unwrap_or("X")
}

pub(super) const BUSINESS_TYPES: [(BusinessType, &str); 11] = [
    (BusinessType::Manufacturing, "manufacturing"),
    (BusinessType::Trade, "trade"),
    (BusinessType::Services, "services"),
    (BusinessType::Finance, "finance"),
    (BusinessType::Technology, "technology"),
    (BusinessType::Resources, "resources"),
    (BusinessType::Agriculture, "agriculture"),
    (BusinessType::Tourism, "tourism"),
    (BusinessType::Education, "education"),
    (BusinessType::Government, "government"),
    (BusinessType::Other, "other"),
];

pub(super) fn business_type_slug(b: BusinessType) -> &'static str {
    BUSINESS_TYPES
        .iter()
        .find(|(x, _)| *x == b)
        .map(|(_, s)| *s)
        .unwrap_or("other")
}
