//! The officers' and administrators' pages through HTTP: a case officer works the home queue and
//! decides a case on its page; pre-clearance officers decide, decline and withdraw only requests
//! addressed to their economy; an economy administrator manages officers, API clients, keys and the
//! issuance policy; the scheme administrator edits an economy and publishes the trust list. Every
//! page renders without a missing message, and every form needs its CSRF token.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use abtc_domain::{
    ApplicationState, Case, EconomyCode, IssuancePolicy, Membership, PreClearanceStatus, Role,
};
use reqwest::StatusCode;
use serde_json::Value;
use support::web::{Page, WebClient};
use support::*;

/// [`PHONE`] as the application keeps it (E.164, without spaces).
const PHONE_STORED: &str = "+886223456789";

#[track_caller]
fn assert_complete(page: &Page, what: &str) {
    let missing = page.missing_messages();
    assert!(missing.is_empty(), "{what}: missing messages {missing:?}");
}

/// GETs `path`, asserts 200 and no missing message, and returns the page.
async fn open(web: &mut WebClient, path: &str) -> Page {
    let page = web.get(path).await;
    page.assert_ok(path);
    assert_complete(&page, path);
    page
}

async fn signed_in(server: &TestServer, role: Role, economy: Option<&str>) -> (WebClient, String) {
    let username = server.staff_account(role, economy).await;
    let mut web = WebClient::new(&server.base);
    let start = web.login(&username, PASSWORD).await;
    (web, start)
}

/// An application by a new applicant to `home`, with its photo, submitted (not yet reviewed).
async fn submitted(server: &TestServer, home: &str) -> Case {
    let (applicant, _) = server.applicant("web-officer").await;
    let case = applicant
        .create_application(code(home), form(home))
        .await
        .unwrap();
    let id = case.application.id;
    applicant.upload_photo(id, jpeg()).await.unwrap();
    applicant.application_action(id, "submit").await.unwrap()
}

/// An application to TWN approved at home: its pre-clearance requests are out.
async fn approved(server: &TestServer) -> Case {
    let (applicant, _) = server.applicant("web-pc").await;
    let officer = server.staff(Role::CaseOfficer, Some("TWN")).await;
    approved_at_home(&applicant, &officer, "TWN").await
}

/// The value of the input with `id` on the page.
fn input_value(page: &Page, id: &str) -> String {
    let marker = format!("id=\"{id}\"");
    let at = page
        .body
        .find(&marker)
        .unwrap_or_else(|| panic!("no #{id}"));
    let rest = &page.body[at..];
    let v = rest.find("value=\"").unwrap() + "value=\"".len();
    rest[v..].split('"').next().unwrap().to_owned()
}

