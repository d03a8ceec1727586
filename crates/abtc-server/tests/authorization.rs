//! The authorization table (DESIGN.md sections 2 and 6, after meilisearch's): every route of
//! `abtc_server::routes::table()` × every kind of caller × economy, against an expectation table
//! written here from the design's "who may see what", not derived from the server's code.
//!
//! The case behind the ids: applicant A's TWN application, submitted, reviewed and approved by TWN
//! (virtual-immediate policy, so the card is issued and requests to the 18 other full members are
//! out); JPN approved its request. Every refusal must have the expected status and our error body;
//! every allowed call must get past authorization (GETs must succeed). A route missing from the
//! table fails the test, so a new route cannot go unclassified.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use std::collections::HashSet;

use abtc_client::Client;
use abtc_domain::{AccountId, ApplicationId, ApplicationState, Decision, PreClearanceId, Role};
use reqwest::Method;
use serde_json::{json, Value};
use support::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Eco {
    Twn,
    Jpn,
    Kor,
}

impl Eco {
    const ALL: [Eco; 3] = [Eco::Twn, Eco::Jpn, Eco::Kor];

    fn code(self) -> &'static str {
        match self {
            Eco::Twn => "TWN",
            Eco::Jpn => "JPN",
            Eco::Kor => "KOR",
        }
    }
}

/// The kinds of caller. TWN is A's home economy, JPN the asked economy whose request the ids name,
/// KOR an economy with only a pending request of its own on the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Anonymous,
    /// Applicant A, who owns the case.
    Owner,
    /// Applicant B, who owns nothing of it.
    Stranger,
    Staff(Role, Eco),
    SchemeAdmin,
    Auditor,
}

impl Who {
    fn label(self) -> String {
        match self {
            Who::Anonymous => "anonymous".into(),
            Who::Owner => "applicant-a".into(),
            Who::Stranger => "applicant-b".into(),
            Who::Staff(role, eco) => format!("{}-{}", eco.code().to_lowercase(), role.as_str()),
            Who::SchemeAdmin => "scheme_admin".into(),
            Who::Auditor => "auditor".into(),
        }
    }

    /// Acts for the home economy (DESIGN.md: national systems act as their economy's officers).
    fn is_home_officer(self, eco: Option<Eco>) -> bool {
        matches!(self, Who::Staff(Role::CaseOfficer | Role::NationalSystem, e) if eco.is_none_or(|x| x == e))
    }

    fn is_pre_clearance_officer(self, eco: Option<Eco>) -> bool {
        matches!(self, Who::Staff(Role::PreClearanceOfficer | Role::NationalSystem, e) if eco.is_none_or(|x| x == e))
    }

    /// Handles the tickets routed to its economy (DESIGN.md: enquiries go to officers, and
    /// national systems act as them); administrators and border officers do not.
    fn is_ticket_officer(self, eco: Option<Eco>) -> bool {
        matches!(self, Who::Staff(Role::CaseOfficer | Role::PreClearanceOfficer | Role::NationalSystem, e) if eco.is_none_or(|x| x == e))
    }

    /// Writes lessons learned for its economy.
    fn is_economy_staff(self) -> bool {
        matches!(
            self,
            Who::Staff(
                Role::CaseOfficer
                    | Role::PreClearanceOfficer
                    | Role::NationalSystem
                    | Role::EconomyAdmin,
                _
            )
        )
    }

    fn is_applicant(self) -> bool {
        matches!(self, Who::Owner | Who::Stranger)
    }
}

