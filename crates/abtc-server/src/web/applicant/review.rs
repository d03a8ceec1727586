//! The review step and submission: what is still missing, the summary of every answer, and the
//! domain's refusals said with a link to the step that fixes them.

use abtc_domain::role::ApplicantScope;
use abtc_domain::{ApplicationId, Case, Command, DomainError, Economies, ErrorKind, MrzName};
use abtc_store::StoreError;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Serialize;

use super::check::Check;
use super::fields::{business_type_slug, sex_code, Entered, Fields};
use super::helpers::{economy_name, text, tr, Problem};
use super::steps::{render_step, Step};
use super::{run, status_path, step_path};
use crate::state::AppState;
use crate::web::account::see_other;
use crate::web::context::WebCtx;
use crate::web::error::WebResult;

/// The label message of a domain field name (as `DomainError` names them), and its step.
fn field_label(field: &str) -> (&'static str, Step) {
    match field {
        "family_name" => ("applicant-field-family-name", Step::Personal),
        "given_names" => ("applicant-field-given-names", Step::Personal),
        "native_name" => ("applicant-field-native-name", Step::Personal),
        "sex" => ("applicant-field-sex", Step::Personal),
        "date_of_birth" => ("applicant-field-date-of-birth", Step::Personal),
        "place_of_birth" => ("applicant-field-place-of-birth", Step::Personal),
        "residential_address" => ("applicant-field-residential-address", Step::Personal),
        "phone" => ("applicant-field-phone", Step::Personal),
        "email" => ("applicant-field-email", Step::Personal),
        "passport" => ("applicant-section-passport", Step::Passport),
        "employer" => ("applicant-section-employer", Step::Employment),
        "position" => ("applicant-field-position", Step::Employment),
        "trips_per_year" => ("applicant-field-trips-per-year", Step::Travel),
        "average_trip_days" => ("applicant-field-average-trip-days", Step::Travel),
        "priority_economies" => ("applicant-field-priority-economies", Step::Travel),
        "photo" => ("applicant-field-photo", Step::Photo),
        "consent_to_disclosure" => ("applicant-field-consent", Step::Review),
        _ => ("applicant-field-other", Step::Review),
    }
}

/// What submission still needs, every item at once (the domain stops at the first).
pub(super) fn missing(ctx: &WebCtx, case: &Case) -> Vec<Problem> {
    let f = &case.application.form;
    let id = case.application.id;
    let mut out = Vec::new();
    let mut need = |absent: bool, field: &str| {
        if absent {
            let (label, step) = field_label(field);
            out.push(Problem {
                text: tr(
                    ctx,
                    "applicant-review-missing",
                    &[("field", text(ctx.t(label)))],
                ),
                href: step_path(id, step),
            });
        }
    };
    need(f.family_name.is_none(), "family_name");
    need(f.sex.is_none(), "sex");
    need(f.date_of_birth.is_none(), "date_of_birth");
    need(f.place_of_birth.is_none(), "place_of_birth");
    need(f.residential_address.is_none(), "residential_address");
    need(f.phone.is_none(), "phone");
    need(f.email.is_none(), "email");
    need(f.passport.is_none(), "passport");
    need(f.employer.is_none(), "employer");
    need(f.position.is_none(), "position");
    need(f.trips_per_year.is_none(), "trips_per_year");
    need(f.average_trip_days.is_none(), "average_trip_days");
    need(case.application.photo.is_none(), "photo");
    out
}

/// A domain refusal of submission, said in the reader's language with a link to the step to fix.
pub(super) fn problem_of(ctx: &WebCtx, id: ApplicationId, e: &DomainError) -> Problem {
    let (message, field) = match e {
        DomainError::Incomplete { field } => ("applicant-problem-missing", Some(*field)),
        DomainError::InvalidField { field, .. } => ("applicant-problem-invalid", Some(*field)),
        DomainError::NotEligible { .. } => ("applicant-problem-not-eligible", None),
        _ => ("applicant-problem-other", None),
    };
    let (label, step) = field.map(field_label).unwrap_or(("", Step::Personal));
    let label = if label.is_empty() {
        String::new()
    } else {
        ctx.t(label)
    };
    Problem {
        text: tr(ctx, message, &[("field", text(label))]),
        href: step_path(id, step),
    }
}

#[derive(Serialize)]
struct SummaryRow {
    label: String,
    value: Option<String>,
}

#[derive(Serialize)]
pub(super) struct SummarySection {
    title: String,
    change: String,
    href: String,
    rows: Vec<SummaryRow>,
}

