//! A typed client for the abtc REST API, for the CLI, the tests and economies' national systems.

use abtc_api::*;
use abtc_domain::views::{ApplicationSummary, Page, PreClearanceView};
use abtc_domain::{ApplicationForm, ApplicationId, Decision, EconomyCode, PreClearanceId};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("{status}: {} ({})", body.code, body.message)]
    Api { status: StatusCode, body: ErrorBody },
    #[error("transport: {0}")]
    Transport(#[from] reqwest::Error),
}

impl ClientError {
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Api { status, .. } => Some(*status),
            Self::Transport(_) => None,
        }
    }
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Api { body, .. } => Some(&body.code),
            Self::Transport(_) => None,
        }
    }
}

pub type ClientResult<T> = Result<T, ClientError>;

#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    token: Option<String>,
}

impl Client {
    pub fn new(base: impl Into<String>) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: base.into().trim_end_matches('/').to_owned(),
            token: None,
        }
    }

    pub fn with_token(&self, token: impl Into<String>) -> Self {
        Self {
            token: Some(token.into()),
            ..self.clone()
        }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// A request to any path, with the bearer token when there is one.
    pub fn request(&self, method: Method, path: &str) -> reqwest::RequestBuilder {
        let rb = self.http.request(method, format!("{}{}", self.base, path));
        match &self.token {
            Some(t) => rb.bearer_auth(t),
            None => rb,
        }
    }

    pub async fn send<T: DeserializeOwned>(&self, rb: reqwest::RequestBuilder) -> ClientResult<T> {
        let res = rb.send().await?;
        let status = res.status();
        if status.is_success() {
            if status == StatusCode::NO_CONTENT {
                return serde_json::from_value(serde_json::Value::Null).map_err(|_| {
                    ClientError::Api {
                        status,
                        body: ErrorBody {
                            code: "no_content".into(),
                            message: "the server sent no body".into(),
                            request_id: None,
                        },
                    }
                });
            }
            return Ok(res.json::<T>().await?);
        }
        let body = res.json::<ErrorBody>().await.unwrap_or(ErrorBody {
            code: "unreadable_error".into(),
            message: format!("the server answered {status} without an error body"),
            request_id: None,
        });
        Err(ClientError::Api { status, body })
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> ClientResult<T> {
        self.send(self.request(Method::GET, path)).await
    }

    pub async fn post<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> ClientResult<T> {
        self.send(self.request(Method::POST, path).json(body)).await
    }

    pub async fn put<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> ClientResult<T> {
        self.send(self.request(Method::PUT, path).json(body)).await
    }

    pub async fn login(
        &self,
        username: &str,
        password: &str,
    ) -> ClientResult<(Client, LoginResponse)> {
        let res: LoginResponse = self
            .post(
                "/api/v1/sessions",
                &LoginRequest {
                    username: username.into(),
                    password: password.into(),
                },
            )
            .await?;
        Ok((self.with_token(res.token.clone()), res))
    }

    pub async fn register(&self, email: &str, password: &str) -> ClientResult<Accepted> {
        self.post(
            "/api/v1/accounts",
            &RegisterRequest {
                email: email.into(),
                password: password.into(),
                display_name: None,
            },
        )
        .await
    }

    pub async fn create_application(
        &self,
        home: EconomyCode,
        form: ApplicationForm,
    ) -> ClientResult<Case> {
        self.post(
            "/api/v1/applications",
            &CreateApplicationRequest { home, form },
        )
        .await
    }

    pub async fn upload_photo(&self, id: ApplicationId, jpeg: Vec<u8>) -> ClientResult<Case> {
        self.send(
            self.request(Method::PUT, &format!("/api/v1/applications/{id}/photo"))
                .header("content-type", "image/jpeg")
                .body(jpeg),
        )
        .await
    }

    /// A lifecycle action without a body: `submit`, `withdraw`, `review`, `approve`, `request-issue`.
    pub async fn application_action(&self, id: ApplicationId, action: &str) -> ClientResult<Case> {
        self.post(
            &format!("/api/v1/applications/{id}/{action}"),
            &serde_json::json!({}),
        )
        .await
    }

    pub async fn application(&self, id: ApplicationId) -> ClientResult<Case> {
        self.get(&format!("/api/v1/applications/{id}")).await
    }

    pub async fn applications(&self) -> ClientResult<Page<ApplicationSummary>> {
        self.get("/api/v1/applications").await
    }

    pub async fn pre_clearance_queue(&self, query: &str) -> ClientResult<Page<PreClearanceView>> {
        self.get(&format!("/api/v1/pre-clearances{query}")).await
    }

    pub async fn pre_clearance(&self, id: PreClearanceId) -> ClientResult<PreClearanceView> {
        self.get(&format!("/api/v1/pre-clearances/{id}")).await
    }

    pub async fn decide(
        &self,
        id: PreClearanceId,
        decision: Decision,
    ) -> ClientResult<PreClearanceView> {
        self.post(
            &format!("/api/v1/pre-clearances/{id}/decision"),
            &DecisionRequest {
                decision,
                note: None,
            },
        )
        .await
    }

    pub async fn decide_batch(
        &self,
        req: &BatchDecisionRequest,
        idempotency_key: Option<&str>,
    ) -> ClientResult<BatchDecisionResponse> {
        let mut rb = self
            .request(Method::POST, "/api/v1/pre-clearances/decisions")
            .json(req);
        if let Some(k) = idempotency_key {
            rb = rb.header("idempotency-key", k);
        }
        self.send(rb).await
    }
}