/// Who may use a route. Everyone else is refused: 401 without credentials; 403 when the caller's
/// role may never use the route (or, for administration, the path names another economy); 404 when
/// the role is right but the record is another economy's or another applicant's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// Everyone, signed in or not.
    Public,
    /// Every signed-in caller.
    SignedIn,
    /// Applicants, on nothing in particular (their own new records and inbox).
    Applicants,
    /// Lists: applicants get their own, home officers their economy's.
    ApplicantsAndHomeOfficers,
    /// A's records: A and TWN's home officers; B and other economies' home officers get 404.
    OwnerOrHome,
    /// A's records, for the applicant's own actions: A only; B gets 404.
    Owner,
    /// A's application, for the home economy's actions: TWN's home officers; others' get 404.
    Home,
    /// The request addressed to JPN: JPN's pre-clearance officers; other economies' get 404.
    Asked,
    /// The caller's own economy's pre-clearance queue and batches.
    PreClearanceOfficers,
    /// TWN's configuration: TWN's administrator only (JPN's gets 403).
    EconomyAdmin,
    /// TWN's staff: TWN's administrator or the scheme administrator.
    EconomyOrSchemeAdmin,
    SchemeAdmin,
    Auditor,
    /// Aggregate reports: every staff role of any economy, the scheme administrator and the
    /// auditor (figures are not personal data); never applicants.
    Staff,
    /// Ticket lists: applicants get their own, ticket officers of any economy their economy's.
    TicketHandlers,
    /// A's refund ticket routed to JPN: A and JPN's ticket officers; B and other economies' ticket
    /// officers get 404 (a KOR pre-clearance officer cannot read a ticket routed to JPN).
    TicketParties,
    /// The refund decision on that ticket: JPN's ticket officers; other economies' get 404.
    TicketEconomy,
    /// Lessons learned: economies' staff and the scheme administrator read them.
    LessonReaders,
    /// Economies' staff share them (the scheme administrator has no economy to credit).
    LessonWriters,
    /// Escalations: an economy's staff (their economy's), the scheme administrator and auditors.
    EscalationReaders,
    /// The e-gate: every economy's border officers and national systems, each at its own gate.
    Border,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Allowed,
    Refused(u16),
}

fn expect(rule: Rule, who: Who) -> Expect {
    use Expect::{Allowed, Refused};
    if who == Who::Anonymous {
        return if rule == Rule::Public {
            Allowed
        } else {
            Refused(401)
        };
    }
    let allow_else_403 = |ok: bool| if ok { Allowed } else { Refused(403) };
    match rule {
        Rule::Public | Rule::SignedIn => Allowed,
        Rule::Applicants => allow_else_403(who.is_applicant()),
        Rule::ApplicantsAndHomeOfficers => {
            allow_else_403(who.is_applicant() || who.is_home_officer(None))
        }
        Rule::OwnerOrHome if who == Who::Owner || who.is_home_officer(Some(Eco::Twn)) => Allowed,
        Rule::OwnerOrHome if who == Who::Stranger || who.is_home_officer(None) => Refused(404),
        Rule::Owner if who == Who::Owner => Allowed,
        Rule::Owner if who == Who::Stranger => Refused(404),
        Rule::Home if who.is_home_officer(Some(Eco::Twn)) => Allowed,
        Rule::Home if who.is_home_officer(None) => Refused(404),
        Rule::Asked if who.is_pre_clearance_officer(Some(Eco::Jpn)) => Allowed,
        Rule::Asked if who.is_pre_clearance_officer(None) => Refused(404),
        Rule::OwnerOrHome | Rule::Owner | Rule::Home | Rule::Asked => Refused(403),
        Rule::PreClearanceOfficers => allow_else_403(who.is_pre_clearance_officer(None)),
        Rule::EconomyAdmin => allow_else_403(who == Who::Staff(Role::EconomyAdmin, Eco::Twn)),
        Rule::EconomyOrSchemeAdmin => allow_else_403(matches!(
            who,
            Who::Staff(Role::EconomyAdmin, Eco::Twn) | Who::SchemeAdmin
        )),
        Rule::SchemeAdmin => allow_else_403(who == Who::SchemeAdmin),
        Rule::Auditor => allow_else_403(who == Who::Auditor),
        Rule::Staff => allow_else_403(!who.is_applicant()),
        Rule::TicketHandlers => allow_else_403(who.is_applicant() || who.is_ticket_officer(None)),
        Rule::TicketParties if who == Who::Owner || who.is_ticket_officer(Some(Eco::Jpn)) => {
            Allowed
        }
        Rule::TicketParties if who == Who::Stranger || who.is_ticket_officer(None) => Refused(404),
        Rule::TicketEconomy if who.is_ticket_officer(Some(Eco::Jpn)) => Allowed,
        Rule::TicketEconomy if who.is_ticket_officer(None) => Refused(404),
        Rule::TicketParties | Rule::TicketEconomy => Refused(403),
        Rule::LessonReaders => allow_else_403(who.is_economy_staff() || who == Who::SchemeAdmin),
        Rule::LessonWriters => allow_else_403(who.is_economy_staff()),
        Rule::Border => allow_else_403(matches!(
            who,
            Who::Staff(Role::BorderOfficer | Role::NationalSystem, _)
        )),
        Rule::EscalationReaders => {
            allow_else_403(who.is_economy_staff() || who == Who::SchemeAdmin || who == Who::Auditor)
        }
    }
}

