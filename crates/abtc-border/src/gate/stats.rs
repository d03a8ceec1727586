//! Counts of what the gates decided, with no personal data: outcomes, reason codes, face results
//! and how long decisions took. Each kiosk keeps its own [`GateStats`]; a site or the server adds
//! them up with [`GateStats::merge`]. The latency is measured by the caller (the library reads no
//! clock) and passed to [`GateStats::record`].

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::decision::{GateDecision, GateOutcome};

/// Upper bounds (inclusive, microseconds) of the latency histogram's buckets; one more bucket
/// counts everything slower than the last bound.
pub const LATENCY_BOUNDS_US: [u64; 12] = [
    1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000,
    5_000_000,
];

const BUCKETS: usize = LATENCY_BOUNDS_US.len() + 1;

/// Decision latency: count, sum, extremes and a fixed-bucket histogram, all in microseconds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LatencyStats {
    pub count: u64,
    pub total_us: u64,
    /// `None` until something is recorded.
    pub min_us: Option<u64>,
    pub max_us: u64,
    /// `buckets[i]` counts latencies up to [`LATENCY_BOUNDS_US`]`[i]` (above the previous bound);
    /// the last counts latencies above every bound.
    pub buckets: [u64; BUCKETS],
}

impl LatencyStats {
    pub fn record(&mut self, elapsed: Duration) {
        let us = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
        self.count = self.count.saturating_add(1);
        self.total_us = self.total_us.saturating_add(us);
        self.min_us = Some(self.min_us.map_or(us, |m| m.min(us)));
        self.max_us = self.max_us.max(us);
        let index = LATENCY_BOUNDS_US
            .iter()
            .position(|&bound| us <= bound)
            .unwrap_or(LATENCY_BOUNDS_US.len());
        if let Some(slot) = self.buckets.get_mut(index) {
            *slot = slot.saturating_add(1);
        }
    }

    pub fn merge(&mut self, other: &Self) {
        self.count = self.count.saturating_add(other.count);
        self.total_us = self.total_us.saturating_add(other.total_us);
        self.min_us = match (self.min_us, other.min_us) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.max_us = self.max_us.max(other.max_us);
        for (mine, theirs) in self.buckets.iter_mut().zip(other.buckets.iter()) {
            *mine = mine.saturating_add(*theirs);
        }
    }

    /// Mean latency in microseconds; `None` when nothing was recorded.
    pub fn mean_us(&self) -> Option<u64> {
        self.total_us.checked_div(self.count)
    }
}

/// What a gate (or a set of gates, merged) decided.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GateStats {
    pub decisions: u64,
    pub opened: u64,
    pub referred: u64,
    /// Per [`super::GateReason::code`]: how many decisions gave that reason (a decision with
    /// several reasons counts once under each).
    pub reasons: BTreeMap<String, u64>,
    /// Per [`super::FaceResult::code`]: how the face step went.
    pub face: BTreeMap<String, u64>,
    pub latency: LatencyStats,
}

fn bump(map: &mut BTreeMap<String, u64>, code: &str, by: u64) {
    match map.get_mut(code) {
        Some(n) => *n = n.saturating_add(by),
        None => {
            map.insert(code.to_owned(), by);
        }
    }
}

impl GateStats {
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts one decision that took `elapsed` (as the caller measured it).
    pub fn record(&mut self, decision: &GateDecision, elapsed: Duration) {
        self.decisions = self.decisions.saturating_add(1);
        match decision.outcome {
            GateOutcome::Open => self.opened = self.opened.saturating_add(1),
            GateOutcome::ReferToOfficer => self.referred = self.referred.saturating_add(1),
        }
        for reason in &decision.reasons {
            bump(&mut self.reasons, reason.code(), 1);
        }
        bump(&mut self.face, decision.face.code(), 1);
        self.latency.record(elapsed);
    }

    /// Adds another gate's (or period's) counts to these.
    pub fn merge(&mut self, other: &Self) {
        self.decisions = self.decisions.saturating_add(other.decisions);
        self.opened = self.opened.saturating_add(other.opened);
        self.referred = self.referred.saturating_add(other.referred);
        for (code, n) in &other.reasons {
            bump(&mut self.reasons, code, *n);
        }
        for (code, n) in &other.face {
            bump(&mut self.face, code, *n);
        }
        self.latency.merge(&other.latency);
    }

    /// The counts so far with derived figures, to publish (e.g. from behind a lock) while the
    /// gate keeps counting.
    pub fn snapshot(&self) -> GateStatsSnapshot {
        GateStatsSnapshot {
            mean_latency_us: self.latency.mean_us(),
            stats: self.clone(),
        }
    }
}

/// [`GateStats`] at one moment, with the mean latency worked out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GateStatsSnapshot {
    #[serde(flatten)]
    pub stats: GateStats,
    pub mean_latency_us: Option<u64>,
}