#[tokio::test]
async fn case_officer_works_the_home_queue_and_approves_on_the_case_page() {
    let server = TestServer::start().await;
    let case = submitted(&server, "TWN").await;
    let id = case.application.id;
    let reference = case.application.reference.to_string();
    let other = submitted(&server, "JPN").await;

    let (mut web, start) = signed_in(&server, Role::CaseOfficer, Some("TWN")).await;
    assert_eq!(start, "/work/applications");

    // The queue: TWN's applicant, not JPN's; filters and search narrow it.
    let queue = open(&mut web, "/work/applications").await;
    assert!(queue.body.contains(&reference), "{}", queue.body);
    assert!(queue.body.contains(&format!("/work/applications/{id}")));
    assert!(queue.body.contains(FAMILY_NAME));
    assert!(
        queue.body.contains("TAI MAN"),
        "MRZ fillers are shown as spaces"
    );
    assert!(queue.body.contains("badge badge-submitted"));
    assert!(!queue
        .body
        .contains(&other.application.reference.to_string()));
    let by_reference = format!("?q={}", &reference[5..]);
    for (query, found) in [
        ("?q=chen", true),
        ("?q=tai+man+chen", true),
        (by_reference.as_str(), true),
        ("?q=nobody", false),
        ("?state=submitted", true),
        ("?state=home_review", false),
        ("?overdue=1", false),
        ("?state=&overdue=&q=&page=", true),
    ] {
        let page = open(&mut web, &format!("/work/applications{query}")).await;
        assert_eq!(page.body.contains(&reference), found, "{query}");
    }
    let bad = web.get("/work/applications?state=bogus").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);

    // The case page: everything the home economy sees, and the one action the state allows.
    let path = format!("/work/applications/{id}");
    let page = open(&mut web, &path).await;
    for shown in [
        PASSPORT_NUMBER,
        NATIVE_NAME,
        FORM_EMAIL,
        PHONE_STORED,
        "Formosa Trading Co.",
    ] {
        assert!(page.body.contains(shown), "the case page shows {shown}");
    }
    assert!(page.body.contains(&format!("src=\"{path}/photo\"")));
    assert!(page.body.contains(&format!("action=\"{path}/review\"")));
    assert!(!page.body.contains(&format!("action=\"{path}/approve\"")));
    let photo = web.get(&format!("{path}/photo")).await;
    assert_eq!(photo.status, StatusCode::OK);

    // Start the review, then a request for information without a question is refused in place.
    let to = web.post(&format!("{path}/review"), &[]).await;
    assert_eq!(
        to.assert_redirect("start review"),
        format!("{path}?done=review")
    );
    let page = open(&mut web, &format!("{path}?done=review")).await;
    assert!(page.body.contains("The review has started."));
    assert!(page.body.contains(&format!("action=\"{path}/approve\"")));
    let empty = web
        .post(&format!("{path}/request-info"), &[("question", "  ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("role=\"alert\""));
    assert_complete(&empty, "request-info without a question");

    // Approve: 303, then the case is in pre-clearance with a request to every other full member.
    let to = web.post(&format!("{path}/approve"), &[]).await;
    assert_eq!(
        to.assert_redirect("approve"),
        format!("{path}?done=approved")
    );
    let officer_api = server
        .login(&server.staff_account(Role::CaseOfficer, Some("TWN")).await)
        .await;
    let after = officer_api.application(id).await.unwrap();
    assert_eq!(after.application.state, ApplicationState::PreClearance);
    assert_eq!(after.pre_clearances.len(), 18);
    let page = open(&mut web, &format!("{path}?done=approved")).await;
    assert!(page
        .body
        .contains("Approved. The pre-clearance requests are on their way."));
    assert!(page.body.contains("Japan (JPN)"));
    assert!(page.body.contains("Pre-clearance requested from JPN"));
    assert!(page.body.contains("Case officer · TWN"));

    // A second decision: the 409 page.
    let again = web.post(&format!("{path}/approve"), &[]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("invalid_transition"));
    assert_complete(&again, "409 page");

    // Another economy's case does not exist for TWN; a pre-clearance officer may not open the queue.
    let foreign = web
        .get(&format!("/work/applications/{}", other.application.id))
        .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    let (mut pco, _) = signed_in(&server, Role::PreClearanceOfficer, Some("TWN")).await;
    assert_eq!(
        pco.get("/work/applications").await.status,
        StatusCode::FORBIDDEN
    );
    // Without a session: to the sign-in page and back.
    let mut anonymous = WebClient::new(&server.base);
    let to = anonymous.get("/work/applications").await;
    assert_eq!(
        to.assert_redirect("anonymous"),
        "/login?next=/work/applications"
    );
    server.stop().await;
}