/// The concrete records behind the path templates and bodies.
struct Fixture {
    application: ApplicationId,
    reference: String,
    card: String,
    jpn_request: PreClearanceId,
    /// A's refund request for a border closure, routed to JPN.
    ticket: String,
    /// A second TWN API client, for the revocation route (so the walk keeps its own token).
    spare_client: AccountId,
    twn_record: Value,
    stranger_username: String,
}

impl Fixture {
    fn path(&self, template: &str) -> String {
        let id = if template.starts_with("/api/v1/applications/") {
            self.application.to_string()
        } else if template.starts_with("/api/v1/pre-clearances/") {
            self.jpn_request.to_string()
        } else if template.starts_with("/api/v1/tickets/") {
            self.ticket.clone()
        } else {
            self.spare_client.to_string()
        };
        let path = template
            .replace("{id}", &id)
            .replace("{number}", &self.card)
            .replace("{code}", "TWN")
            .replace("{economy}", "TWN")
            .replace("{channel}", "TWN")
            .replace("{reference}", &self.reference);
        assert!(!path.contains('{'), "unfilled template {template}");
        path
    }
}

/// A syntactically valid body for the route.
enum Send {
    Nothing,
    Json(fn(&Fixture, Who) -> Value),
    Jpeg,
}

struct Row {
    method: &'static str,
    path: &'static str,
    rule: Rule,
    send: Send,
}

/// A valid P-256 public key (the curve's generator), SEC1 uncompressed, base64url.
const DEVICE_KEY: &str =
    "BGsX0fLhLEJH-Lzm5WOkQPJ3A32BLeszoPShOUXYmMKWT-NC4v4af5uO5-tKfA-eFivOM1drMV7Oy7ZAaDe_UfU";

