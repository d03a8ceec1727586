//! The steps of a draft: which there are, the page of each, and saving one (the last step, the
//! review, submits instead; see `review`).

use std::collections::BTreeMap;

use abtc_domain::role::ApplicantScope;
use abtc_domain::{Case, Command, Economies};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use minijinja::{context, Value};
use serde::Serialize;

use super::check::Check;
use super::fields::{Entered, Fields, BUSINESS_TYPES, SEXES};
use super::helpers::{economy_name, economy_options, FieldError, Problem};
use super::review::{missing, problem_of, submit, summary};
use super::validate::{
    apply_employment, apply_passport, apply_personal, apply_travel, travel_choices,
};
use super::{applicant, editable, load, page, parse_id, run, status_path, step_path};
use crate::state::AppState;
use crate::web::account::see_other;
use crate::web::context::WebCtx;
use crate::web::error::{WebError, WebResult};
use crate::web::forms::CsrfForm;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step {
    Personal,
    Passport,
    Employment,
    Travel,
    Photo,
    Review,
}

impl Step {
    const ALL: [Step; 6] = [
        Step::Personal,
        Step::Passport,
        Step::Employment,
        Step::Travel,
        Step::Photo,
        Step::Review,
    ];

    pub(super) fn slug(self) -> &'static str {
        match self {
            Step::Personal => "personal",
            Step::Passport => "passport",
            Step::Employment => "employment",
            Step::Travel => "travel",
            Step::Photo => "photo",
            Step::Review => "review",
        }
    }

    fn parse(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|x| x.slug() == s)
    }

    fn next(self) -> Step {
        match self {
            Step::Personal => Step::Passport,
            Step::Passport => Step::Employment,
            Step::Employment => Step::Travel,
            Step::Travel => Step::Photo,
            Step::Photo | Step::Review => Step::Review,
        }
    }
}

#[derive(Serialize)]
struct StepLink {
    slug: &'static str,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn render_step(
    state: &AppState,
    ctx: &WebCtx,
    scope: ApplicantScope,
    case: &Case,
    economies: &Economies,
    step: Step,
    entered: Entered,
    errors: Vec<FieldError>,
    extra_problem: Option<Problem>,
    status: StatusCode,
) -> WebResult<Response> {
    let app = &case.application;
    let id = app.id;
    let steps: Vec<StepLink> = Step::ALL
        .iter()
        .map(|s| StepLink {
            slug: s.slug(),
            href: step_path(id, *s),
            current: *s == step,
        })
        .collect();
    let error_map: BTreeMap<&str, &str> = errors
        .iter()
        .map(|e| (e.field, e.message.as_str()))
        .collect();
    let mut data = context! {
        id => id.to_string(),
        reference => app.reference.as_str(),
        home => economy_name(economies, app.home),
        step => step.slug(),
        steps => Value::from_serialize(&steps),
        action => step_path(id, step),
        values => Value::from_serialize(&entered.values),
        priority => Value::from_serialize(&entered.priority),
        errors => Value::from_serialize(&error_map),
        error_list => Value::from_serialize(&errors),
    };
    let extra = match step {
        Step::Personal => {
            let sexes: Vec<Choice> = SEXES
                .iter()
                .map(|(_, code)| Choice {
                    value: (*code).to_owned(),
                    label: ctx.t(&format!("applicant-sex-{code}")),
                })
                .collect();
            context! { sexes => Value::from_serialize(&sexes) }
        }
        Step::Passport => context! {
            economies => Value::from_serialize(economy_options(economies)),
        },
        Step::Employment => {
            let types: Vec<Choice> = BUSINESS_TYPES
                .iter()
                .map(|(_, slug)| Choice {
                    value: (*slug).to_owned(),
                    label: ctx.t(&format!("applicant-business-{slug}")),
                })
                .collect();
            context! { business_types => Value::from_serialize(&types) }
        }
        Step::Travel => {
            let choices = travel_choices(state, scope, case, economies).await?;
            let targets: Vec<Choice> = choices
                .targets
                .iter()
                .map(|c| Choice {
                    value: c.as_str().to_owned(),
                    label: economy_name(economies, *c),
                })
                .collect();
            let renewable: Vec<String> = choices
                .renewable
                .iter()
                .map(|n| n.as_str().to_owned())
                .collect();
            context! {
                max_named => choices.max_named,
                targets => Value::from_serialize(&targets),
                renewable => Value::from_serialize(&renewable),
            }
        }
        Step::Photo => context! {
            photo => app.photo.map(|p| context! { width => p.width, height => p.height }),
            max_kib => state.config.photo_limits.max_bytes / 1024,
            min_width => state.config.photo_limits.min_width,
            min_height => state.config.photo_limits.min_height,
        },
        Step::Review => {
            let missing = missing(ctx, case);
            // Eligibility is only worth checking once nothing is missing; until then the
            // missing list is the whole story.
            let eligibility = if missing.is_empty() && extra_problem.is_none() {
                app.form
                    .check_eligible(app.home, economies, state.clock.now().date())
                    .err()
                    .map(|e| problem_of(ctx, id, &e))
            } else {
                None
            };
            let problem = extra_problem.or(eligibility);
            context! {
                sections => Value::from_serialize(summary(ctx, case, economies)),
                missing => Value::from_serialize(&missing),
                problem => problem.map(|p| Value::from_serialize(&p)),
                photo => app.photo.is_some(),
            }
        }
    };
    data = context! { ..data, ..extra };
    let template = format!("applicant/{}.html", step.slug());
    page(state, ctx, status, &template, data)
}

