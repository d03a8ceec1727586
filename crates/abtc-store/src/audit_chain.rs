//! The audit log's hash chain, with no I/O: the canonical encoding of a record, its hash, and the
//! verifier that reads the stored rows back and names every record that was modified, deleted, moved
//! or inserted. The writer (`sql/audit.rs`) and the verifier use the same [`record_hash`], so the two
//! cannot drift apart.
//!
//! Each record carries `seq`, its place in the chain, and `prev_hash`, the hash of the record before
//! it; its `hash` covers both and every field. Genuine records sit at `id == seq`, with ids 1, 2, 3…
//! without gaps, and the chain's head (last id and hash) is kept in its own row. So:
//! - a changed field no longer matches the record's hash (or, if the hash was recomputed, no longer
//!   matches the `prev_hash` the next record committed to, or the head);
//! - a deleted record leaves a gap in the ids that no other row fills;
//! - a record moved to another row still verifies, but under a `seq` that is not its row's id;
//! - an inserted row lies beyond the head, claims a place another record holds, or verifies as
//!   nothing while the record of its place is found elsewhere.
//!
//! What a hash chain cannot show without an anchor outside the database is a rewrite of the whole
//! chain from some record on, head included; publishing the head elsewhere closes that gap.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The `prev_hash` of the first record.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Versions the encoding, so a later change cannot be confused with this one.
const DOMAIN: &str = "abtc-audit-chain-v1";

/// The fields of one audit record its hash covers, exactly as stored (time in microseconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChainFields<'a> {
    pub at: i64,
    pub actor_account: Option<&'a str>,
    pub actor_role: Option<&'a str>,
    pub actor_economy: Option<&'a str>,
    pub action: &'a str,
    pub subject: &'a str,
    pub outcome: &'a str,
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    // usize always fits in u64 on the platforms we build for; the length prefix makes field
    // boundaries unambiguous ("ab" + "c" differs from "a" + "bc").
    out.extend_from_slice(&(s.len() as u64).to_be_bytes());
    out.extend_from_slice(s.as_bytes());
}

fn put_opt(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        None => out.push(0),
        Some(s) => {
            out.push(1);
            put_str(out, s);
        }
    }
}

/// The canonical byte encoding of a record: fixed-width integers and length-prefixed strings, with
/// absent values distinct from empty ones.
pub fn canonical_encoding(seq: i64, fields: &ChainFields<'_>, prev_hash: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(160);
    put_str(&mut out, DOMAIN);
    out.extend_from_slice(&seq.to_be_bytes());
    out.extend_from_slice(&fields.at.to_be_bytes());
    put_opt(&mut out, fields.actor_account);
    put_opt(&mut out, fields.actor_role);
    put_opt(&mut out, fields.actor_economy);
    put_str(&mut out, fields.action);
    put_str(&mut out, fields.subject);
    put_str(&mut out, fields.outcome);
    put_str(&mut out, prev_hash);
    out
}

/// The record's hash: lower-case hex SHA-256 of its canonical encoding.
pub fn record_hash(seq: i64, fields: &ChainFields<'_>, prev_hash: &str) -> String {
    hex::encode(Sha256::digest(canonical_encoding(seq, fields, prev_hash)))
}

/// One row of `audit_log` as read back. Chain columns are optional because a forged row may lack them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRecord {
    pub id: i64,
    pub seq: Option<i64>,
    pub at: i64,
    pub actor_account: Option<String>,
    pub actor_role: Option<String>,
    pub actor_economy: Option<String>,
    pub action: String,
    pub subject: String,
    pub outcome: String,
    pub prev_hash: Option<String>,
    pub hash: Option<String>,
}

impl StoredRecord {
    pub fn fields(&self) -> ChainFields<'_> {
        ChainFields {
            at: self.at,
            actor_account: self.actor_account.as_deref(),
            actor_role: self.actor_role.as_deref(),
            actor_economy: self.actor_economy.as_deref(),
            action: &self.action,
            subject: &self.subject,
            outcome: &self.outcome,
        }
    }

    /// The place in the chain under which this row's hash verifies, if any: its own `seq`.
    fn verified_seq(&self) -> Option<i64> {
        let (seq, prev, hash) = (self.seq?, self.prev_hash.as_deref()?, self.hash.as_deref()?);
        (record_hash(seq, &self.fields(), prev) == hash).then_some(seq)
    }
}