/// The expectation table: one row per route.
#[rustfmt::skip]
fn table() -> Vec<Row> {
    use Rule::*;
    use Send::{Jpeg, Json, Nothing};
    let row = |method, path, rule, send| Row { method, path, rule, send };
    vec![
        row("GET",    "/api/v1/health",                          Public, Nothing),
        row("GET",    "/api/v1/ready",                           Public, Nothing),
        row("GET",    "/metrics",                                Public, Nothing),
        row("GET",    "/api/v1/openapi.json",                    Public, Nothing),
        row("GET",    "/api/v1/economies",                       Public, Nothing),
        row("GET",    "/api/v1/status/{reference}",              Public, Nothing),
        row("POST",   "/api/v1/accounts",                        Public, Json(|_, w| json!({"email": format!("new-{}@example.org", w.label()), "password": PASSWORD}))),
        row("POST",   "/api/v1/sessions",                        Public, Json(|f, _| json!({"username": f.stranger_username, "password": PASSWORD}))),
        row("DELETE", "/api/v1/sessions/current",                SignedIn, Nothing),
        row("GET",    "/api/v1/me",                              SignedIn, Nothing),
        row("POST",   "/api/v1/applications",                    Applicants, Json(|_, _| json!({"home": "TWN"}))),
        row("GET",    "/api/v1/applications",                    ApplicantsAndHomeOfficers, Nothing),
        row("GET",    "/api/v1/applications/{id}",               OwnerOrHome, Nothing),
        row("PUT",    "/api/v1/applications/{id}",               Owner, Json(|_, _| json!({"form": {}}))),
        row("PUT",    "/api/v1/applications/{id}/photo",         Owner, Jpeg),
        row("GET",    "/api/v1/applications/{id}/photo",         OwnerOrHome, Nothing),
        row("POST",   "/api/v1/applications/{id}/submit",        Owner, Nothing),
        row("POST",   "/api/v1/applications/{id}/withdraw",      Owner, Nothing),
        row("POST",   "/api/v1/applications/{id}/respond",       Owner, Json(|_, _| json!({"answer": "The letter is attached."}))),
        row("POST",   "/api/v1/applications/{id}/request-issue", Owner, Nothing),
        row("POST",   "/api/v1/applications/{id}/review",        Home, Nothing),
        row("POST",   "/api/v1/applications/{id}/request-info",  Home, Json(|_, _| json!({"question": "Please send your employer's letter."}))),
        row("POST",   "/api/v1/applications/{id}/approve",       Home, Nothing),
        row("POST",   "/api/v1/applications/{id}/reject",        Home, Json(|_, _| json!({"reason": "No regular business travel shown."}))),
        row("GET",    "/api/v1/applications/{id}/history",       OwnerOrHome, Nothing),
        row("GET",    "/api/v1/notifications",                   Applicants, Nothing),
        // A notice to TWN's cardholders: TWN's administrator or the scheme administrator; JPN's and
        // KOR's administrators may not address another economy's cardholders (403).
        row("POST",   "/api/v1/notices",                         EconomyOrSchemeAdmin, Json(|_, _| json!({"audience": {"kind": "home", "economy": "TWN"}, "subject": "Land borders", "body": "The virtual card is not yet accepted at land borders."}))),
        row("GET",    "/api/v1/pre-clearances",                  PreClearanceOfficers, Nothing),
        row("POST",   "/api/v1/pre-clearances/decisions",        PreClearanceOfficers, Json(|f, _| json!({"decisions": [{"id": f.jpn_request, "decision": "approve"}]}))),
        row("GET",    "/api/v1/pre-clearances/{id}",             Asked, Nothing),
        row("GET",    "/api/v1/pre-clearances/{id}/photo",       Asked, Nothing),
        row("GET",    "/api/v1/pre-clearances/{id}/history",     Asked, Nothing),
        row("POST",   "/api/v1/pre-clearances/{id}/decision",    Asked, Json(|_, _| json!({"decision": "approve"}))),
        row("POST",   "/api/v1/pre-clearances/{id}/withdraw",    Asked, Json(|_, _| json!({"note": "New information."}))),
        row("GET",    "/api/v1/cards",                           ApplicantsAndHomeOfficers, Nothing),
        row("GET",    "/api/v1/cards/{number}",                  OwnerOrHome, Nothing),
        row("PUT",    "/api/v1/cards/{number}/device-key",       Owner, Json(|_, _| json!({"public_key": DEVICE_KEY}))),
        row("GET",    "/api/v1/cards/{number}/credential",       OwnerOrHome, Nothing),
        row("GET",    "/api/v1/trust-list",                      Public, Nothing),
        row("GET",    "/api/v1/trust-anchor",                    Public, Nothing),
        row("GET",    "/api/v1/status-lists/{economy}",          Public, Nothing),
        row("POST",   "/api/v1/trust-list",                      SchemeAdmin, Nothing),
        row("POST",   "/api/v1/cards/{number}/replace",          OwnerOrHome, Json(|_, _| json!({"reason": {"kind": "change_of_approvals"}}))),
        row("POST",   "/api/v1/cards/{number}/cancel",           OwnerOrHome, Json(|_, _| json!({"reason": "holder_request"}))),
        row("PUT",    "/api/v1/economies/{code}",                SchemeAdmin, Json(|f, _| f.twn_record.clone())),
        row("PUT",    "/api/v1/economies/{code}/policy",         EconomyAdmin, Json(|_, _| json!({"issuance_policy": {"kind": "virtual_immediate"}}))),
        row("GET",    "/api/v1/economies/{code}/staff",          EconomyOrSchemeAdmin, Nothing),
        // Economy administrators make officers; the scheme administrator makes economy administrators.
        row("POST",   "/api/v1/economies/{code}/staff",          EconomyOrSchemeAdmin, Json(|_, w| json!({
            "username": format!("made-by-{}", w.label()),
            "password": PASSWORD,
            "role": if w == Who::SchemeAdmin { "economy_admin" } else { "case_officer" },
            "display_name": "New staff",
        }))),
        row("GET",    "/api/v1/economies/{code}/api-clients",      EconomyAdmin, Nothing),
        row("POST",   "/api/v1/economies/{code}/api-clients",      EconomyAdmin, Json(|_, _| json!({"name": "Second national system"}))),
        row("DELETE", "/api/v1/economies/{code}/api-clients/{id}", EconomyAdmin, Nothing),
        row("GET",    "/api/v1/economies/{code}/keys",             EconomyAdmin, Nothing),
        row("POST",   "/api/v1/economies/{code}/keys/rotate",      EconomyAdmin, Nothing),
        row("GET",    "/api/v1/audit",                             Auditor, Nothing),
        row("GET",    "/api/v1/audit/report",                      Auditor, Nothing),
        row("GET",    "/api/v1/reports",                           Staff, Nothing),
        row("POST",   "/api/v1/tickets",                           Applicants, Json(|_, _| json!({"kind": "enquiry", "economy": "TWN", "subject": "Card delivery", "message": "When does my card arrive?"}))),
        row("GET",    "/api/v1/tickets",                           TicketHandlers, Nothing),
        row("GET",    "/api/v1/tickets/{id}",                      TicketParties, Nothing),
        row("POST",   "/api/v1/tickets/{id}/replies",              TicketParties, Json(|_, _| json!({"message": "Any news?"}))),
        row("POST",   "/api/v1/tickets/{id}/close",                TicketParties, Nothing),
        row("POST",   "/api/v1/tickets/{id}/reopen",               Owner, Nothing),
        row("POST",   "/api/v1/tickets/{id}/refund-decision",      TicketEconomy, Json(|_, _| json!({"decision": "approve", "reason": "The border was closed."}))),
        row("GET",    "/api/v1/lessons",                           LessonReaders, Nothing),
        row("POST",   "/api/v1/lessons",                           LessonWriters, Json(|_, _| json!({"topic": "Border closures", "text": "Attach the closure notice to refund requests."}))),
        row("POST",   "/api/v1/border/gate",                       Border, Json(|_, _| json!({"mrz": "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10", "qr": "ABTC1:not-a-card"}))),
        row("GET",    "/api/v1/border/gate/stats",                 Border, Nothing),
        row("GET",    "/api/v1/escalations",                       EscalationReaders, Nothing),
        // TWN's contacts: TWN's administrator or the scheme administrator (JPN's administrator: 403).
        row("GET",    "/api/v1/contacts/{channel}",                EconomyOrSchemeAdmin, Nothing),
        row("PUT",    "/api/v1/contacts/{channel}",                EconomyOrSchemeAdmin, Json(|_, _| json!({"contacts": [{"address": "desk@twn.example", "language": "zh-Hant"}]}))),
    ]
}