pub(super) fn summary(ctx: &WebCtx, case: &Case, economies: &Economies) -> Vec<SummarySection> {
    let f = &case.application.form;
    let id = case.application.id;
    let row = |label: &str, value: Option<String>| SummaryRow {
        label: ctx.t(label),
        value,
    };
    let section = |title: &str, change: &str, step: Step, rows: Vec<SummaryRow>| SummarySection {
        title: ctx.t(title),
        change: ctx.t(change),
        href: step_path(id, step),
        rows,
    };
    let passport = f.passport.as_ref();
    let employer = f.employer.as_ref();
    // Named economies only mean something under a priority policy (or if some were named).
    let names_economies = !f.priority_economies.is_empty()
        || economies
            .get(case.application.home)
            .is_ok_and(|e| e.issuance_policy.max_named() > 0);
    vec![
        section(
            "applicant-step-personal",
            "applicant-review-change-personal",
            Step::Personal,
            vec![
                row(
                    "applicant-field-family-name",
                    f.family_name.as_ref().map(MrzName::display_form),
                ),
                row(
                    "applicant-field-given-names",
                    f.given_names.as_ref().map(MrzName::display_form),
                ),
                row(
                    "applicant-field-native-name",
                    f.native_name.as_ref().map(|v| v.as_str().to_owned()),
                ),
                row(
                    "applicant-field-sex",
                    f.sex
                        .map(|s| ctx.t(&format!("applicant-sex-{}", sex_code(s)))),
                ),
                row(
                    "applicant-field-date-of-birth",
                    f.date_of_birth.map(|d| d.to_string()),
                ),
                row(
                    "applicant-field-place-of-birth",
                    f.place_of_birth.as_ref().map(|v| v.as_str().to_owned()),
                ),
                row(
                    "applicant-field-residential-address",
                    f.residential_address
                        .as_ref()
                        .map(|v| v.as_str().to_owned()),
                ),
                row(
                    "applicant-field-phone",
                    f.phone.as_ref().map(|v| v.as_str().to_owned()),
                ),
                row(
                    "applicant-field-email",
                    f.email.as_ref().map(|v| v.as_str().to_owned()),
                ),
            ],
        ),
        section(
            "applicant-step-passport",
            "applicant-review-change-passport",
            Step::Passport,
            vec![
                row(
                    "applicant-field-passport-number",
                    passport.map(|p| p.number.as_str().to_owned()),
                ),
                row(
                    "applicant-field-issuing-state",
                    passport.map(|p| economy_name(economies, p.issuing_state)),
                ),
                row(
                    "applicant-field-issued-on",
                    passport.map(|p| p.issued_on.to_string()),
                ),
                row(
                    "applicant-field-expires-on",
                    passport.map(|p| p.expires_on.to_string()),
                ),
            ],
        ),
        section(
            "applicant-step-employment",
            "applicant-review-change-employment",
            Step::Employment,
            vec![
                row(
                    "applicant-field-employer-name",
                    employer.map(|e| e.name.as_str().to_owned()),
                ),
                row(
                    "applicant-field-business-address",
                    employer.map(|e| e.business_address.as_str().to_owned()),
                ),
                row(
                    "applicant-field-business-type",
                    employer.map(|e| {
                        ctx.t(&format!(
                            "applicant-business-{}",
                            business_type_slug(e.business_type)
                        ))
                    }),
                ),
                row(
                    "applicant-field-registration-number",
                    employer
                        .and_then(|e| e.registration_number.as_ref())
                        .map(|v| v.as_str().to_owned()),
                ),
                row(
                    "applicant-field-sme",
                    employer.map(|e| {
                        ctx.t(if e.small_or_medium {
                            "applicant-yes"
                        } else {
                            "applicant-no"
                        })
                    }),
                ),
                row(
                    "applicant-field-position",
                    f.position.as_ref().map(|v| v.as_str().to_owned()),
                ),
            ],
        ),
        section(
            "applicant-step-travel",
            "applicant-review-change-travel",
            Step::Travel,
            vec![
                row(
                    "applicant-field-trips-per-year",
                    f.trips_per_year.map(|v| v.to_string()),
                ),
                row(
                    "applicant-field-average-trip-days",
                    f.average_trip_days.map(|v| v.to_string()),
                ),
            ]
            .into_iter()
            .chain(names_economies.then(|| {
                row(
                    "applicant-field-priority-economies",
                    (!f.priority_economies.is_empty()).then(|| {
                        f.priority_economies
                            .iter()
                            .map(|c| economy_name(economies, *c))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }),
                )
            }))
            .chain(
                f.renewal_of
                    .as_ref()
                    .map(|v| row("applicant-field-renewal-of", Some(v.as_str().to_owned()))),
            )
            .collect(),
        ),
    ]
}

pub(super) async fn submit(
    state: &AppState,
    ctx: &WebCtx,
    scope: ApplicantScope,
    case: Case,
    economies: &Economies,
    fields: &Fields,
) -> WebResult<Response> {
    let id = case.application.id;
    if fields.get("consent") != Some("yes") {
        let mut check = Check::new(ctx);
        check.fail("consent", "applicant-error-consent", &[]);
        return render_step(
            state,
            ctx,
            scope,
            &case,
            economies,
            Step::Review,
            Entered::from_fields(fields),
            check.errors,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let case = if case.application.form.consent_to_disclosure {
        case
    } else {
        let mut form = case.application.form.clone();
        form.consent_to_disclosure = true;
        run(state, scope, id, Command::UpdateDraft { form }).await?
    };
    if crate::confirmation::ensure_confirmed(state, &scope)
        .await
        .is_err()
    {
        let problem = Problem {
            text: ctx.t("confirm-needed"),
            href: "/portal".to_owned(),
        };
        return render_step(
            state,
            ctx,
            scope,
            &case,
            economies,
            Step::Review,
            Entered::from_form(&case),
            Vec::new(),
            Some(problem),
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    match run(state, scope, id, Command::Submit).await {
        Ok(_) => Ok(see_other(&format!("{}?done=submitted", status_path(id)))),
        Err(StoreError::Domain(e)) if e.kind() == ErrorKind::Invalid => {
            let problem = problem_of(ctx, id, &e);
            render_step(
                state,
                ctx,
                scope,
                &case,
                economies,
                Step::Review,
                Entered::from_form(&case),
                Vec::new(),
                Some(problem),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