/// The chain's head as stored: the last record's id and hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainHead {
    pub last_id: i64,
    pub last_hash: String,
}

/// One thing wrong with the stored log, named by record id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum ChainProblem {
    /// The record's content no longer matches what was chained.
    Modified { id: i64 },
    /// Records `from..=to` are gone.
    Missing { from: i64, to: i64 },
    /// Rows `first` and `second` hold each other's records.
    OutOfOrder { first: i64, second: i64 },
    /// Row `id` holds record `holds`, which belongs elsewhere.
    Misplaced { id: i64, holds: i64 },
    /// Row `id` was never part of the chain.
    Inserted { id: i64 },
    /// The head row is gone, so the end of the chain cannot be checked.
    HeadMissing,
}

impl ChainProblem {
    fn sort_key(&self) -> i64 {
        match self {
            Self::Modified { id } | Self::Inserted { id } | Self::Misplaced { id, .. } => *id,
            Self::Missing { from, .. } => *from,
            Self::OutOfOrder { first, .. } => *first,
            Self::HeadMissing => i64::MAX,
        }
    }
}

impl fmt::Display for ChainProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Modified { id } => write!(f, "record {id} was modified"),
            Self::Missing { from, to } if from == to => write!(f, "record {from} is missing"),
            Self::Missing { from, to } => write!(f, "records {from} to {to} are missing"),
            Self::OutOfOrder { first, second } => {
                write!(f, "records {first} and {second} are out of order")
            }
            Self::Misplaced { id, holds } => {
                write!(f, "record {id} is out of order: it holds record {holds}")
            }
            Self::Inserted { id } => write!(f, "record {id} was inserted"),
            Self::HeadMissing => write!(f, "the chain head is missing"),
        }
    }
}

/// What verification found: how many rows were read, and every problem, in id order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainReport {
    pub records: u64,
    pub problems: Vec<ChainProblem>,
}

impl ChainReport {
    pub fn intact(&self) -> bool {
        self.problems.is_empty()
    }
}

/// A row whose hash verifies under a `seq` other than its id.
#[derive(Debug, Clone)]
struct Displaced {
    position: i64,
    hash: Option<String>,
}

/// Checks rows fed in ascending id order. Memory grows with the number of anomalies, not with the
/// log: a log of millions of intact records keeps only the previous record's hash.
#[derive(Debug)]
pub struct ChainVerifier {
    head: Option<ChainHead>,
    /// The last id the head vouches for (everything, when the head is gone).
    limit: i64,
    next: i64,
    records: u64,
    /// The previous row, when it sits at its own place: (id, stored hash).
    prev: Option<(i64, Option<String>)>,
    /// Ranges of ids with no record sitting at its own place: gaps, and rows holding other records.
    unheld: Vec<(i64, i64)>,
    /// Rows that verify under another place, by the place they claim.
    displaced: BTreeMap<i64, Displaced>,
    /// Rows whose hash does not verify.
    suspects: BTreeSet<i64>,
    /// Records whose link to the previous record waits for that record to turn up: (seq, prev_hash).
    deferred: Vec<(i64, Option<String>)>,
    /// Rows whose stored hash is not what the chain after them committed to.
    relinked: BTreeSet<i64>,
    inserted: BTreeSet<i64>,
    /// The stored hash of the row at `limit`, when it sits there.
    last_hash: Option<Option<String>>,
}

impl ChainVerifier {
    pub fn new(head: Option<ChainHead>) -> Self {
        let limit = head.as_ref().map_or(i64::MAX, |h| h.last_id);
        Self {
            head,
            limit,
            next: 1,
            records: 0,
            prev: None,
            unheld: Vec::new(),
            displaced: BTreeMap::new(),
            suspects: BTreeSet::new(),
            deferred: Vec::new(),
            relinked: BTreeSet::new(),
            inserted: BTreeSet::new(),
            last_hash: None,
        }
    }