/// Every caller kind, signed in.
async fn callers(server: &TestServer) -> (Vec<(Who, Client)>, String) {
    let (owner, _) = server.applicant("applicant-a").await;
    let (stranger, stranger_username) = server.applicant("applicant-b").await;
    let mut all = vec![
        (Who::Anonymous, server.anonymous()),
        (Who::Owner, owner),
        (Who::Stranger, stranger),
    ];
    for eco in Eco::ALL {
        for role in [
            Role::CaseOfficer,
            Role::PreClearanceOfficer,
            Role::BorderOfficer,
            Role::EconomyAdmin,
        ] {
            all.push((
                Who::Staff(role, eco),
                server.staff(role, Some(eco.code())).await,
            ));
        }
        let (national, _) = server.national_system(eco.code()).await;
        all.push((Who::Staff(Role::NationalSystem, eco), national));
    }
    all.push((
        Who::SchemeAdmin,
        server.staff(Role::SchemeAdmin, None).await,
    ));
    all.push((Who::Auditor, server.staff(Role::Auditor, None).await));
    (all, stranger_username)
}

fn caller(callers: &[(Who, Client)], who: Who) -> &Client {
    &callers
        .iter()
        .find(|(w, _)| *w == who)
        .expect("a caller of that kind")
        .1
}

