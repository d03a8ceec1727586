//! `abtc gate`: the e-gate's decision at the command line, offline, as a kiosk embedding
//! `abtc-border` makes it: the passport's zone and the card's QR against the verifier's trust list
//! and status lists. Prints `open` (with the stay days) or `refer_to_officer` with every reason's
//! code, for a person or as one JSON object (the decision and its compute time).
//!
//! Exit status: 0 for open, 1 for refer_to_officer; usage problems are errors (exit 2).

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use abtc_border::gate::{Gate, GateInput};
use anyhow::Context;

use crate::verify_cmd::{self, VerifyArgs};

/// How strict the gate is beyond its economy's policy.
#[derive(Debug, Clone, Copy, Default)]
pub struct GateOptions {
    /// Open without the issuer's status list. An unattended gate otherwise fails closed: a revoked
    /// card must not open it because the kiosk missed a list refresh.
    pub allow_no_status: bool,
}

pub fn run(
    args: &VerifyArgs,
    mrz: &str,
    options: GateOptions,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let loaded = verify_cmd::load(args)?;
    let mut policy = loaded.policy;
    policy.require_status = !options.allow_no_status;
    let gate = Gate::new(policy, loaded.trust, loaded.status);
    let started = Instant::now();
    let decision = gate.decide(&GateInput::new(mrz, &loaded.qr), args.now);
    let micros = started.elapsed().as_micros();
    if args.json {
        let mut value = serde_json::to_value(&decision).context("cannot encode the decision")?;
        if let Some(map) = value.as_object_mut() {
            map.insert("compute_us".into(), serde_json::json!(micros));
        }
        serde_json::to_writer(&mut *out, &value).context("cannot write the decision")?;
        writeln!(out).context("cannot write the decision")?;
    } else {
        match (decision.is_open(), decision.stay_days) {
            (true, Some(days)) => writeln!(out, "GATE: OPEN ({days} days)")?,
            (true, None) => writeln!(out, "GATE: OPEN")?,
            (false, _) => writeln!(out, "GATE: REFER TO OFFICER")?,
        }
        writeln!(out, "  at:        {}", decision.economy)?;
        for reason in &decision.reasons {
            writeln!(out, "  reason:    {} ({reason})", reason.code())?;
        }
        writeln!(out, "  compute:   {micros} µs")?;
    }
    Ok(if decision.is_open() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
