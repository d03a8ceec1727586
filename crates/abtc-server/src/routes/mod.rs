//! The route table: the router is built from it, and the OpenAPI and authorization tests walk it,
//! so a route cannot exist without being checked.

pub mod accounts;
pub mod admin;
pub mod applications;
pub mod border;
pub mod cards;
pub mod credentials;
pub mod escalations;
pub mod keys;
pub mod notices;
pub mod pre_clearances;
pub mod public;
pub mod reports;
pub mod tickets;

use axum::routing::{delete, get, post, put, MethodRouter};

use crate::state::AppState;

pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub handler: MethodRouter<AppState>,
}

fn r(method: &'static str, path: &'static str, handler: MethodRouter<AppState>) -> Route {
    Route {
        method,
        path,
        handler,
    }
}

#[rustfmt::skip]
pub fn table() -> Vec<Route> {
    use accounts as acc;
    use applications as app;
    use credentials as cred;
    use pre_clearances as pc;
    vec![
        r("GET",    "/api/v1/health",                            get(public::health)),
        r("GET",    "/api/v1/ready",                             get(public::ready)),
        r("GET",    "/metrics",                                  get(public::metrics)),
        r("GET",    "/api/v1/openapi.json",                      get(public::openapi)),
        r("GET",    "/api/v1/economies",                         get(public::economies)),
        r("GET",    "/api/v1/status/{reference}",                get(public::public_status)),
        r("POST",   "/api/v1/accounts",                          post(acc::register)),
        r("POST",   "/api/v1/sessions",                          post(acc::login)),
        r("DELETE", "/api/v1/sessions/current",                  delete(acc::logout)),
        r("GET",    "/api/v1/me",                                get(acc::me)),
        r("POST",   "/api/v1/applications",                      post(app::create)),
        r("GET",    "/api/v1/applications",                      get(app::list)),
        r("GET",    "/api/v1/applications/{id}",                 get(app::get)),
        r("PUT",    "/api/v1/applications/{id}",                 put(app::update)),
        r("PUT",    "/api/v1/applications/{id}/photo",           put(app::put_photo)),
        r("GET",    "/api/v1/applications/{id}/photo",           get(app::get_photo)),
        r("POST",   "/api/v1/applications/{id}/submit",          post(app::submit)),
        r("POST",   "/api/v1/applications/{id}/withdraw",        post(app::withdraw)),
        r("POST",   "/api/v1/applications/{id}/respond",         post(app::respond)),
        r("POST",   "/api/v1/applications/{id}/request-issue",   post(app::request_issue)),
        r("POST",   "/api/v1/applications/{id}/review",          post(app::review)),
        r("POST",   "/api/v1/applications/{id}/request-info",    post(app::request_info)),
        r("POST",   "/api/v1/applications/{id}/approve",         post(app::approve)),
        r("POST",   "/api/v1/applications/{id}/reject",          post(app::reject)),
        r("GET",    "/api/v1/applications/{id}/history",         get(app::history)),
        r("GET",    "/api/v1/notifications",                     get(app::notifications)),
        r("POST",   "/api/v1/notices",                           post(notices::send)),
        r("GET",    "/api/v1/pre-clearances",                    get(pc::queue)),
        r("POST",   "/api/v1/pre-clearances/decisions",          post(pc::batch)),
        r("GET",    "/api/v1/pre-clearances/{id}",               get(pc::get)),
        r("GET",    "/api/v1/pre-clearances/{id}/photo",         get(pc::photo)),
        r("GET",    "/api/v1/pre-clearances/{id}/history",       get(pc::history)),
        r("POST",   "/api/v1/pre-clearances/{id}/decision",      post(pc::decide)),
        r("POST",   "/api/v1/pre-clearances/{id}/withdraw",      post(pc::withdraw)),
        r("GET",    "/api/v1/cards",                             get(cards::list)),
        r("GET",    "/api/v1/cards/{number}",                    get(cards::get)),
        r("POST",   "/api/v1/cards/{number}/replace",            post(cards::replace)),
        r("POST",   "/api/v1/cards/{number}/cancel",             post(cards::cancel)),
        r("PUT",    "/api/v1/cards/{number}/device-key",         put(cred::register_device_key)),
        r("GET",    "/api/v1/cards/{number}/credential",         get(cred::credential)),
        r("GET",    "/api/v1/trust-list",                        get(cred::trust_list)),
        r("GET",    "/api/v1/trust-anchor",                      get(cred::trust_anchor)),
        r("GET",    "/api/v1/status-lists/{economy}",            get(cred::status_list)),
        r("POST",   "/api/v1/trust-list",                        post(keys::publish)),
        r("PUT",    "/api/v1/economies/{code}",                  put(admin::update_economy)),
        r("PUT",    "/api/v1/economies/{code}/policy",           put(admin::update_policy)),
        r("GET",    "/api/v1/economies/{code}/staff",            get(admin::list_staff)),
        r("POST",   "/api/v1/economies/{code}/staff",            post(admin::create_staff)),
        r("GET",    "/api/v1/economies/{code}/api-clients",      get(admin::list_api_clients)),
        r("POST",   "/api/v1/economies/{code}/api-clients",      post(admin::create_api_client)),
        r("DELETE", "/api/v1/economies/{code}/api-clients/{id}", delete(admin::revoke_api_client)),
        r("GET",    "/api/v1/economies/{code}/keys",             get(keys::list)),
        r("POST",   "/api/v1/economies/{code}/keys/rotate",      post(keys::rotate)),
        r("GET",    "/api/v1/audit",                             get(admin::audit_log)),
        r("GET",    "/api/v1/audit/report",                      get(admin::audit_report)),
        r("GET",    "/api/v1/reports",                           get(reports::report)),
        r("POST",   "/api/v1/tickets",                           post(tickets::raise)),
        r("GET",    "/api/v1/tickets",                           get(tickets::list)),
        r("GET",    "/api/v1/tickets/{id}",                      get(tickets::get)),
        r("POST",   "/api/v1/tickets/{id}/replies",              post(tickets::reply)),
        r("POST",   "/api/v1/tickets/{id}/close",                post(tickets::close)),
        r("POST",   "/api/v1/tickets/{id}/reopen",               post(tickets::reopen)),
        r("POST",   "/api/v1/tickets/{id}/refund-decision",      post(tickets::refund_decision)),
        r("GET",    "/api/v1/lessons",                           get(tickets::lessons)),
        r("POST",   "/api/v1/border/gate",                       post(border::gate)),
        r("GET",    "/api/v1/border/gate/stats",                 get(border::stats)),
        r("GET",    "/api/v1/escalations",                       get(escalations::overview)),
        r("GET",    "/api/v1/contacts/{channel}",                get(escalations::get_contacts)),
        r("PUT",    "/api/v1/contacts/{channel}",                put(escalations::put_contacts)),
        r("POST",   "/api/v1/lessons",                           post(tickets::share_lesson)),
    ]
}