/// A's case as described at the top, built through the API.
async fn build_case(server: &TestServer, callers: &[(Who, Client)], stranger: String) -> Fixture {
    let twn_admin = caller(callers, Who::Staff(Role::EconomyAdmin, Eco::Twn));
    let policy = json!({"issuance_policy": {"kind": "virtual_immediate"}});
    let res = send(
        twn_admin,
        Method::PUT,
        "/api/v1/economies/TWN/policy",
        &Body::Json(policy),
    )
    .await;
    assert_eq!(res.status, 200, "TWN's policy: {}", res.text);

    let owner = caller(callers, Who::Owner);
    let officer = caller(callers, Who::Staff(Role::CaseOfficer, Eco::Twn));
    let case = approved_at_home(owner, officer, "TWN").await;
    assert_eq!(case.application.state, ApplicationState::Issued);
    assert_eq!(
        case.pre_clearances.len(),
        18,
        "requests to every other full member"
    );
    let card = case
        .cards
        .first()
        .expect("the virtual card")
        .number
        .to_string();

    let jpn_request = request_to(&case, "JPN");
    let jpn = caller(callers, Who::Staff(Role::PreClearanceOfficer, Eco::Jpn));
    jpn.decide(jpn_request, Decision::Approve)
        .await
        .expect("JPN approves");

    let economies = get(&server.anonymous(), "/api/v1/economies").await.json();
    let twn_record = economies
        .as_array()
        .expect("a list")
        .iter()
        .find(|e| e["code"] == "TWN")
        .expect("TWN")
        .clone();
    let ticket = post(
        owner,
        "/api/v1/tickets",
        json!({"kind": "refund", "economy": "JPN", "subject": "Refund", "message": "JPN closed its border.", "refund_reason": "border_closure"}),
    )
    .await;
    assert_eq!(ticket.status, 201, "the ticket: {}", ticket.text);
    let ticket = ticket.json()["id"].as_str().expect("ticket id").to_owned();
    Fixture {
        application: case.application.id,
        ticket,
        reference: case.application.reference.to_string(),
        card,
        jpn_request,
        spare_client: server.national_system("TWN").await.1,
        twn_record,
        stranger_username: stranger,
    }
}

