//! Prometheus metrics: requests by route template and status, latency, decisions, outbox backlog.
//! Labels are route templates and codes only, never identifiers or personal data.

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, Opts, Registry, TextEncoder,
};

pub struct Metrics {
    registry: Registry,
    pub requests: IntCounterVec,
    pub latency: HistogramVec,
    pub decisions: IntCounterVec,
    pub outbox_pending: IntGauge,
    pub logins: IntCounterVec,
    /// Mail of outbox messages by outcome: sent, failed (given up), retry.
    pub mail: IntCounterVec,
    /// E-gate decisions on the server by economy and outcome (open, refer_to_officer).
    pub gate: IntCounterVec,
    /// The compute time of those decisions, by economy.
    pub gate_seconds: HistogramVec,
}

impl Metrics {
    pub fn new() -> Result<Self, prometheus::Error> {
        let registry = Registry::new_custom(Some("abtc".into()), None)?;
        let requests = IntCounterVec::new(
            Opts::new(
                "http_requests_total",
                "HTTP requests by route, method and status",
            ),
            &["route", "method", "status"],
        )?;
        let latency = HistogramVec::new(
            HistogramOpts::new("http_request_duration_seconds", "HTTP request latency").buckets(
                vec![
                    0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                ],
            ),
            &["route", "method"],
        )?;
        let decisions = IntCounterVec::new(
            Opts::new(
                "pre_clearance_decisions_total",
                "Pre-clearance decisions by deciding economy and outcome",
            ),
            &["economy", "decision"],
        )?;
        let outbox_pending = IntGauge::new("outbox_pending", "Outbox messages not yet delivered")?;
        let logins = IntCounterVec::new(
            Opts::new("logins_total", "Login attempts by outcome"),
            &["outcome"],
        )?;
        registry.register(Box::new(requests.clone()))?;
        registry.register(Box::new(latency.clone()))?;
        registry.register(Box::new(decisions.clone()))?;
        registry.register(Box::new(outbox_pending.clone()))?;
        let mail = IntCounterVec::new(
            Opts::new("mail_total", "Mail of outbox messages by outcome"),
            &["outcome"],
        )?;
        registry.register(Box::new(logins.clone()))?;
        registry.register(Box::new(mail.clone()))?;
        let gate = IntCounterVec::new(
            Opts::new(
                "gate_decisions_total",
                "E-gate decisions by economy and outcome",
            ),
            &["economy", "outcome"],
        )?;
        let gate_seconds = HistogramVec::new(
            HistogramOpts::new("gate_decision_seconds", "E-gate decision compute time")
                .buckets(vec![0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.01, 0.1, 1.0]),
            &["economy"],
        )?;
        registry.register(Box::new(gate.clone()))?;
        registry.register(Box::new(gate_seconds.clone()))?;
        Ok(Self {
            registry,
            requests,
            latency,
            decisions,
            outbox_pending,
            logins,
            mail,
            gate,
            gate_seconds,
        })
    }

    pub fn render(&self) -> String {
        let mut buf = Vec::new();
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut buf);
        String::from_utf8(buf).unwrap_or_default()
    }
}