pub(super) async fn step_page(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path((id, step)): Path<(String, String)>,
) -> WebResult<Response> {
    let scope = applicant(&ctx)?;
    let id = parse_id(&id)?;
    let step = Step::parse(&step).ok_or(WebError::NotFound)?;
    let case = load(&state, scope, id).await?;
    if !editable(&case) {
        return Ok(see_other(&status_path(id)));
    }
    let economies = state.store.economies().await?;
    let entered = Entered::from_form(&case);
    render_step(
        &state,
        &ctx,
        scope,
        &case,
        &economies,
        step,
        entered,
        Vec::new(),
        None,
        StatusCode::OK,
    )
    .await
}

pub(super) async fn save_step(
    State(state): State<AppState>,
    ctx: WebCtx,
    Path((id, step)): Path<(String, String)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> WebResult<Response> {
    let scope = applicant(&ctx)?;
    let id = parse_id(&id)?;
    let step = Step::parse(&step).ok_or(WebError::NotFound)?;
    let case = load(&state, scope, id).await?;
    if !editable(&case) {
        return Ok(see_other(&status_path(id)));
    }
    let economies = state.store.economies().await?;
    let fields = Fields(pairs);
    let today = state.clock.now().date();
    let mut form = case.application.form.clone();
    let mut check = Check::new(&ctx);
    match step {
        Step::Personal => apply_personal(&fields, &mut form, today, &mut check),
        Step::Passport => apply_passport(
            &fields,
            &mut form,
            case.application.home,
            &economies,
            today,
            &mut check,
        ),
        Step::Employment => apply_employment(&fields, &mut form, &mut check),
        Step::Travel => {
            let choices = travel_choices(&state, scope, &case, &economies).await?;
            apply_travel(&fields, &mut form, &choices, &mut check);
        }
        // The photo is uploaded to its own route (a multipart form); this only moves on.
        Step::Photo => return Ok(see_other(&step_path(id, Step::Review))),
        Step::Review => return submit(&state, &ctx, scope, case, &economies, &fields).await,
    }
    if !check.ok() {
        return render_step(
            &state,
            &ctx,
            scope,
            &case,
            &economies,
            step,
            Entered::from_fields(&fields),
            check.errors,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    if form != case.application.form {
        run(&state, scope, id, Command::UpdateDraft { form }).await?;
    }
    Ok(see_other(&step_path(id, step.next())))
}