#[tokio::test]
async fn pre_clearance_officers_decide_only_their_economys_requests() {
    let server = TestServer::start().await;
    let case = approved(&server).await;
    let jpn_request = request_to(&case, "JPN");
    let kor_request = request_to(&case, "KOR");

    let (mut jpn, start) = signed_in(&server, Role::PreClearanceOfficer, Some("JPN")).await;
    assert_eq!(start, "/work/pre-clearances");
    let queue = open(&mut jpn, "/work/pre-clearances").await;
    let link = format!("/work/pre-clearances/{jpn_request}");
    assert!(queue.body.contains(&link), "{}", queue.body);
    assert!(!queue.body.contains(&kor_request.to_string()));
    assert!(queue.body.contains("Chinese Taipei (TWN)"));
    for (query, found) in [
        ("?home=TWN", true),
        ("?home=KOR", false),
        ("?q=chen", true),
        ("?q=nobody", false),
        ("?status=approved", false),
        ("?overdue=1", false),
    ] {
        let page = open(&mut jpn, &format!("/work/pre-clearances{query}")).await;
        assert_eq!(page.body.contains(&link), found, "{query}");
    }

    // The request page shows only what the view carries: no contact details.
    let page = open(&mut jpn, &link).await;
    assert!(page.body.contains(PASSPORT_NUMBER));
    assert!(page.body.contains(NATIVE_NAME));
    let reference = case.application.reference.to_string();
    for hidden in [FORM_EMAIL, PHONE_STORED, "Xinyi Road", reference.as_str()] {
        assert!(
            !page.body.contains(hidden),
            "the request page must not show {hidden}"
        );
    }
    assert!(page.body.contains(&format!("src=\"{link}/photo\"")));
    assert_eq!(
        jpn.get(&format!("{link}/photo")).await.status,
        StatusCode::OK
    );

    // Declining needs a reason; the page says so and keeps the choice.
    let no_reason = jpn
        .post(&format!("{link}/decision"), &[("decision", "decline")])
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_reason.body.contains("Give a reason when you decline."));
    assert_complete(&no_reason, "decline without a reason");

    // JPN approves.
    let to = jpn
        .post(
            &format!("{link}/decision"),
            &[("decision", "approve"), ("note", "")],
        )
        .await;
    assert_eq!(
        to.assert_redirect("approve"),
        format!("{link}?done=approved")
    );
    let page = open(&mut jpn, &format!("{link}?done=approved")).await;
    assert!(page.body.contains("You approved this request."));
    assert!(page.body.contains("badge badge-approved"));
    assert!(page.body.contains("JPN approved pre-clearance"));
    assert!(page.body.contains(&format!("action=\"{link}/withdraw\"")));
    // A second decision: the 409 page.
    let again = jpn
        .post(
            &format!("{link}/decision"),
            &[("decision", "decline"), ("note", "changed")],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("already_decided"));
    assert_complete(&again, "409 page");

    // KOR declines its own request with a reason.
    let (mut kor, _) = signed_in(&server, Role::PreClearanceOfficer, Some("KOR")).await;
    let kor_link = format!("/work/pre-clearances/{kor_request}");
    open(&mut kor, &kor_link).await;
    let to = kor
        .post(
            &format!("{kor_link}/decision"),
            &[
                ("decision", "decline"),
                ("note", "Employer could not be verified"),
            ],
        )
        .await;
    assert_eq!(
        to.assert_redirect("decline"),
        format!("{kor_link}?done=declined")
    );
    let page = open(&mut kor, &format!("{kor_link}?done=declined")).await;
    assert!(
        page.body.contains("Employer could not be verified"),
        "the own note"
    );

    let home = server
        .login(&server.staff_account(Role::CaseOfficer, Some("TWN")).await)
        .await;
    let after = home.application(case.application.id).await.unwrap();
    let status = |e: &str| after.pre_clearance(code(e)).unwrap().status;
    assert_eq!(status("JPN"), PreClearanceStatus::Approved);
    assert_eq!(status("KOR"), PreClearanceStatus::Declined);
    assert!(
        after.pre_clearances.iter().all(|p| p.note.is_none()),
        "the home economy never sees the asked economies' notes"
    );

    // JPN cannot see or decide KOR's request, nor open the home queue.
    let foreign = format!("/work/pre-clearances/{kor_request}");
    assert_eq!(jpn.get(&foreign).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        jpn.get(&format!("{foreign}/photo")).await.status,
        StatusCode::NOT_FOUND
    );
    let decide_foreign = jpn
        .post(&format!("{foreign}/decision"), &[("decision", "approve")])
        .await;
    assert_eq!(decide_foreign.status, StatusCode::NOT_FOUND);
    assert_eq!(
        jpn.get("/work/pre-clearances/not-an-id").await.status,
        StatusCode::NOT_FOUND
    );
    let forbidden = jpn.get("/work/applications").await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    assert_complete(&forbidden, "403 page");
    assert_eq!(
        jpn.get(&format!("/work/applications/{}", case.application.id))
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // JPN withdraws its approval; the queue's status filter finds it there.
    let to = jpn
        .post(
            &format!("{link}/withdraw"),
            &[("note", "Visa policy changed")],
        )
        .await;
    assert_eq!(
        to.assert_redirect("withdraw"),
        format!("{link}?done=withdrawn")
    );
    let page = open(&mut jpn, &format!("{link}?done=withdrawn")).await;
    assert!(page.body.contains("JPN withdrew its approval"));
    let withdrawn = open(&mut jpn, "/work/pre-clearances?status=withdrawn").await;
    assert!(withdrawn.body.contains(&link));
    server.stop().await;
}