    /// Feeds the next row; rows must come in ascending id order.
    pub fn push(&mut self, r: &StoredRecord) {
        self.records += 1;
        let pos = r.id;
        if pos < self.next || pos > self.limit {
            // Before the first record (ids start at 1), repeated, or beyond what the head vouches for.
            self.inserted.insert(pos);
            return;
        }
        if pos > self.next {
            self.unheld.push((self.next, pos - 1));
        }
        self.next = pos.saturating_add(1);
        match r.verified_seq() {
            Some(seq) if seq == pos => {
                self.check_link(pos, &r.prev_hash);
                self.prev = Some((pos, r.hash.clone()));
                if pos == self.limit {
                    self.last_hash = Some(r.hash.clone());
                }
            }
            Some(seq) => {
                self.unheld.push((pos, pos));
                self.prev = None;
                match self.displaced.entry(seq) {
                    // A second row claiming the same place: a copy.
                    std::collections::btree_map::Entry::Occupied(_) => {
                        self.inserted.insert(pos);
                    }
                    std::collections::btree_map::Entry::Vacant(v) => {
                        v.insert(Displaced {
                            position: pos,
                            hash: r.hash.clone(),
                        });
                    }
                }
            }
            None => {
                self.suspects.insert(pos);
                self.prev = Some((pos, r.hash.clone()));
                if pos == self.limit {
                    self.last_hash = Some(r.hash.clone());
                }
            }
        }
    }

    /// Checks that record `seq`, sitting at its place, chains to the record before it.
    fn check_link(&mut self, seq: i64, prev_hash: &Option<String>) {
        if seq == 1 {
            if prev_hash.as_deref() != Some(GENESIS) {
                // A first record that verifies over another predecessor was forged whole.
                self.relinked.insert(1);
            }
            return;
        }
        match &self.prev {
            Some((p, h)) if *p == seq - 1 => {
                if h != prev_hash {
                    self.relinked.insert(seq - 1);
                }
            }
            _ => self.deferred.push((seq, prev_hash.clone())),
        }
    }

    fn unheld_contains(&self, id: i64) -> bool {
        self.unheld.iter().any(|&(a, b)| a <= id && id <= b)
    }

    /// Whether a row sits at place `id` holding its own, verified record.
    fn held_in_place(&self, id: i64) -> bool {
        id >= 1 && id < self.next && !self.suspects.contains(&id) && !self.unheld_contains(id)
    }

    pub fn finish(mut self) -> ChainReport {
        if self.limit != i64::MAX && self.next <= self.limit {
            self.unheld.push((self.next, self.limit));
        }
        let mut problems = Vec::new();
        let mut replaced = BTreeSet::new();
        // Which displaced rows genuinely hold a record that lost its place.
        let mut holders = BTreeMap::new();
        for (&seq, d) in &self.displaced {
            if seq < 1 || seq > self.limit || self.held_in_place(seq) {
                self.inserted.insert(d.position);
                continue;
            }
            if self.suspects.contains(&seq) {
                // The row at `seq` does not verify and its record is elsewhere: it was put there.
                replaced.insert(seq);
            }
            holders.insert(seq, d.clone());
        }
        self.inserted.extend(replaced.iter().copied());
        let mut pairs = BTreeSet::new();
        for (&seq, d) in &holders {
            match holders.get(&d.position) {
                Some(other) if other.position == seq => {
                    pairs.insert((seq.min(d.position), seq.max(d.position)));
                }
                _ => problems.push(ChainProblem::Misplaced {
                    id: d.position,
                    holds: seq,
                }),
            }
        }
        problems.extend(
            pairs
                .into_iter()
                .map(|(first, second)| ChainProblem::OutOfOrder { first, second }),
        );
        let mut missing = BTreeSet::new();
        for &(a, b) in &self.unheld {
            let (a, b) = (a.max(1), b.min(self.limit));
            let mut cur = a;
            for &held in holders.range(a..=b).map(|(k, _)| k) {
                if held > cur {
                    missing.insert((cur, held - 1));
                }
                cur = held.saturating_add(1);
            }
            if cur <= b {
                missing.insert((cur, b));
            }
        }
        let is_missing = |id: i64| missing.iter().any(|&(a, b)| a <= id && id <= b);
        for (seq, prev_hash) in std::mem::take(&mut self.deferred) {
            if let Some(d) = holders.get(&(seq - 1)) {
                if d.hash != prev_hash {
                    self.relinked.insert(d.position);
                }
            }
        }
        match &self.head {
            None => problems.push(ChainProblem::HeadMissing),
            Some(head) if head.last_id >= 1 => {
                let stored = match &self.last_hash {
                    Some(h) => Some((head.last_id, h.clone())),
                    None => holders
                        .get(&head.last_id)
                        .map(|d| (d.position, d.hash.clone())),
                };
                if let Some((position, hash)) = stored {
                    if hash.as_deref() != Some(head.last_hash.as_str()) {
                        self.relinked.insert(position);
                    }
                }
            }
            Some(_) => {}
        }
        let modified: BTreeSet<i64> = self
            .suspects
            .iter()
            .chain(self.relinked.iter())
            .copied()
            .filter(|id| !self.inserted.contains(id) && !is_missing(*id))
            .collect();
        problems.extend(modified.into_iter().map(|id| ChainProblem::Modified { id }));
        problems.extend(
            missing
                .into_iter()
                .map(|(from, to)| ChainProblem::Missing { from, to }),
        );
        problems.extend(
            self.inserted
                .iter()
                .map(|&id| ChainProblem::Inserted { id }),
        );
        problems.sort_by_key(ChainProblem::sort_key);
        ChainReport {
            records: self.records,
            problems,
        }
    }
}

