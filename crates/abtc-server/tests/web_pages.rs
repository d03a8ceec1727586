#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! The pages as a whole: security headers and CSRF on every page, the language switch, and every
//! page of every role rendered in all ten languages with no missing message; the verifier page's
//! server-side fallback gives the same verdicts as the offline verifier.

mod support;

use abtc_api::CredentialResponse;
use abtc_domain::Role;
use abtc_server::web::i18n::LANGUAGES;
use reqwest::StatusCode;
use serde_json::json;
use support::web::WebClient;
use support::*;

#[tokio::test]
async fn pages_carry_security_headers_and_a_csrf_cookie() {
    let server = TestServer::start().await;
    let res = reqwest::get(format!("{}/login", server.base))
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let h = res.headers();
    assert!(h["content-type"].to_str().unwrap().starts_with("text/html"));
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
        "{csp}"
    );
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(h["x-frame-options"], "DENY");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(h.contains_key("x-request-id"));
    let cookie = h["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("abtc_csrf="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    // The API keeps its own, stricter policy.
    let api = reqwest::get(format!("{}/api/v1/health", server.base))
        .await
        .unwrap();
    assert_eq!(
        api.headers()["content-security-policy"],
        "default-src 'none'; frame-ancestors 'none'"
    );
    server.stop().await;
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused() {
    let server = TestServer::start().await;
    let officer = server.staff_account(Role::CaseOfficer, Some("TWN")).await;
    let http = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    http.get(format!("{}/login", server.base))
        .send()
        .await
        .unwrap();
    for token in [None, Some("00000000000000000000000000000000")] {
        let mut form = vec![("username", officer.as_str()), ("password", PASSWORD)];
        if let Some(t) = token {
            form.push(("csrf", t));
        }
        let res = http
            .post(format!("{}/login", server.base))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        assert!(res.text().await.unwrap().contains("csrf_token_invalid"));
    }
    let mut web = WebClient::new(&server.base);
    assert_eq!(web.login(&officer, PASSWORD).await, "/work/applications");
    server.stop().await;
}

#[tokio::test]
async fn sign_in_errors_and_sign_out() {
    let server = TestServer::start().await;
    let mut web = WebClient::new(&server.base);
    web.get("/login").await.assert_ok("sign-in page");
    let page = web
        .post(
            "/login",
            &[("username", "nobody"), ("password", "wrong password")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    assert!(page.body.contains("role=\"alert\""));
    assert!(page.body.contains("The user name or password is wrong."));
    // The next page is followed only within the site.
    let admin = server.staff_account(Role::SchemeAdmin, None).await;
    let page = web
        .post(
            "/login",
            &[
                ("username", &admin),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(page.assert_redirect("sign in"), "/scheme");
    // Signed-out pages that need a role send the reader to sign in and back.
    let mut anon = WebClient::new(&server.base);
    let page = anon.get("/wallet").await;
    assert_eq!(page.assert_redirect("wallet"), "/login?next=/wallet");
    web.get("/").await.assert_ok("home");
    let out = web.post("/logout", &[]).await;
    assert_eq!(out.assert_redirect("sign out"), "/");
    assert_eq!(
        web.get("/scheme").await.assert_redirect("after sign-out"),
        "/login?next=/scheme"
    );
    server.stop().await;
}

#[tokio::test]
async fn registration_page_takes_internationalized_addresses() {
    let server = TestServer::start().await;
    let mut web = WebClient::new(&server.base);
    web.get("/register").await.assert_ok("registration page");
    let email = format!("葉士豪{}@臺網中心.tw", unique());
    let page = web
        .post(
            "/register",
            &[
                ("email", &email),
                ("display_name", "葉士豪"),
                ("password", PASSWORD),
                ("password_again", "another password"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("The two passwords differ."));
    assert!(page.body.contains(&email), "the entered address is kept");
    let page = web
        .post(
            "/register",
            &[
                ("email", &email),
                ("display_name", "葉士豪"),
                ("password", PASSWORD),
                ("password_again", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.assert_redirect("register"), "/login?registered=1");
    assert_eq!(web.login(&email, PASSWORD).await, "/portal");
    server.stop().await;
}

#[tokio::test]
async fn language_comes_from_the_browser_and_the_switcher() {
    let server = TestServer::start().await;
    let mut ja = WebClient::new(&server.base).with_language("ja-JP,ja;q=0.9,en;q=0.5");
    let page = ja.get("/login").await;
    assert!(page.body.contains("<html lang=\"ja\""));
    let mut tw = WebClient::new(&server.base).with_language("zh-TW");
    assert!(tw.get("/").await.body.contains("<html lang=\"zh-Hant\""));
    let switched = tw.get("/lang?to=ko&back=/login").await;
    assert_eq!(switched.assert_redirect("switch"), "/login");
    assert!(tw.get("/login").await.body.contains("<html lang=\"ko\""));
    assert_eq!(tw.get("/lang?to=xx").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        tw.get("/lang?to=th&back=https://evil.example/")
            .await
            .assert_redirect("no open redirect"),
        "/"
    );
    server.stop().await;
}

/// Every page of every role, in all ten languages: each renders (200, or the expected error page)
/// with no message missing.
#[tokio::test]
async fn every_page_renders_in_every_language() {
    let server = TestServer::start().await;
    let admin_api = server.staff(Role::EconomyAdmin, Some("AUS")).await;
    let officer_api = server.staff(Role::CaseOfficer, Some("AUS")).await;
    let (holder_api, holder) = server.applicant("pages").await;
    let _: serde_json::Value = admin_api
        .put(
            "/api/v1/economies/AUS/policy",
            &json!({"issuance_policy": {"kind": "virtual_immediate"}}),
        )
        .await
        .unwrap();
    let case = approved_at_home(&holder_api, &officer_api, "AUS").await;
    let id = case.application.id;
    let card = case.active_card().expect("virtual card").number.clone();
    let request = request_to(&case, "JPN");
    let draft = holder_api
        .create_application(code("AUS"), form("AUS"))
        .await
        .unwrap()
        .application
        .id;
    let credential: CredentialResponse = holder_api
        .get(&format!("/api/v1/cards/{card}/credential"))
        .await
        .unwrap();
    let ticket: serde_json::Value = holder_api
        .post(
            "/api/v1/tickets",
            &json!({"kind": "refund", "subject": "Fee", "message": "Paid twice.", "refund_reason": "duplicate_payment"}),
        )
        .await
        .unwrap();
    let ticket = ticket["id"].as_str().unwrap().to_owned();

    let staff = [
        (Role::CaseOfficer, Some("AUS")),
        (Role::PreClearanceOfficer, Some("JPN")),
        (Role::EconomyAdmin, Some("AUS")),
        (Role::SchemeAdmin, None),
        (Role::BorderOfficer, Some("JPN")),
    ];
    let mut accounts = vec![("applicant", holder.clone())];
    for (role, economy) in staff {
        accounts.push((role.as_str(), server.staff_account(role, economy).await));
    }
    let pages: Vec<(&str, String, u16)> = vec![
        ("anonymous", "/".into(), 200),
        ("anonymous", "/login".into(), 200),
        ("anonymous", "/register".into(), 200),
        ("anonymous", "/verify".into(), 200),
        ("anonymous", "/no-such-page-here".into(), 404),
        (
            "anonymous",
            "/confirm-email?token=abtce_unknown".into(),
            404,
        ),
        ("applicant", "/confirm-email?sent=1".into(), 200),
        ("applicant", "/portal".into(), 200),
        ("applicant", "/apply".into(), 200),
        ("applicant", format!("/applications/{id}"), 200),
        (
            "applicant",
            format!("/applications/{draft}/edit/personal"),
            200,
        ),
        (
            "applicant",
            format!("/applications/{draft}/edit/passport"),
            200,
        ),
        (
            "applicant",
            format!("/applications/{draft}/edit/employment"),
            200,
        ),
        (
            "applicant",
            format!("/applications/{draft}/edit/travel"),
            200,
        ),
        (
            "applicant",
            format!("/applications/{draft}/edit/photo"),
            200,
        ),
        (
            "applicant",
            format!("/applications/{draft}/edit/review"),
            200,
        ),
        ("applicant", format!("/cards/{card}"), 200),
        ("applicant", format!("/wallet?card={card}"), 200),
        ("applicant", "/work/applications".into(), 403),
        ("case_officer", "/work/applications".into(), 200),
        ("case_officer", format!("/work/applications/{id}"), 200),
        ("pre_clearance_officer", "/work/pre-clearances".into(), 200),
        (
            "pre_clearance_officer",
            format!("/work/pre-clearances/{request}"),
            200,
        ),
        ("economy_admin", "/admin".into(), 200),
        ("scheme_admin", "/scheme".into(), 200),
        ("border_officer", "/verify".into(), 200),
        ("border_officer", "/kiosk".into(), 200),
        ("applicant", "/kiosk".into(), 403),
        ("pre_clearance_officer", "/escalations".into(), 200),
        ("economy_admin", "/escalations".into(), 200),
        ("scheme_admin", "/escalations?done=contacts".into(), 200),
        ("border_officer", "/escalations".into(), 403),
        ("pre_clearance_officer", "/reports".into(), 200),
        (
            "scheme_admin",
            "/reports?economy=&from=2025-01-01".into(),
            200,
        ),
        ("case_officer", "/reports?from=not-a-date".into(), 200),
        ("applicant", "/reports".into(), 403),
        ("applicant", "/portal/tickets".into(), 200),
        ("applicant", "/portal/tickets?done=raised".into(), 200),
        ("applicant", "/work/tickets".into(), 403),
        ("case_officer", "/work/tickets".into(), 200),
        ("pre_clearance_officer", "/work/tickets".into(), 200),
        ("economy_admin", "/work/tickets".into(), 403),
        ("applicant", format!("/portal/tickets/{ticket}"), 200),
        (
            "applicant",
            format!("/portal/tickets/{ticket}?done=replied"),
            200,
        ),
        ("case_officer", format!("/work/tickets/{ticket}"), 200),
        (
            "pre_clearance_officer",
            format!("/work/tickets/{ticket}"),
            404,
        ),
    ];

    for lang in LANGUAGES {
        let mut clients = Vec::new();
        for (who, username) in &accounts {
            let mut web = WebClient::new(&server.base).with_language(lang.tag);
            web.login(username, PASSWORD).await;
            clients.push((*who, web));
        }
        clients.push((
            "anonymous",
            WebClient::new(&server.base).with_language(lang.tag),
        ));
        for (who, path, status) in &pages {
            let web = &mut clients.iter_mut().find(|(w, _)| w == who).unwrap().1;
            let page = web.get(path).await;
            assert_eq!(
                page.status.as_u16(),
                *status,
                "{} {who} {path}: {}",
                lang.tag,
                page.body
            );
            assert!(
                page.body.contains(&format!("<html lang=\"{}\"", lang.tag)),
                "{} {path}",
                lang.tag
            );
            let missing = page.missing_messages();
            assert!(
                missing.is_empty(),
                "{} {who} {path} lacks {missing:?}",
                lang.tag
            );
        }
        // The verifier's server-side result page.
        let (_, web) = clients.iter_mut().find(|(w, _)| *w == "anonymous").unwrap();
        web.get("/verify").await;
        let form = reqwest::multipart::Form::new()
            .text("economy", "JPN")
            .text("qr", credential.qr.clone());
        let page = web.post_multipart("/verify", form).await;
        page.assert_ok("verdict page");
        assert!(
            page.missing_messages().is_empty(),
            "{} verdict page",
            lang.tag
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn the_verifier_page_verifies_on_the_server_without_javascript() {
    let server = TestServer::start().await;
    let admin_api = server.staff(Role::EconomyAdmin, Some("AUS")).await;
    let officer_api = server.staff(Role::CaseOfficer, Some("AUS")).await;
    let (holder_api, _) = server.applicant("verify").await;
    let _: serde_json::Value = admin_api
        .put(
            "/api/v1/economies/AUS/policy",
            &json!({"issuance_policy": {"kind": "virtual_immediate"}}),
        )
        .await
        .unwrap();
    let case = approved_at_home(&holder_api, &officer_api, "AUS").await;
    let jpn = server.staff(Role::PreClearanceOfficer, Some("JPN")).await;
    jpn.decide(request_to(&case, "JPN"), abtc_domain::Decision::Approve)
        .await
        .unwrap();
    let card = case.active_card().unwrap().number.clone();
    let credential: CredentialResponse = holder_api
        .get(&format!("/api/v1/cards/{card}/credential"))
        .await
        .unwrap();

    let mut web = WebClient::new(&server.base);
    web.get("/verify").await.assert_ok("verifier page");
    let cases = [
        ("JPN", credential.qr.clone(), "admit"),
        ("KOR", credential.qr.clone(), "lane_only"),
        ("JPN", format!("{}A", credential.qr), "refer"),
        ("JPN", "ABTC1:NOT-A-CARD".to_owned(), "refer"),
    ];
    for (economy, qr, verdict) in cases {
        let form = reqwest::multipart::Form::new()
            .text("economy", economy)
            .text("qr", qr);
        let page = web.post_multipart("/verify", form).await;
        page.assert_ok("verdict");
        assert!(
            page.body.contains(&format!("data-verdict=\"{verdict}\"")),
            "{economy}: expected {verdict}"
        );
        if verdict == "admit" {
            assert!(page.body.contains("Stay of up to 90 days"));
            assert!(page.body.contains(FAMILY_NAME));
        }
    }
    // A picture of the code works as well as its text.
    let png = abtc_credential::qr::to_png(&credential.qr, 4).unwrap();
    let form = reqwest::multipart::Form::new().text("economy", "JPN").part(
        "image",
        reqwest::multipart::Part::bytes(png)
            .file_name("card.png")
            .mime_str("image/png")
            .unwrap(),
    );
    let page = web.post_multipart("/verify", form).await;
    assert!(page.body.contains("data-verdict=\"admit\""));
    // After cancellation the server's status list says revoked.
    let _: serde_json::Value = officer_api
        .post(
            &format!("/api/v1/cards/{card}/cancel"),
            &json!({"reason": "holder_request"}),
        )
        .await
        .unwrap();
    let form = reqwest::multipart::Form::new()
        .text("economy", "JPN")
        .text("qr", credential.qr.clone());
    let page = web.post_multipart("/verify", form).await;
    assert!(page.body.contains("data-verdict=\"refer\""));
    assert!(page.body.contains("The card has been revoked."));
    // Nothing to verify is explained, not an error.
    let form = reqwest::multipart::Form::new().text("economy", "JPN");
    let page = web.post_multipart("/verify", form).await;
    page.assert_ok("empty form");
    assert!(page.body.contains("role=\"alert\""));
    server.stop().await;
}

/// Registration mails a link to the (internationalized) address; until it is opened the
/// application cannot be submitted, through the pages or the API; the link works once.
#[tokio::test]
async fn the_address_is_confirmed_by_the_mailed_link_before_submission() {
    let server = TestServer::start_with(|c| {
        c.require_email_confirmation = true;
        c.public_url = "https://abtc.example".into();
    })
    .await;
    let email = format!("確認{}@例え.jp", unique());
    let mut web = WebClient::new(&server.base).with_language("ja");
    web.get("/register").await.assert_ok("registration page");
    let page = web
        .post(
            "/register",
            &[
                ("email", &email),
                ("display_name", "確認 太郎"),
                ("password", PASSWORD),
                ("password_again", PASSWORD),
            ],
        )
        .await;
    page.assert_redirect("register");
    let mails = server.mails();
    let mail = mails
        .iter()
        .find(|m| m.contains(&format!("To: {email}")))
        .expect("a confirmation mail to the address as typed");
    assert!(mail.contains("Content-Type: text/plain; charset=utf-8"));
    assert!(
        mail.contains("確認 太郎"),
        "greets by name, in Japanese: {mail}"
    );
    let link = mail
        .lines()
        .find(|l| l.starts_with("https://abtc.example/confirm-email?token="))
        .expect("a link on the public address")
        .trim()
        .to_owned();
    let path = link.trim_start_matches("https://abtc.example");

    // Signed in but unconfirmed: the portal says so, and the API refuses submission.
    let api = server.login(&email).await;
    let draft = api
        .create_application(code("TWN"), form("TWN"))
        .await
        .unwrap()
        .application
        .id;
    api.upload_photo(draft, jpeg()).await.unwrap();
    let refused = send(
        &api,
        reqwest::Method::POST,
        &app_path(draft, "/submit"),
        &Body::Empty,
    )
    .await;
    refused.assert_error(403, "email_not_confirmed", "submit before confirming");
    web.login(&email, PASSWORD).await;
    assert!(web
        .get("/portal")
        .await
        .body
        .contains("id=\"confirm-needed\""));

    // A new link on request; both work until one of them is used.
    let resent = web.post("/confirm-email/resend", &[]).await;
    assert_eq!(resent.assert_redirect("resend"), "/confirm-email?sent=1");
    web.get("/confirm-email?sent=1")
        .await
        .assert_ok("link sent page");
    let links: Vec<String> = server
        .mails()
        .iter()
        .filter(|m| m.contains(&format!("To: {email}")))
        .flat_map(|m| {
            m.lines()
                .filter(|l| l.contains("/confirm-email?token="))
                .map(|l| l.trim().to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(links.len(), 2, "the first mail and the new one");
    let other_path = links
        .iter()
        .find(|l| **l != link)
        .unwrap()
        .trim_start_matches("https://abtc.example")
        .to_owned();

    // A wrong token changes nothing; the right one confirms once.
    let wrong = web.get("/confirm-email?token=abtce_nottherightone").await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
    assert!(wrong.body.contains("data-confirmed=\"no\""));
    let ok = web.get(path).await;
    ok.assert_ok("confirmation link");
    assert!(ok.body.contains("data-confirmed=\"yes\""));
    assert_eq!(
        web.get(path).await.status,
        StatusCode::NOT_FOUND,
        "a link works once"
    );
    assert_eq!(
        web.get(&other_path).await.status,
        StatusCode::NOT_FOUND,
        "the other link is spent too"
    );
    assert!(!web
        .get("/portal")
        .await
        .body
        .contains("id=\"confirm-needed\""));
    api.application_action(draft, "submit")
        .await
        .expect("submit once confirmed");
    server.stop().await;
}