#[tokio::test]
async fn forms_without_the_csrf_token_change_nothing() {
    let server = TestServer::start().await;
    let case = approved(&server).await;
    let request = request_to(&case, "JPN");
    let username = server
        .staff_account(Role::PreClearanceOfficer, Some("JPN"))
        .await;
    // A browser that signs in properly, then posts a form without (or with a wrong) token.
    let http = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let login = http
        .get(format!("{}/login", server.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let page = Page {
        status: StatusCode::OK,
        location: None,
        body: login,
    };
    let csrf = page.csrf().unwrap();
    let res = http
        .post(format!("{}/login", server.base))
        .form(&[
            ("csrf", csrf.as_str()),
            ("username", username.as_str()),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let decision = format!("{}/work/pre-clearances/{request}/decision", server.base);
    for token in [None, Some("00000000000000000000000000000000")] {
        let mut form = vec![("decision", "approve")];
        if let Some(t) = token {
            form.push(("csrf", t));
        }
        let res = http.post(&decision).form(&form).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        assert!(res.text().await.unwrap().contains("csrf_token_invalid"));
    }
    let api = server.login(&username).await;
    let view = api.pre_clearance(request).await.unwrap();
    assert_eq!(
        view.status,
        PreClearanceStatus::Pending,
        "nothing was decided"
    );
    server.stop().await;
}

#[tokio::test]
async fn economy_admin_manages_officers_clients_keys_and_policy() {
    let server = TestServer::start().await;
    let (mut admin, start) = signed_in(&server, Role::EconomyAdmin, Some("TWN")).await;
    assert_eq!(start, "/admin");
    let page = open(&mut admin, "/admin").await;
    assert!(page.body.contains("Chinese Taipei"));

    // A new case officer, who can then sign in and land on the home queue.
    let username = format!("twn-officer-{}", unique());
    let to = admin
        .post(
            "/admin/staff",
            &[
                ("username", username.as_str()),
                ("display_name", "Lin Mei"),
                ("role", "case_officer"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(to.assert_redirect("create officer"), "/admin?done=staff");
    let page = open(&mut admin, "/admin?done=staff").await;
    assert!(page.body.contains(&username));
    assert!(page.body.contains("Lin Mei"));
    let mut officer = WebClient::new(&server.base);
    assert_eq!(
        officer.login(&username, PASSWORD).await,
        "/work/applications"
    );
    open(&mut officer, "/work/applications").await;

    // Problems re-render the form with what was typed.
    let taken = admin
        .post(
            "/admin/staff",
            &[
                ("username", username.as_str()),
                ("display_name", "Again"),
                ("role", "case_officer"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(taken.status, StatusCode::CONFLICT);
    assert!(taken.body.contains("That user name is taken."));
    assert_complete(&taken, "name taken");
    for (role, password, problem) in [
        ("case_officer", "short", "Choose a longer initial password"),
        (
            "economy_admin",
            PASSWORD,
            "Choose one of the officer roles.",
        ),
    ] {
        let page = admin
            .post(
                "/admin/staff",
                &[
                    ("username", "someone-new"),
                    ("display_name", ""),
                    ("role", role),
                    ("password", password),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
        assert!(page.body.contains(problem), "{problem}");
        assert!(page.body.contains("value=\"someone-new\""));
    }

    // An API client: the token is shown once and works; revoked, it stops working.
    let created = admin
        .post("/admin/api-clients", &[("name", "TWN immigration system")])
        .await;
    created.assert_ok("create API client");
    assert_complete(&created, "API client created");
    let token = input_value(&created, "new-token");
    assert!(token.starts_with("abtct_"), "{token}");
    let national = server.anonymous().with_token(token.clone());
    national
        .get::<Value>("/api/v1/pre-clearances")
        .await
        .expect("the new token works");
    let page = open(&mut admin, "/admin").await;
    assert!(!page.body.contains(&token), "the token is shown only once");
    let at = page.body.find("/admin/api-clients/").unwrap();
    let revoke = page.body[at..].split('"').next().unwrap().to_owned();
    assert!(revoke.ends_with("/revoke"), "{revoke}");
    let to = admin.post(&revoke, &[]).await;
    assert_eq!(to.assert_redirect("revoke"), "/admin?done=client-revoked");
    let refused = national.get::<Value>("/api/v1/pre-clearances").await;
    assert_eq!(
        refused.unwrap_err().status(),
        Some(StatusCode::UNAUTHORIZED)
    );
    let unnamed = admin.post("/admin/api-clients", &[("name", " ")]).await;
    assert_eq!(unnamed.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Keys: rotating retires the document signer and republishes the trust list.
    let before = server.store.latest_trust_list().await.unwrap().unwrap().0;
    let page = open(&mut admin, "/admin").await;
    assert!(!page.body.contains(">Retired<"), "no signer retired yet");
    let to = admin.post("/admin/keys/rotate", &[]).await;
    assert_eq!(to.assert_redirect("rotate"), "/admin?done=keys");
    let page = open(&mut admin, "/admin?done=keys").await;
    assert!(
        page.body.contains(">Retired<"),
        "the old signer is listed as retired"
    );
    let after = server.store.latest_trust_list().await.unwrap().unwrap().0;
    assert_eq!(after, before + 1);

    // The issuance policy.
    let to = admin
        .post(
            "/admin/policy",
            &[
                ("kind", "interim"),
                ("max_named", ""),
                ("min_days", "30"),
                ("min_approvals", "5"),
                ("pre_clearance_target_days", "14"),
            ],
        )
        .await;
    assert_eq!(to.assert_redirect("policy"), "/admin?done=policy");
    let economies = server.store.economies().await.unwrap();
    let twn = economies.get(code("TWN")).unwrap();
    assert_eq!(
        twn.issuance_policy,
        IssuancePolicy::Interim {
            min_days: 30,
            min_approvals: 5
        }
    );
    assert_eq!(twn.pre_clearance_target_days, 14);
    let page = open(&mut admin, "/admin?done=policy").await;
    assert!(page.body.contains("after 30 days and 5 approvals"));
    let bad = admin
        .post(
            "/admin/policy",
            &[
                ("kind", "priority"),
                ("max_named", "9"),
                ("pre_clearance_target_days", "14"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_complete(&bad, "invalid policy");

    // Not the scheme's page, and not another role's.
    assert_eq!(admin.get("/scheme").await.status, StatusCode::FORBIDDEN);
    let (mut officer, _) = signed_in(&server, Role::CaseOfficer, Some("TWN")).await;
    assert_eq!(officer.get("/admin").await.status, StatusCode::FORBIDDEN);
    server.stop().await;
}

#[tokio::test]
async fn scheme_admin_edits_an_economy_and_publishes_the_trust_list() {
    let server = TestServer::start().await;
    let (mut scheme, start) = signed_in(&server, Role::SchemeAdmin, None).await;
    assert_eq!(start, "/scheme");
    let page = open(&mut scheme, "/scheme").await;
    assert!(page.body.contains("Transitional member"));
    assert!(page.body.contains("Full member"));
    assert!(page.body.contains("action=\"/scheme/economies/CAN\""));
    assert!(
        page.body.contains("Document signers"),
        "the trust list verifies"
    );

    // Canada becomes a full member granting 90-day stays.
    let to = scheme
        .post(
            "/scheme/economies/CAN",
            &[
                ("name", "Canada"),
                ("membership", "full"),
                ("stay_days", "90"),
                ("pre_clearance_target_days", "30"),
                ("home_review_target_days", "20"),
                ("accepts_virtual_card", "1"),
            ],
        )
        .await;
    assert_eq!(
        to.assert_redirect("update economy"),
        "/scheme?done=economy&economy=CAN"
    );
    let page = open(&mut scheme, "/scheme?done=economy&economy=CAN").await;
    assert!(page.body.contains("CAN is updated."));
    let economies = server.store.economies().await.unwrap();
    let can = economies.get(EconomyCode::parse("CAN").unwrap()).unwrap();
    assert_eq!(can.membership, Membership::Full);
    assert_eq!(can.stay_days, Some(90));
    assert_eq!(can.pre_clearance_target_days, 30);
    assert_eq!(can.home_review_target_days, 20);
    assert!(can.accepts_virtual_card && !can.issues_virtual_card);

    // A full member without days per stay is refused, with the form open and as typed.
    let bad = scheme
        .post(
            "/scheme/economies/USA",
            &[
                ("name", "United States"),
                ("membership", "full"),
                ("stay_days", ""),
                ("pre_clearance_target_days", "30"),
                ("home_review_target_days", "30"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("USA was not saved"));
    assert_complete(&bad, "invalid economy");
    let usa = server.store.economies().await.unwrap();
    assert_eq!(
        usa.get(code("USA")).unwrap().membership,
        Membership::Transitional
    );
    let unknown = scheme.post("/scheme/economies/XYZ", &[("name", "X")]).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);

    // The trust list.
    let before = server.store.latest_trust_list().await.unwrap().unwrap().0;
    let to = scheme.post("/scheme/trust-list", &[]).await;
    assert_eq!(to.assert_redirect("publish"), "/scheme?done=trust-list");
    let after = server.store.latest_trust_list().await.unwrap().unwrap().0;
    assert_eq!(after, before + 1);
    let page = open(&mut scheme, "/scheme?done=trust-list").await;
    assert!(page.body.contains(&format!("<dd>{after}</dd>")));

    // Economy administrators and officers stay out.
    let (mut admin, _) = signed_in(&server, Role::EconomyAdmin, Some("TWN")).await;
    assert_eq!(admin.get("/scheme").await.status, StatusCode::FORBIDDEN);
    assert_eq!(scheme.get("/admin").await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        scheme.get("/work/pre-clearances").await.status,
        StatusCode::FORBIDDEN
    );
    server.stop().await;
}