fn error_code(status: u16) -> &'static str {
    match status {
        401 => "unauthenticated",
        403 => "forbidden",
        _ => "not_found",
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_refuses_every_caller_it_must() {
    let expectations = table();

    // Every route must be classified, and every row must still be a route.
    let routes: Vec<(&str, &str)> = abtc_server::routes::table()
        .iter()
        .map(|r| (r.method, r.path))
        .collect();
    let rows: HashSet<(&str, &str)> = expectations.iter().map(|r| (r.method, r.path)).collect();
    let unclassified: Vec<_> = routes.iter().filter(|r| !rows.contains(*r)).collect();
    assert!(
        unclassified.is_empty(),
        "routes without a row in the authorization table: {unclassified:?}"
    );
    let stale: Vec<_> = rows.iter().filter(|r| !routes.contains(r)).collect();
    assert!(
        stale.is_empty(),
        "rows for routes the server lacks: {stale:?}"
    );
    assert_eq!(rows.len(), expectations.len(), "one row per route");

    let server = TestServer::start().await;
    let (callers, stranger) = callers(&server).await;
    let fixture = build_case(&server, &callers, stranger).await;

    // Signing out ends the callers' sessions, so it goes last.
    let mut order: Vec<&Row> = expectations.iter().collect();
    order.sort_by_key(|r| r.path == "/api/v1/sessions/current");

    let mut failures = Vec::new();
    let (mut refusals, mut allowed) = (0, 0);
    for row in order {
        let path = fixture.path(row.path);
        let method = Method::from_bytes(row.method.as_bytes()).expect("method");
        for (who, client) in &callers {
            let body = match row.send {
                Send::Nothing => Body::Empty,
                Send::Json(make) => Body::Json(make(&fixture, *who)),
                Send::Jpeg => Body::Raw("image/jpeg", jpeg()),
            };
            let res = send(client, method.clone(), &path, &body).await;
            let status = res.status.as_u16();
            let what = format!("{} {path} as {}", row.method, who.label());
            match expect(row.rule, *who) {
                Expect::Refused(want) => {
                    refusals += 1;
                    if status != want {
                        failures.push(format!("{what}: want {want}, got {status}: {}", res.text));
                    } else if let Some(problem) = res.error_format_problem() {
                        failures.push(format!("{what}: {problem}"));
                    } else if res.json()["code"] != error_code(want) {
                        failures.push(format!("{what}: code {}", res.json()["code"]));
                    }
                }
                Expect::Allowed => {
                    allowed += 1;
                    let refused = matches!(status, 401 | 403) || status >= 500;
                    if refused || (method == Method::GET && status != 200) {
                        failures.push(format!("{what}: allowed, got {status}: {}", res.text));
                    }
                }
            }
        }
    }
    eprintln!(
        "authorization table: {} routes x {} callers: {refusals} refusals and {allowed} allowed calls checked",
        expectations.len(),
        callers.len()
    );
    assert_eq!(refusals + allowed, expectations.len() * callers.len());
    assert!(
        failures.is_empty(),
        "{} of {} checks failed:\n{}",
        failures.len(),
        refusals + allowed,
        failures.join("\n")
    );

    // What the walk left behind names no one: the audit log keeps roles, economies and ids, and the
    // metrics label route templates, never identifiers.
    let auditor = server.staff(Role::Auditor, None).await;
    let audit = get(&auditor, "/api/v1/audit?per_page=500").await;
    assert_eq!(audit.status, 200, "{}", audit.text);
    let people = [
        FAMILY_NAME,
        NATIVE_NAME,
        FORM_EMAIL,
        PASSPORT_NUMBER,
        "@example.org",
    ];
    for secret in people {
        assert!(!audit.text.contains(secret), "the audit log shows {secret}");
    }
    let metrics = get(&server.anonymous(), "/metrics").await.text;
    for id in [
        &fixture.application.to_string(),
        &fixture.card,
        &fixture.reference,
    ] {
        assert!(!metrics.contains(id.as_str()), "metrics label {id}");
    }
    server.stop().await;
}

/// Administrators grant only what they may: an economy's administrator makes its own officers, the
/// scheme administrator makes economy administrators; nobody makes more, and a refusal makes nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn administrators_cannot_grant_more_than_they_may() {
    let server = TestServer::start().await;
    let twn = server.staff(Role::EconomyAdmin, Some("TWN")).await;
    let scheme = server.staff(Role::SchemeAdmin, None).await;
    server.staff(Role::CaseOfficer, Some("JPN")).await;
    let grants = [
        (&twn, "TWN", "case_officer", 201),
        (&twn, "TWN", "border_officer", 201),
        (&twn, "JPN", "case_officer", 403),
        (&twn, "TWN", "economy_admin", 403),
        (&twn, "TWN", "scheme_admin", 422),
        (&twn, "TWN", "auditor", 422),
        (&twn, "TWN", "national_system", 422),
        (&twn, "TWN", "applicant", 422),
        (&scheme, "TWN", "economy_admin", 201),
        (&scheme, "TWN", "case_officer", 403),
        (&scheme, "TWN", "scheme_admin", 422),
    ];
    for (admin, economy, role, status) in grants {
        let username = format!("granted-{}", unique());
        let body =
            json!({"username": username, "password": PASSWORD, "role": role, "display_name": "X"});
        let what = format!("{role} of {economy}");
        let res = post(admin, &format!("/api/v1/economies/{economy}/staff"), body).await;
        assert_eq!(res.status.as_u16(), status, "{what}: {}", res.text);
        let signed_in = server.anonymous().login(&username, PASSWORD).await;
        if status == 201 {
            let me: Value = signed_in
                .expect(&what)
                .0
                .get("/api/v1/me")
                .await
                .expect("me");
            assert_eq!(
                (me["role"].as_str(), me["economy"].as_str()),
                (Some(role), Some(economy))
            );
        } else {
            assert!(res.error_format_problem().is_none(), "{what}: {}", res.text);
            assert!(
                signed_in.is_err(),
                "{what}: a refused grant made an account"
            );
        }
    }
    // Staff lists hold the named economy's staff only.
    for (admin, economy) in [(&twn, "TWN"), (&scheme, "JPN")] {
        let list = get(admin, &format!("/api/v1/economies/{economy}/staff"))
            .await
            .json();
        let list = list.as_array().expect("a list");
        assert!(
            !list.is_empty() && list.iter().all(|a| a["economy"] == economy),
            "{list:?}"
        );
    }
    server.stop().await;
}
