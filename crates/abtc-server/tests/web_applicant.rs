//! The applicant portal through its pages, as a browser without JavaScript uses it: register and
//! sign in, start an application, walk every step (with a wrong date on the way), upload the photo,
//! submit, answer the home economy's question, and follow the card as economies pre-clear the
//! holder. A second applicant finds none of it; forms without their CSRF token are refused; and no
//! page lacks an English message.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use abtc_domain::{ApplicationId, Case, Decision, Role};
use reqwest::redirect::Policy;
use reqwest::StatusCode;
use serde_json::json;
use support::web::{Page, WebClient};
use support::{
    form, jpeg, request_to, unique, TestServer, FAMILY_NAME, FORM_EMAIL, NATIVE_NAME,
    PASSPORT_NUMBER, PASSWORD, PHONE,
};

/// Fails the test when the page shows a message id instead of an English text.
fn all_messages(what: &str, page: &Page) {
    let missing = page.missing_messages();
    assert!(missing.is_empty(), "{what}: missing messages {missing:?}");
}

/// The page's text with the escapes of attribute values undone (the templates escape `/` too).
fn unescaped(page: &Page) -> String {
    page.body
        .replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn ok(what: &str, page: &Page) {
    page.assert_ok(what);
    all_messages(what, page);
}

/// A new applicant registered and signed in through the pages, with an internationalized address.
async fn applicant(server: &TestServer) -> (WebClient, String) {
    let mut web = WebClient::new(&server.base);
    let email = format!("葉士豪-{}@例え.jp", unique());
    ok("registration page", &web.get("/register").await);
    let page = web
        .post(
            "/register",
            &[
                ("email", email.as_str()),
                ("display_name", "葉士豪"),
                ("password", PASSWORD),
                ("password_again", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.assert_redirect("register"), "/login?registered=1");
    assert_eq!(web.login(&email, PASSWORD).await, "/portal");
    (web, email)
}

/// A plain cookie-keeping client signed in as `username`, for requests the page client cannot
/// make: forms without a token, and reading the photo's bytes and headers.
async fn raw_session(base: &str, username: &str) -> reqwest::Client {
    let http = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .unwrap();
    let body = http
        .get(format!("{base}/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = Page {
        status: StatusCode::OK,
        location: None,
        body,
    }
    .csrf()
    .expect("the sign-in page has a token");
    let res = http
        .post(format!("{base}/login"))
        .form(&[
            ("csrf", token.as_str()),
            ("username", username),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "raw sign-in");
    http
}

#[tokio::test]
async fn an_applicant_applies_through_the_pages() {
    let server = TestServer::start().await;
    let answers = form("AUS");
    let dob = answers.date_of_birth.unwrap().to_string();
    let passport = answers.passport.clone().unwrap();
    let issued_on = passport.issued_on.to_string();
    let expires_on = passport.expires_on.to_string();

    // Signed out, the portal asks for a sign-in and comes back.
    let mut anonymous = WebClient::new(&server.base);
    let page = anonymous.get("/portal").await;
    assert_eq!(
        page.assert_redirect("anonymous portal"),
        "/login?next=/portal"
    );

    let (mut web, email) = applicant(&server).await;
    let page = web.get("/portal").await;
    ok("empty portal", &page);
    assert!(page.body.contains("You have no applications yet"));
    assert!(page.body.contains("You have no cards yet"));
    assert!(page.body.contains("No notifications yet"));

    // Starting: the home economy must be one of the list.
    ok("apply page", &web.get("/apply").await);
    let page = web.post("/apply", &[("home", "XXX")]).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    all_messages("apply with an unknown economy", &page);
    assert!(page.body.contains("role=\"alert\""));
    let page = web.post("/apply", &[("home", "AUS")]).await;
    let to = page.assert_redirect("apply").to_owned();
    let id = to
        .strip_prefix("/applications/")
        .and_then(|rest| rest.strip_suffix("/edit/personal"))
        .unwrap_or_else(|| panic!("unexpected step URL {to}"))
        .to_owned();
    let app = |rest: &str| format!("/applications/{id}{rest}");

    // Personal details, first with a date that does not exist.
    let page = web.get(&to).await;
    ok("personal step", &page);
    assert!(page.body.contains("aria-current=\"step\""));
    let mut personal = vec![
        ("family_name", FAMILY_NAME),
        ("given_names", "TAI MAN"),
        ("native_name", NATIVE_NAME),
        ("sex", "M"),
        ("date_of_birth", "1985-02-30"),
        ("place_of_birth", "Taipei"),
        ("residential_address", "1 Xinyi Road\nTaipei 110"),
        ("phone", PHONE),
        ("email", FORM_EMAIL),
    ];
    let page = web.post(&to, &personal).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    all_messages("personal step with a wrong date", &page);
    assert!(
        page.body.contains("value=\"1985-02-30\""),
        "the wrong date stays"
    );
    assert!(
        page.body.contains("value=\"CHEN\""),
        "the family name stays"
    );
    assert!(page.body.contains(NATIVE_NAME), "the native name stays");
    assert!(page.body.contains(FORM_EMAIL), "the email address stays");
    assert!(page.body.contains("Taipei 110"), "the address stays");
    assert!(page.body.contains("id=\"f-date_of_birth-error\""));
    assert!(page.body.contains("aria-invalid=\"true\""));
    assert!(page.body.contains("Enter a real date"));
    // Nothing was saved.
    let page = web.get(&to).await;
    assert!(
        !page.body.contains("value=\"CHEN\""),
        "an invalid step saves nothing"
    );

    personal[4] = ("date_of_birth", dob.as_str());
    let page = web.post(&to, &personal).await;
    assert_eq!(page.assert_redirect("personal step"), app("/edit/passport"));

    let page = web.get(&app("/edit/passport")).await;
    ok("passport step", &page);
    let page = web
        .post(
            &app("/edit/passport"),
            &[
                ("passport_number", PASSPORT_NUMBER),
                ("issuing_state", "AUS"),
                ("issued_on", issued_on.as_str()),
                ("expires_on", expires_on.as_str()),
            ],
        )
        .await;
    assert_eq!(
        page.assert_redirect("passport step"),
        app("/edit/employment")
    );

    ok("employment step", &web.get(&app("/edit/employment")).await);
    let page = web
        .post(
            &app("/edit/employment"),
            &[
                ("employer_name", "Formosa Trading Co."),
                ("business_address", "100 Dunhua North Road\nTaipei"),
                ("business_type", "trade"),
                ("registration_number", "12345678"),
                ("small_or_medium", "yes"),
                ("position", "Export manager"),
            ],
        )
        .await;
    assert_eq!(page.assert_redirect("employment step"), app("/edit/travel"));

    ok("travel step", &web.get(&app("/edit/travel")).await);
    let page = web
        .post(
            &app("/edit/travel"),
            &[("trips_per_year", "12"), ("average_trip_days", "5")],
        )
        .await;
    assert_eq!(page.assert_redirect("travel step"), app("/edit/photo"));

    // The photo: a file that is not a JPEG is refused on the step, a JPEG is kept.
    ok("photo step", &web.get(&app("/edit/photo")).await);
    let not_jpeg = reqwest::multipart::Form::new().part(
        "photo",
        reqwest::multipart::Part::bytes(b"GIF89a not a photo".to_vec())
            .file_name("photo.gif")
            .mime_str("image/gif")
            .unwrap(),
    );
    let page = web.post_multipart(&app("/photo"), not_jpeg).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    all_messages("photo step with a GIF", &page);
    assert!(page.body.contains("id=\"f-photo-error\""));
    let photo = reqwest::multipart::Form::new().part(
        "photo",
        reqwest::multipart::Part::bytes(jpeg())
            .file_name("photo.jpg")
            .mime_str("image/jpeg")
            .unwrap(),
    );
    let page = web.post_multipart(&app("/photo"), photo).await;
    assert_eq!(page.assert_redirect("photo upload"), app("/edit/review"));
    assert_eq!(web.get(&app("/photo")).await.status, StatusCode::OK);

    // Review: everything entered is there; submitting needs the consent.
    let page = web.get(&app("/edit/review")).await;
    ok("review step", &page);
    for shown in [
        "CHEN",
        "TAI MAN",
        NATIVE_NAME,
        FORM_EMAIL,
        PASSPORT_NUMBER,
        "Formosa Trading Co.",
        "Export manager",
        dob.as_str(),
    ] {
        assert!(page.body.contains(shown), "review shows {shown}");
    }
    assert!(!page.body.contains("Still missing"), "{}", page.body);
    let page = web.post(&app("/edit/review"), &[]).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    all_messages("review without consent", &page);
    assert!(page.body.contains("id=\"f-consent-error\""));
    let page = web.post(&app("/edit/review"), &[("consent", "yes")]).await;
    assert_eq!(
        page.assert_redirect("submit"),
        format!("{}?done=submitted", app(""))
    );
    let page = web.get(&format!("{}?done=submitted", app(""))).await;
    ok("status after submission", &page);
    assert!(page.body.contains("badge badge-submitted"));
    assert!(page.body.contains("Your application was submitted"));
    assert!(page.body.contains("aims to finish its review by"));
    assert!(page.body.contains("Withdraw the application"));

    // Submitted answers are no longer edited through the steps.
    let page = web.get(&app("/edit/personal")).await;
    assert_eq!(page.assert_redirect("edit after submission"), app(""));
    let page = web.post(&app("/edit/personal"), &personal).await;
    assert_eq!(page.assert_redirect("save after submission"), app(""));

    // The home economy asks a question; the applicant answers on the status page.
    let app_id = ApplicationId::parse(&id).unwrap();
    let officer = server.staff(Role::CaseOfficer, Some("AUS")).await;
    officer
        .application_action(app_id, "review")
        .await
        .expect("review");
    let _: Case = officer
        .post(
            &format!("/api/v1/applications/{id}/request-info"),
            &json!({ "question": "Which markets do you export to?" }),
        )
        .await
        .expect("request information");
    let page = web.get(&app("")).await;
    ok("status with a question", &page);
    assert!(page.body.contains("Which markets do you export to?"));
    assert!(page.body.contains("badge badge-info_requested"));
    let page = web.post(&app("/respond"), &[("answer", "   ")]).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    all_messages("empty answer", &page);
    assert!(page.body.contains("id=\"f-answer-error\""));
    let page = web
        .post(
            &app("/respond"),
            &[("answer", "Japan, Korea and Viet Nam.")],
        )
        .await;
    assert_eq!(
        page.assert_redirect("answer"),
        format!("{}?done=answered", app(""))
    );
    let page = web.get(&format!("{}?done=answered", app(""))).await;
    ok("status after answering", &page);
    assert!(page.body.contains("badge badge-home_review"));

    // Withdrawing needs the confirmation (the applicant changes their mind and keeps it).
    let page = web.post(&app("/withdraw"), &[]).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    all_messages("withdraw without confirmation", &page);
    assert!(page.body.contains("id=\"f-confirm-error\""));

    // Approved at home: Australia issues the virtual card at once.
    let case = officer
        .application_action(app_id, "approve")
        .await
        .expect("approve");
    let number = case.cards[0].number.as_str().to_owned();
    let page = web.get("/portal").await;
    ok("portal with a card", &page);
    assert!(page.body.contains(&number));
    assert!(page.body.contains("badge badge-issued"));
    let page = web.get(&format!("/cards/{number}")).await;
    ok("card page before any approval", &page);
    assert!(unescaped(&page).contains(&format!("href=\"/wallet?card={number}\"")));
    assert!(page.body.contains("Show on my phone"));
    assert!(page.body.contains("No economy has pre-cleared you yet"));

    // Japan pre-clears the holder: the card shows it with Japan's stay.
    let japan = server.staff(Role::PreClearanceOfficer, Some("JPN")).await;
    japan
        .decide(request_to(&case, "JPN"), Decision::Approve)
        .await
        .expect("decide");
    let page = web.get(&format!("/cards/{number}")).await;
    ok("card page after Japan's approval", &page);
    assert!(page.body.contains("Japan"));
    assert!(page.body.contains("Up to 90 days per stay"));
    let page = web.get(&app("")).await;
    ok("status with decisions", &page);
    assert!(page.body.contains("Japan pre-cleared you."));
    assert!(page.body.contains("badge badge-approved"));
    assert!(page.body.contains("1 of 18 economies have decided."));
    assert!(!page.body.contains("Withdraw the application"));
    assert!(page.body.contains(&format!("href=\"/cards/{number}\"")));

    // A second applicant finds none of it.
    let (mut other, _) = applicant(&server).await;
    for path in [
        app(""),
        app("/photo"),
        app("/edit/personal"),
        app("/edit/review"),
        format!("/cards/{number}"),
    ] {
        let page = other.get(&path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}: {}", page.body);
        all_messages(&path, &page);
    }
    let page = other.post(&app("/withdraw"), &[("confirm", "yes")]).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND, "foreign withdrawal");
    let page = other
        .post(&app("/respond"), &[("answer", "Not mine.")])
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND, "foreign answer");
    let page = other.get("/portal").await;
    ok("second applicant's portal", &page);
    assert!(!page.body.contains(&number));
    assert!(!page.body.contains(&id));
    // Malformed ids and numbers are not found either.
    for path in [
        "/applications/nonsense",
        "/cards/AUS123",
        "/applications/x/edit/personal",
    ] {
        let page = other.get(path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
    }

    // The photo comes back as the JPEG that was sent, and no cache keeps it.
    let raw = raw_session(&server.base, &email).await;
    let res = raw
        .get(format!("{}{}", server.base, app("/photo")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "image/jpeg");
    assert_eq!(res.headers()["cache-control"], "private, no-store");
    assert_eq!(res.bytes().await.unwrap().to_vec(), jpeg());

    // Forms without the token of their page are refused, signed in or not.
    let res = raw
        .post(format!("{}/apply", server.base))
        .form(&[("home", "AUS")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::BAD_REQUEST,
        "apply without a token"
    );
    let res = raw
        .post(format!("{}/apply", server.base))
        .form(&[
            ("csrf", "0123456789abcdef0123456789abcdef"),
            ("home", "AUS"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::BAD_REQUEST,
        "apply with a wrong token"
    );
    let res = raw
        .post(format!("{}{}", server.base, app("/photo")))
        .multipart(reqwest::multipart::Form::new().part(
            "photo",
            reqwest::multipart::Part::bytes(jpeg()).file_name("photo.jpg"),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::BAD_REQUEST,
        "upload without a token"
    );
    let res = raw
        .post(format!("{}{}", server.base, app("/withdraw")))
        .form(&[("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::BAD_REQUEST,
        "withdraw without a token"
    );

    // Staff have no portal.
    let staff = server.staff_account(Role::CaseOfficer, Some("AUS")).await;
    let mut officer_web = WebClient::new(&server.base);
    officer_web.login(&staff, PASSWORD).await;
    let page = officer_web.get("/portal").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    all_messages("portal for an officer", &page);

    server.stop().await;
}

#[tokio::test]
async fn a_draft_lists_what_is_missing_and_can_be_left_and_resumed() {
    let server = TestServer::start().await;
    let (mut web, _) = applicant(&server).await;
    let page = web.post("/apply", &[("home", "HKG")]).await;
    let to = page.assert_redirect("apply").to_owned();
    let base = to.trim_end_matches("/edit/personal").to_owned();

    // Only some personal details; the rest is left for later.
    let page = web
        .post(&to, &[("family_name", "Wong"), ("sex", "F")])
        .await;
    assert_eq!(
        page.assert_redirect("partial step"),
        format!("{base}/edit/passport")
    );
    let page = web.get(&to).await;
    ok("personal step resumed", &page);
    assert!(page.body.contains("value=\"WONG\""), "the MRZ form is kept");

    // A passport group needs all its parts; the other answers stay on the page.
    let page = web
        .post(
            &format!("{base}/edit/passport"),
            &[("passport_number", "K1234567"), ("issuing_state", "HKG")],
        )
        .await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    all_messages("incomplete passport", &page);
    assert!(page.body.contains("value=\"K1234567\""));
    assert!(page.body.contains("id=\"f-issued_on-error\""));
    assert!(page.body.contains("id=\"f-expires_on-error\""));

    // Hong Kong names priority economies: the travel step offers them.
    let page = web.get(&format!("{base}/edit/travel")).await;
    ok("travel step with priority economies", &page);
    assert!(page.body.contains("name=\"priority_economies\""));
    let page = web
        .post(
            &format!("{base}/edit/travel"),
            &[
                ("trips_per_year", "400"),
                ("priority_shown", "1"),
                ("priority_economies", "JPN"),
            ],
        )
        .await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    all_messages("too many trips", &page);
    assert!(page.body.contains("id=\"f-trips_per_year-error\""));
    assert!(
        page.body.contains("value=\"JPN\" checked"),
        "the choice stays"
    );

    // The review lists every missing answer with a link to its step, and offers no submission.
    let page = web.get(&format!("{base}/edit/review")).await;
    ok("review of an incomplete draft", &page);
    assert!(page.body.contains("Still missing"));
    for step in ["personal", "passport", "employment", "travel", "photo"] {
        assert!(
            unescaped(&page).contains(&format!("href=\"{base}/edit/{step}\"")),
            "a link to {step}"
        );
    }
    assert!(!page.body.contains("name=\"consent\""));

    // The draft's status page leads back to the first missing answer.
    let page = web.get(&base).await;
    ok("status of a draft", &page);
    assert!(page.body.contains("badge badge-draft"));
    assert!(unescaped(&page).contains(&format!("href=\"{base}/edit/personal\"")));
    let page = web.get("/portal").await;
    ok("portal with a draft", &page);
    assert!(page.body.contains("Continue application"));

    // An unknown step is not a page.
    assert_eq!(
        web.get(&format!("{base}/edit/elsewhere")).await.status,
        StatusCode::NOT_FOUND
    );
    server.stop().await;
}