/// Verifies a whole log held in memory (tests, small logs).
pub fn verify(head: Option<ChainHead>, rows: &[StoredRecord]) -> ChainReport {
    let mut v = ChainVerifier::new(head);
    for r in rows {
        v.push(r);
    }
    v.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A log of `n` genuine records and its head, as the writer would leave it.
    fn chain(n: i64) -> (ChainHead, Vec<StoredRecord>) {
        let mut prev = GENESIS.to_owned();
        let mut rows = Vec::new();
        for id in 1..=n {
            let mut r = StoredRecord {
                id,
                seq: Some(id),
                at: 1_700_000_000_000_000 + id,
                actor_account: (id % 3 != 0).then(|| format!("acct-{id}")),
                actor_role: Some("case_officer".into()),
                actor_economy: (id % 2 == 0).then(|| "TWN".into()),
                action: "read_case".into(),
                subject: format!("application:{id}"),
                outcome: "ok".into(),
                prev_hash: Some(prev.clone()),
                hash: None,
            };
            let h = record_hash(id, &r.fields(), &prev);
            r.hash = Some(h.clone());
            prev = h;
            rows.push(r);
        }
        (
            ChainHead {
                last_id: n,
                last_hash: prev,
            },
            rows,
        )
    }

    fn messages(report: &ChainReport) -> Vec<String> {
        report.problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn an_untouched_log_is_intact() {
        let (head, rows) = chain(100);
        let report = verify(Some(head), &rows);
        assert!(report.intact(), "{:?}", report.problems);
        assert_eq!(report.records, 100);
    }

    #[test]
    fn an_empty_log_is_intact() {
        let head = ChainHead {
            last_id: 0,
            last_hash: GENESIS.into(),
        };
        assert!(verify(Some(head), &[]).intact());
    }

    #[test]
    fn the_encoding_is_unambiguous() {
        let a = ChainFields {
            at: 1,
            actor_account: None,
            actor_role: Some(""),
            actor_economy: None,
            action: "ab",
            subject: "c",
            outcome: "ok",
        };
        let b = ChainFields {
            actor_role: None,
            actor_account: Some(""),
            ..a
        };
        let c = ChainFields {
            action: "a",
            subject: "bc",
            ..a
        };
        let hashes = [
            record_hash(1, &a, GENESIS),
            record_hash(1, &b, GENESIS),
            record_hash(1, &c, GENESIS),
            record_hash(2, &a, GENESIS),
        ];
        for (i, x) in hashes.iter().enumerate() {
            assert_eq!(x.len(), 64);
            for y in hashes.iter().skip(i + 1) {
                assert_ne!(x, y);
            }
        }
    }

    #[test]
    fn a_modified_field_is_named() {
        let (head, mut rows) = chain(50);
        rows[41].subject = "application:other".into();
        assert_eq!(
            messages(&verify(Some(head), &rows)),
            ["record 42 was modified"]
        );
    }

    #[test]
    fn a_modified_record_whose_hash_was_recomputed_is_named() {
        let (head, mut rows) = chain(50);
        rows[41].outcome = "failed".into();
        let prev = rows[41].prev_hash.clone().unwrap();
        rows[41].hash = Some(record_hash(42, &rows[41].fields(), &prev));
        assert_eq!(
            messages(&verify(Some(head.clone()), &rows)),
            ["record 42 was modified"]
        );
        // The last record has no successor: the head catches it.
        let (head, mut rows) = chain(50);
        rows[49].action = "nothing".into();
        let prev = rows[49].prev_hash.clone().unwrap();
        rows[49].hash = Some(record_hash(50, &rows[49].fields(), &prev));
        assert_eq!(
            messages(&verify(Some(head), &rows)),
            ["record 50 was modified"]
        );
    }

    #[test]
    fn deleted_records_are_named() {
        let (head, rows) = chain(50);
        let kept: Vec<_> = rows
            .iter()
            .filter(|r| ![1, 43, 44, 50].contains(&r.id))
            .cloned()
            .collect();
        assert_eq!(
            messages(&verify(Some(head), &kept)),
            [
                "record 1 is missing",
                "records 43 to 44 are missing",
                "record 50 is missing"
            ]
        );
    }

    #[test]
    fn swapped_records_are_named() {
        let (head, mut rows) = chain(60);
        let (a, b) = (rows[49].clone(), rows[50].clone());
        rows[49] = StoredRecord { id: 50, ..b };
        rows[50] = StoredRecord { id: 51, ..a };
        let (c, d) = (rows[9].clone(), rows[29].clone());
        rows[9] = StoredRecord { id: 10, ..d };
        rows[29] = StoredRecord { id: 30, ..c };
        assert_eq!(
            messages(&verify(Some(head), &rows)),
            [
                "records 10 and 30 are out of order",
                "records 50 and 51 are out of order"
            ]
        );
    }

    #[test]
    fn a_record_moved_into_a_gap_is_named() {
        let (head, mut rows) = chain(20);
        // Record 5 overwritten by record 12, whose own row is deleted: 5 is gone, 12 misplaced.
        let moved = StoredRecord {
            id: 5,
            ..rows[11].clone()
        };
        rows[4] = moved;
        rows.remove(11);
        assert_eq!(
            messages(&verify(Some(head), &rows)),
            [
                "record 5 is out of order: it holds record 12",
                "record 5 is missing"
            ]
        );
    }

    #[test]
    fn inserted_records_are_named() {
        // Appended after the head, even with a well-formed hash.
        let (head, mut rows) = chain(60);
        let mut forged = StoredRecord {
            id: 61,
            seq: Some(61),
            prev_hash: Some(head.last_hash.clone()),
            ..rows[0].clone()
        };
        forged.hash = Some(record_hash(61, &forged.fields(), &head.last_hash));
        rows.push(forged);
        assert_eq!(
            messages(&verify(Some(head.clone()), &rows)),
            ["record 61 was inserted"]
        );

        // A copy of an existing record in a row of its own.
        let (head, mut rows) = chain(60);
        rows[59] = StoredRecord {
            id: 60,
            ..rows[19].clone()
        };
        let report = verify(Some(head), &rows);
        assert!(messages(&report).contains(&"record 60 was inserted".to_owned()));

        // Inserted in the middle by shifting the later records up by one.
        let (head, rows) = chain(10);
        let mut shifted: Vec<_> = rows[..6].to_vec();
        shifted.push(StoredRecord {
            id: 7,
            subject: "forged".into(),
            ..rows[6].clone()
        });
        for r in &rows[6..9] {
            shifted.push(StoredRecord {
                id: r.id + 1,
                ..r.clone()
            });
        }
        let report = verify(Some(head), &shifted);
        let m = messages(&report);
        assert_eq!(m.first().map(String::as_str), Some("record 7 was inserted"));
        assert!(m.contains(&"record 8 is out of order: it holds record 7".to_owned()));
    }

    #[test]
    fn forged_rows_without_chain_columns_are_named() {
        let (head, mut rows) = chain(30);
        rows[14].hash = None;
        rows[15].seq = None;
        assert_eq!(
            messages(&verify(Some(head), &rows)),
            ["record 15 was modified", "record 16 was modified"]
        );
    }

    #[test]
    fn a_missing_head_is_reported() {
        let (_, rows) = chain(5);
        assert_eq!(
            messages(&verify(None, &rows)),
            ["the chain head is missing"]
        );
    }

    #[test]
    fn the_verifier_keeps_little_for_an_intact_log() {
        let (head, rows) = chain(1000);
        let mut v = ChainVerifier::new(Some(head));
        for r in &rows {
            v.push(r);
        }
        assert!(v.unheld.is_empty() && v.displaced.is_empty() && v.deferred.is_empty());
        assert!(v.finish().intact());
    }
}
