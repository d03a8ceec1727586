//! The OpenAPI 3.1 document, generated from the handlers' annotations.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::routes::{
    accounts, admin, applications, border, cards, credentials, escalations, keys, notices,
    pre_clearances, public, reports, tickets,
};

struct Security;

impl Modify for Security {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        if let Some(c) = doc.components.as_mut() {
            c.add_security_scheme(
                "bearer",
                SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
            );
        }
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "abtc", description = "The APEC Business Travel Card scheme: applications, pre-clearances and cards for 21 economies."),
    modifiers(&Security),
    security(("bearer" = [])),
    paths(
        public::health, public::ready, public::metrics, public::openapi, public::economies, public::public_status,
        accounts::register, accounts::login, accounts::logout, accounts::me,
        applications::create, applications::list, applications::get, applications::update,
        applications::put_photo, applications::get_photo, applications::submit, applications::withdraw,
        applications::respond, applications::request_issue, applications::review, applications::request_info,
        applications::approve, applications::reject, applications::history, applications::notifications,
        notices::send,
        pre_clearances::queue, pre_clearances::batch, pre_clearances::get, pre_clearances::photo,
        pre_clearances::history, pre_clearances::decide, pre_clearances::withdraw,
        cards::list, cards::get, cards::replace, cards::cancel,
        credentials::register_device_key, credentials::credential, credentials::trust_list,
        credentials::trust_anchor, credentials::status_list,
        keys::list, keys::rotate, keys::publish,
        admin::update_economy, admin::update_policy, admin::list_staff, admin::create_staff,
        admin::list_api_clients, admin::create_api_client, admin::revoke_api_client, admin::audit_log,
        admin::audit_report,
        reports::report,
        tickets::raise, tickets::list, tickets::get, tickets::reply, tickets::close, tickets::reopen,
        tickets::refund_decision, tickets::lessons, tickets::share_lesson,
        escalations::overview, escalations::get_contacts, escalations::put_contacts,
        border::gate, border::stats,
    ),
    components(schemas(abtc_api::ErrorBody))
)]
pub struct ApiDoc;

pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::table;

    /// Every route the server answers must be described (kanidm's rule), and nothing else.
    #[test]
    fn every_route_is_in_the_openapi_document() {
        let doc = serde_json::to_value(document()).unwrap();
        assert_eq!(doc["openapi"].as_str().unwrap().get(..3), Some("3.1"));
        let paths = doc["paths"].as_object().unwrap();
        let mut described = 0;
        for route in table() {
            let op = paths
                .get(route.path)
                .and_then(|p| p.get(route.method.to_lowercase()));
            assert!(
                op.is_some(),
                "{} {} is missing from openapi.json",
                route.method,
                route.path
            );
            described += 1;
        }
        let documented: usize = paths.values().map(|p| p.as_object().unwrap().len()).sum();
        assert_eq!(
            documented, described,
            "openapi.json describes routes the server does not have"
        );
    }
}
