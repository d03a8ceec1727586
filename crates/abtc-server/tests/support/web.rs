//! A browser-like client for the pages: keeps cookies, reads the CSRF token from the last page's
//! forms, posts forms without following redirects, and says where a redirect goes.

use reqwest::header::{ACCEPT_LANGUAGE, LOCATION};
use reqwest::redirect::Policy;
use reqwest::StatusCode;

pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
}

impl Page {
    /// The value of the first hidden `csrf` input on the page.
    pub fn csrf(&self) -> Option<String> {
        let at = self.body.find("name=\"csrf\" value=\"")?;
        let rest = &self.body[at + "name=\"csrf\" value=\"".len()..];
        rest.split('"').next().map(str::to_owned)
    }

    pub fn assert_ok(&self, what: &str) -> &Self {
        assert_eq!(self.status, StatusCode::OK, "{what}: {}", self.body);
        self
    }

    pub fn assert_redirect(&self, what: &str) -> &str {
        assert_eq!(self.status, StatusCode::SEE_OTHER, "{what}: {}", self.body);
        self.location.as_deref().expect("location")
    }

    /// Messages that are missing in the page's language render as `⟦id⟧`.
    pub fn missing_messages(&self) -> Vec<String> {
        self.body
            .split('⟦')
            .skip(1)
            .filter_map(|s| s.split('⟧').next().map(str::to_owned))
            .collect()
    }
}

pub struct WebClient {
    pub base: String,
    http: reqwest::Client,
    csrf: Option<String>,
    lang: Option<String>,
}

impl WebClient {
    pub fn new(base: &str) -> Self {
        let http = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .build()
            .expect("http client");
        Self {
            base: base.to_owned(),
            http,
            csrf: None,
            lang: None,
        }
    }

    /// Sends `Accept-Language` with every request from now on.
    pub fn with_language(mut self, lang: &str) -> Self {
        self.lang = Some(lang.to_owned());
        self
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let mut req = self.http.get(format!("{}{path}", self.base));
        if let Some(l) = &self.lang {
            req = req.header(ACCEPT_LANGUAGE, l);
        }
        let page = read(req.send().await.expect("GET")).await;
        if let Some(c) = page.csrf() {
            self.csrf = Some(c);
        }
        page
    }

    /// Posts a URL-encoded form with the CSRF token of the last page seen (fetching `/` first if
    /// no page was seen yet).
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        if self.csrf.is_none() {
            self.get("/").await;
        }
        let csrf = self.csrf.clone().expect("a page with a form was seen");
        let mut form: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        form.extend_from_slice(fields);
        let mut req = self.http.post(format!("{}{path}", self.base)).form(&form);
        if let Some(l) = &self.lang {
            req = req.header(ACCEPT_LANGUAGE, l);
        }
        let page = read(req.send().await.expect("POST")).await;
        if let Some(c) = page.csrf() {
            self.csrf = Some(c);
        }
        page
    }

    /// Posts a multipart form (file uploads) with the CSRF token of the last page seen.
    pub async fn post_multipart(&mut self, path: &str, form: reqwest::multipart::Form) -> Page {
        let csrf = self.csrf.clone().expect("a page with a form was seen");
        let form = form.text("csrf", csrf);
        let page = read(
            self.http
                .post(format!("{}{path}", self.base))
                .multipart(form)
                .send()
                .await
                .expect("POST"),
        )
        .await;
        if let Some(c) = page.csrf() {
            self.csrf = Some(c);
        }
        page
    }

    /// Signs in through the sign-in page; panics unless it redirects.
    pub async fn login(&mut self, username: &str, password: &str) -> String {
        self.get("/login").await.assert_ok("sign-in page");
        let page = self
            .post("/login", &[("username", username), ("password", password)])
            .await;
        page.assert_redirect("sign in").to_owned()
    }
}

async fn read(res: reqwest::Response) -> Page {
    let status = res.status();
    let location = res
        .headers()
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = res.text().await.unwrap_or_default();
    Page {
        status,
        location,
        body,
    }
}
