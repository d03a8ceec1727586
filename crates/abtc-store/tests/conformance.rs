//! The store's conformance suite: one set of checks written against `dyn Store`, run on SQLite (a
//! fresh file per test) and on PostgreSQL (a fresh database per test on the cluster that
//! `ABTC_TEST_DATABASE_URL` names; skipped loudly when it is unset, failed when
//! `ABTC_REQUIRE_POSTGRES=1`). See `scripts/pg-cluster` for a throwaway cluster.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[macro_use]
mod support;

use std::collections::{BTreeSet, HashSet};

use abtc_domain::role::TicketScope;
use abtc_domain::ticket::{
    EntryKind, LessonText, Message, Party, RefundReason, RefundStatus, Subject, TicketKind,
    TicketStatus,
};
use abtc_domain::{
    ApplicationId, ApplicationState, CardNumber, CardStatus, Command, Decision, DomainError,
    Economies, EventKind, MrzName, PreClearanceId, PreClearanceStatus, Reference,
    ReplacementReason, Role,
};
use abtc_store::{
    ApplicationFilter, BatchItem, BatchOutcome, CaseAccess, IdempotencyKey, NewLesson, NewTicket,
    OutboxItem, PreClearanceFilter, RefundSummary, StaffAuthority, StoreError, TicketAction,
    TicketRoute, MAX_PER_PAGE,
};
use support::*;
use time::macros::date;
use time::Duration;

conformance! {
    lifecycle_end_to_end: sqlite_lifecycle_end_to_end, postgres_lifecycle_end_to_end;
    scoping: sqlite_scoping, postgres_scoping;
    deciding_twice: sqlite_deciding_twice, postgres_deciding_twice;
    concurrent_deciders: sqlite_concurrent_deciders, postgres_concurrent_deciders;
    concurrent_economies_issue_once: sqlite_concurrent_economies_issue_once, postgres_concurrent_economies_issue_once;
    batch_idempotency: sqlite_batch_idempotency, postgres_batch_idempotency;
    issuance_replacement_expiry: sqlite_issuance_replacement_expiry, postgres_issuance_replacement_expiry;
    outbox_exactly_once: sqlite_outbox_exactly_once, postgres_outbox_exactly_once;
    outbox_expired_lease: sqlite_outbox_expired_lease, postgres_outbox_expired_lease;
    outbox_mail_and_notices: sqlite_outbox_mail_and_notices, postgres_outbox_mail_and_notices;
    accounts: sqlite_accounts, postgres_accounts;
    public_status: sqlite_public_status, postgres_public_status;
    credentials: sqlite_credentials, postgres_credentials;
    queue_search: sqlite_queue_search, postgres_queue_search;
    email_confirmation: sqlite_email_confirmation, postgres_email_confirmation;
    audit_chain_concurrent_appends: sqlite_audit_chain_concurrent_appends, postgres_audit_chain_concurrent_appends;
    audit_reads_and_report: sqlite_audit_reads_and_report, postgres_audit_reads_and_report;
    processing_report: sqlite_processing_report, postgres_processing_report;
    tickets_are_scoped: sqlite_tickets_are_scoped, postgres_tickets_are_scoped;
    refund_decision: sqlite_refund_decision, postgres_refund_decision;
    ticket_mail: sqlite_ticket_mail, postgres_ticket_mail;
    lessons_are_anonymous: sqlite_lessons_are_anonymous, postgres_lessons_are_anonymous;
    escalations_and_digests: sqlite_escalations_and_digests, postgres_escalations_and_digests;
    retention_purge: sqlite_retention_purge, postgres_retention_purge;
}

// ---------------------------------------------------------------------------------------------
// Small assertions.

#[track_caller]
fn assert_not_found<T: std::fmt::Debug>(r: Result<T, StoreError>, what: &str) {
    match r {
        Err(StoreError::NotFound) => {}
        other => panic!("{what}: expected NotFound, got {other:?}"),
    }
}

#[track_caller]
fn assert_domain<T: std::fmt::Debug>(r: Result<T, StoreError>, expected: DomainError, what: &str) {
    match r {
        Err(StoreError::Domain(e)) if e == expected => {}
        other => panic!("{what}: expected Domain({expected:?}), got {other:?}"),
    }
}

fn kinds(events: &[abtc_domain::Event]) -> Vec<&'static str> {
    events.iter().map(|e| e.kind.name()).collect()
}

/// Every full member but `home`, in code order: the economies a home approval asks.
fn targets(home: &str) -> Vec<String> {
    let mut codes: Vec<String> = Economies::apec_default()
        .pre_clearance_targets(code(home))
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    codes.sort();
    codes
}

async fn drain_outbox(s: &S, worker: &str) -> Vec<OutboxItem> {
    s.claim_outbox(worker, T0, T0 + Duration::minutes(5), 1000)
        .await
        .unwrap()
}

// ---------------------------------------------------------------------------------------------
// 1. Lifecycle.

async fn lifecycle_end_to_end(s: S) {
    let a = approved(&s, "TWN").await;
    let id = a.id();

    // What the applicant and the home officer see.
    let case = s.case(home_access("TWN"), id, T0).await.unwrap();
    assert_eq!(case.application.state, ApplicationState::PreClearance);
    assert_eq!(case, s.case(a.access(), id, T0).await.unwrap());
    assert_eq!(
        case.pre_clearances.len(),
        18,
        "one request per other full member"
    );
    assert_eq!(a.asked(), targets("TWN"));
    assert!(case
        .pre_clearances
        .iter()
        .all(|p| p.status == PreClearanceStatus::Pending));
    assert!(case.cards.is_empty(), "all-responded: no card yet");
    let info = case.application.photo.expect("photo info");
    assert_eq!((info.width, info.height), (400, 500));
    assert_eq!(s.photo(a.access(), id, T0).await.unwrap(), jpeg());

    // History: every event, in order.
    let history = s.history(home_access("TWN"), id, T0).await.unwrap();
    let mut expected = vec![
        "application_created",
        "photo_attached",
        "submitted",
        "review_started",
        "home_approved",
    ];
    expected.extend(std::iter::repeat_n("pre_clearance_requested", 18));
    assert_eq!(kinds(&history), expected);
    assert!(history.iter().all(|e| e.application == id && e.at == T0));
    assert_eq!(history, s.history(a.access(), id, T0).await.unwrap());

    // Audit: one record per command, with the actor's role and economy, and one per read of
    // personal data by staff (the applicant's reads of their own case are not recorded).
    let log = s.audit_log(&auditor(), 1, MAX_PER_PAGE).await.unwrap();
    let mut entries = log.items;
    entries.reverse();
    let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "register",
            "create_application",
            "attach_photo",
            "submit",
            "start_review",
            "approve",
            "read_case",
            "read_history"
        ]
    );
    assert_eq!(log.total, 8);
    let subject = format!("application:{id}");
    assert!(entries[1..]
        .iter()
        .all(|e| e.subject == subject && e.outcome == "ok"));
    let approve = &entries[5];
    assert_eq!(approve.actor_role, Some(Role::CaseOfficer));
    assert_eq!(entries[6].actor_role, Some(Role::CaseOfficer));
    assert_eq!(entries[6].actor_economy, Some(code("TWN")));
    assert_eq!(approve.actor_economy, Some(code("TWN")));
    assert_eq!(entries[3].actor_account, Some(a.applicant.account()));

    // Outbox: the applicant-visible events only, addressed to the applicant.
    assert_eq!(s.outbox_pending().await.unwrap(), 3);
    let items = drain_outbox(&s, "w1").await;
    let outbox_kinds: Vec<&str> = items.iter().map(|i| i.kind.as_str()).collect();
    assert_eq!(
        outbox_kinds,
        ["submitted", "review_started", "home_approved"]
    );
    for item in &items {
        assert_eq!(item.recipient, a.applicant.account());
        assert_eq!(item.application, id);
        assert_eq!(item.attempts, 1);
        let kind: EventKind = serde_json::from_str(&item.payload).unwrap();
        assert_eq!(kind.name(), item.kind);
    }
    let summaries = s.my_applications(&a.applicant).await.unwrap();
    assert_eq!(summaries.len(), 1);
    assert_eq!(summaries[0].reference, case.application.reference);
}

// ---------------------------------------------------------------------------------------------
// 2. Scoping.

async fn scoping(s: S) {
    let twn = approved(&s, "TWN").await;
    let kor = approved(&s, "KOR").await;
    let stranger = CaseAccess::Applicant(register(&s).await);
    let id = twn.id();

    // Give the TWN case a card: every economy answers.
    for economy in twn.asked() {
        let d = if economy == "KOR" {
            Decision::Decline
        } else {
            Decision::Approve
        };
        decide(&s, &economy, twn.pc(&economy), d).await.unwrap();
    }
    let case = s.case(home_access("TWN"), id, T0).await.unwrap();
    assert_eq!(case.application.state, ApplicationState::Issued);
    let card = case.active_card().expect("issued").number.clone();
    assert!(s.card(home_access("TWN"), &card).await.is_ok());
    assert!(s.card(twn.access(), &card).await.is_ok());

    for (who, access) in [
        ("JPN officer", home_access("JPN")),
        ("another applicant", stranger),
    ] {
        assert_not_found(s.case(access, id, T0).await, who);
        assert_not_found(s.history(access, id, T0).await, who);
        assert_not_found(s.photo(access, id, T0).await, who);
        assert_not_found(s.card(access, &card).await, who);
        assert_not_found(s.card_application(access, &card).await, who);
        assert_not_found(s.execute(access, id, Command::StartReview, T0).await, who);
    }
    assert!(s
        .home_cards(&home("JPN"), 1, MAX_PER_PAGE)
        .await
        .unwrap()
        .items
        .is_empty());
    let jpn_home = s
        .home_queue(&home("JPN"), Default::default(), T0)
        .await
        .unwrap();
    assert_eq!(jpn_home.total, 0);

    // JPN's pre-clearance queue: the requests addressed to JPN, nothing else.
    let jpn = pco("JPN");
    let queue = s
        .pre_clearance_queue(&jpn, all_pending(), T0)
        .await
        .unwrap();
    let ids: BTreeSet<PreClearanceId> = queue.items.iter().map(|v| v.id).collect();
    assert_eq!(
        ids,
        BTreeSet::from([kor.pc("JPN")]),
        "TWN's JPN request is decided"
    );
    let decided = PreClearanceFilter {
        status: Some(PreClearanceStatus::Approved),
        ..all_pending()
    };
    let approved_ids: Vec<_> = s
        .pre_clearance_queue(&jpn, decided, T0)
        .await
        .unwrap()
        .items;
    assert_eq!(
        approved_ids.iter().map(|v| v.id).collect::<Vec<_>>(),
        [twn.pc("JPN")]
    );
    // The queue's filters stay within JPN's requests.
    let queue_ids = |filter: PreClearanceFilter, now| {
        let s = s.clone();
        async move {
            let page = s.pre_clearance_queue(&jpn, filter, now).await.unwrap();
            page.items.iter().map(|v| v.id).collect::<Vec<_>>()
        }
    };
    let from = |h: &str| PreClearanceFilter {
        home: Some(code(h)),
        ..all_pending()
    };
    let overdue = PreClearanceFilter {
        overdue_only: true,
        ..all_pending()
    };
    assert_eq!(queue_ids(from("KOR"), T0).await, [kor.pc("JPN")]);
    assert!(queue_ids(from("TWN"), T0).await.is_empty());
    assert!(queue_ids(overdue.clone(), T0).await.is_empty());
    assert_eq!(queue_ids(overdue, FAR_FUTURE).await, [kor.pc("JPN")]);
    // TWN is never asked about its own applicant; it sees KOR's request to TWN only.
    let twn_queue = s
        .pre_clearance_queue(&pco("TWN"), all_pending(), T0)
        .await
        .unwrap();
    assert_eq!(
        twn_queue.items.iter().map(|v| v.id).collect::<Vec<_>>(),
        [kor.pc("TWN")]
    );

    // Another economy's request does not exist for JPN.
    assert_not_found(
        s.pre_clearance(&jpn, kor.pc("TWN"), T0).await.map(|_| ()),
        "KOR's request to TWN",
    );
    assert_not_found(
        s.pre_clearance(&jpn, twn.pc("KOR"), T0).await.map(|_| ()),
        "KOR's request",
    );
    assert_not_found(
        s.pre_clearance_history(&jpn, twn.pc("KOR"), T0).await,
        "KOR's history",
    );
    assert_not_found(
        s.pre_clearance_photo(&jpn, twn.pc("KOR"), T0).await,
        "KOR's photo",
    );
    assert_not_found(
        decide(&s, "JPN", kor.pc("TWN"), Decision::Approve)
            .await
            .map(|_| ()),
        "deciding TWN's request",
    );
    assert_eq!(
        s.pre_clearance_photo(&jpn, twn.pc("JPN"), T0)
            .await
            .unwrap(),
        jpeg()
    );

    // JPN's history of its request: JPN's events only.
    let history = s
        .pre_clearance_history(&jpn, twn.pc("JPN"), T0)
        .await
        .unwrap();
    assert_eq!(
        kinds(&history),
        ["pre_clearance_requested", "pre_clearance_decided"]
    );
    assert!(history
        .iter()
        .all(|e| e.kind.pre_clearance_economy() == Some(code("JPN"))));

    // JPN's view carries what it needs to decide, and no contact details.
    let view = s.pre_clearance(&jpn, kor.pc("JPN"), T0).await.unwrap();
    assert_eq!(view.home, code("KOR"));
    assert_eq!(
        view.passport_number.as_ref().map(|p| p.as_str()),
        Some(PASSPORT_NUMBER)
    );
    let json = serde_json::to_string(&view).unwrap();
    for secret in [EMAIL, "example.com", ADDRESS, PHONE_DIGITS] {
        assert!(
            !json.contains(secret),
            "pre-clearance view leaks {secret}: {json}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Deciding twice.

async fn deciding_twice(s: S) {
    let a = approved(&s, "TWN").await;
    let view = decide(&s, "JPN", a.pc("JPN"), Decision::Approve)
        .await
        .unwrap();
    assert_eq!(view.status, PreClearanceStatus::Approved);
    assert_eq!(view.decided_at, Some(T0));
    assert_domain(
        decide(&s, "JPN", a.pc("JPN"), Decision::Decline).await,
        DomainError::AlreadyDecided,
        "second decision",
    );
    let case = s.case(home_access("TWN"), a.id(), T0).await.unwrap();
    assert_eq!(
        case.pre_clearance(code("JPN")).unwrap().status,
        PreClearanceStatus::Approved
    );
}

// ---------------------------------------------------------------------------------------------
// 4. Concurrency.

async fn concurrent_deciders(s: S) {
    let a = approved(&s, "TWN").await;
    let pc = a.pc("JPN");
    let results = concurrently(
        (0..8)
            .map(|i| {
                let s = s.clone();
                let d = if i % 2 == 0 {
                    Decision::Approve
                } else {
                    Decision::Decline
                };
                async move { decide(&s, "JPN", pc, d).await }
            })
            .collect(),
    )
    .await;
    let ok = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(ok, 1, "exactly one decision wins: {results:?}");
    for r in results.into_iter().filter(Result::is_err) {
        // Losers are refused as conflicts (AlreadyDecided is ErrorKind::Conflict).
        match r {
            Err(StoreError::Domain(e)) => {
                assert_eq!(e, DomainError::AlreadyDecided);
                assert_eq!(e.kind(), abtc_domain::ErrorKind::Conflict);
            }
            other => panic!("expected AlreadyDecided, got {other:?}"),
        }
    }
    let history = s.history(home_access("TWN"), a.id(), T0).await.unwrap();
    assert_eq!(
        kinds(&history)
            .iter()
            .filter(|k| **k == "pre_clearance_decided")
            .count(),
        1
    );
}

async fn concurrent_economies_issue_once(s: S) {
    let a = approved(&s, "MYS").await;
    assert_eq!(a.asked().len(), 18);
    let approving: BTreeSet<String> = a.asked().into_iter().step_by(2).collect();
    let results = concurrently(
        a.asked()
            .into_iter()
            .map(|economy| {
                let s = s.clone();
                let pc = a.pc(&economy);
                let d = if approving.contains(&economy) {
                    Decision::Approve
                } else {
                    Decision::Decline
                };
                async move { decide(&s, &economy, pc, d).await }
            })
            .collect(),
    )
    .await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");

    let case = s.case(home_access("MYS"), a.id(), T0).await.unwrap();
    assert_eq!(case.application.state, ApplicationState::Issued);
    assert_eq!(case.cards.len(), 1, "exactly one card");
    let on_card: BTreeSet<String> = case.cards[0]
        .economies
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(on_card, approving);
    let history = s.history(home_access("MYS"), a.id(), T0).await.unwrap();
    assert_eq!(
        kinds(&history)
            .iter()
            .filter(|k| **k == "card_issued")
            .count(),
        1
    );
    assert_eq!(
        kinds(&history)
            .iter()
            .filter(|k| **k == "pre_clearance_decided")
            .count(),
        18
    );
}

// ---------------------------------------------------------------------------------------------
// 5. Batches and idempotency.

fn approve_item(id: PreClearanceId) -> BatchItem {
    BatchItem {
        id,
        decision: Decision::Approve,
        note: None,
    }
}

fn key(key: &str, hash: &str) -> Option<IdempotencyKey> {
    Some(IdempotencyKey {
        key: key.into(),
        request_hash: hash.into(),
    })
}

async fn event_count(s: &S, a: &Applied) -> usize {
    s.history(a.access(), a.id(), T0).await.unwrap().len()
}

async fn batch_idempotency(s: S) {
    let a = approved(&s, "TWN").await;
    let jpn = pco("JPN");
    let unknown = PreClearanceId::from_bytes(*uuid::Uuid::new_v4().as_bytes());
    let items = vec![
        approve_item(a.pc("JPN")),
        approve_item(unknown),
        approve_item(a.pc("KOR")),
        approve_item(a.pc("JPN")),
    ];
    let first = s
        .decide_batch(&jpn, items.clone(), key("k1", "h1"), T0)
        .await
        .unwrap();
    assert!(!first.replayed);
    let codes: Vec<Option<&str>> = first
        .results
        .iter()
        .map(|r| r.error_code.as_deref())
        .collect();
    assert_eq!(
        codes,
        [
            None,
            Some("not_found"),
            Some("not_found"),
            Some("already_decided")
        ]
    );
    assert!(first.results[0].ok);
    assert_eq!(first.results[0].status, Some(PreClearanceStatus::Approved));
    assert!(first.results[1..]
        .iter()
        .all(|r| !r.ok && r.status.is_none()));
    assert_eq!(
        first.results.iter().map(|r| r.id).collect::<Vec<_>>(),
        items.iter().map(|i| i.id).collect::<Vec<_>>()
    );
    let case = s.case(home_access("TWN"), a.id(), T0).await.unwrap();
    assert_eq!(
        case.pre_clearance(code("KOR")).unwrap().status,
        PreClearanceStatus::Pending
    );

    // The same request again: the stored answer, nothing decided.
    let events = event_count(&s, &a).await;
    let pending = s.outbox_pending().await.unwrap();
    let again = s
        .decide_batch(&jpn, items.clone(), key("k1", "h1"), T0)
        .await
        .unwrap();
    assert_eq!(
        again,
        BatchOutcome {
            results: first.results.clone(),
            replayed: true
        }
    );
    assert_eq!(event_count(&s, &a).await, events);
    assert_eq!(s.outbox_pending().await.unwrap(), pending);

    // The key with another request: refused.
    match s
        .decide_batch(&jpn, items.clone(), key("k1", "h2"), T0)
        .await
    {
        Err(StoreError::Conflict("idempotency_key_reused")) => {}
        other => panic!("expected idempotency_key_reused, got {other:?}"),
    }
    // Keys belong to the caller: another JPN account's k1 is its own.
    let other_caller = pco("JPN");
    let fresh = s
        .decide_batch(
            &other_caller,
            vec![approve_item(a.pc("JPN"))],
            key("k1", "h2"),
            T0,
        )
        .await
        .unwrap();
    assert!(!fresh.replayed);
    assert_eq!(
        fresh.results[0].error_code.as_deref(),
        Some("already_decided")
    );

    // Two batches with one key at once: decided once, both answer the same.
    let b = approved(&s, "TWN").await;
    let outcomes = concurrently(
        (0..2)
            .map(|_| {
                let s = s.clone();
                let items = vec![approve_item(b.pc("JPN")), approve_item(b.pc("CHN"))];
                async move {
                    s.decide_batch(&jpn, items, key("k2", "h"), T0)
                        .await
                        .unwrap()
                }
            })
            .collect(),
    )
    .await;
    assert_eq!(
        outcomes.iter().filter(|o| o.replayed).count(),
        1,
        "{outcomes:?}"
    );
    assert_eq!(outcomes[0].results, outcomes[1].results);
    assert_eq!(
        outcomes[0].results[0].status,
        Some(PreClearanceStatus::Approved)
    );
    assert_eq!(
        outcomes[0].results[1].error_code.as_deref(),
        Some("not_found")
    );
    let history = s.history(b.access(), b.id(), T0).await.unwrap();
    assert_eq!(
        kinds(&history)
            .iter()
            .filter(|k| **k == "pre_clearance_decided")
            .count(),
        1
    );
}

// ---------------------------------------------------------------------------------------------
// 6. Issuance, replacement, expiry.

async fn issuance_replacement_expiry(s: S) {
    // Virtual-immediate: the card comes with the home approval; approvals join it in place.
    let a = approved(&s, "AUS").await;
    assert_eq!(a.case.application.state, ApplicationState::Issued);
    let card = a.case.active_card().expect("issued at approval").clone();
    assert!(card.is_virtual && card.economies.is_empty());
    assert_eq!(
        CardNumber::parse(card.number.as_str()).unwrap(),
        card.number
    );
    assert_eq!(card.number.economy().unwrap(), code("AUS"));
    decide(&s, "JPN", a.pc("JPN"), Decision::Approve)
        .await
        .unwrap();
    let now_on_card = s.card(a.access(), &card.number).await.unwrap();
    assert_eq!(now_on_card.economies, BTreeSet::from([code("JPN")]));
    assert_eq!(now_on_card.revision, 2);

    // Many issuances at once: every number distinct and well formed.
    let more = concurrently(
        (0..7)
            .map(|_| {
                let s = s.clone();
                async move { approved(&s, "AUS").await }
            })
            .collect(),
    )
    .await;

    // A lost card is replaced on a police report: old lost, new active.
    let lost = Command::ReplaceCard {
        reason: ReplacementReason::Lost {
            police_report: short("POLICE-2024-0042"),
        },
    };
    let replaced = s
        .execute(home_access("AUS"), a.id(), lost, T0)
        .await
        .unwrap();
    assert_eq!(replaced.cards.len(), 2);
    assert_eq!(replaced.cards[0].number, card.number);
    assert_eq!(replaced.cards[0].status, CardStatus::Lost);
    let new = replaced.active_card().expect("replacement is active");
    assert_eq!(new.replaces.as_ref(), Some(&card.number));
    assert_eq!(new.economies, BTreeSet::from([code("JPN")]));
    assert_eq!(
        s.card(home_access("AUS"), &card.number)
            .await
            .unwrap()
            .status,
        CardStatus::Lost
    );
    assert_eq!(
        s.card_application(a.access(), &new.number).await.unwrap(),
        a.id()
    );
    assert_eq!(s.my_cards(&a.applicant).await.unwrap().len(), 2);

    let all = s.home_cards(&home("AUS"), 1, MAX_PER_PAGE).await.unwrap();
    assert_eq!(all.total, 9);
    let numbers: HashSet<String> = all.items.iter().map(|c| c.number.to_string()).collect();
    assert_eq!(numbers.len(), 9, "card numbers are unique");
    for n in &numbers {
        CardNumber::parse(n).unwrap();
    }
    assert!(more.iter().all(|m| m.case.cards.len() == 1));

    // Long after: every active card expires, each case ticked once though two workers run.
    let due = 8;
    let ticked: u32 = concurrently(
        (0..2)
            .map(|_| {
                let s = s.clone();
                async move { s.run_due_ticks(FAR_FUTURE, 1000).await.unwrap() }
            })
            .collect(),
    )
    .await
    .into_iter()
    .sum();
    assert_eq!(ticked, due);
    assert_eq!(
        s.run_due_ticks(FAR_FUTURE, 1000).await.unwrap(),
        0,
        "nothing left to tick"
    );
    let after = s
        .home_cards(&home("AUS"), 1, MAX_PER_PAGE)
        .await
        .unwrap()
        .items;
    assert_eq!(
        after
            .iter()
            .filter(|c| c.status == CardStatus::Expired)
            .count(),
        8
    );
    assert_eq!(
        after
            .iter()
            .filter(|c| c.status == CardStatus::Lost)
            .count(),
        1
    );
    let history = s.history(CaseAccess::System, a.id(), T0).await.unwrap();
    assert_eq!(
        kinds(&history)
            .iter()
            .filter(|k| **k == "card_expired")
            .count(),
        1
    );
}

// ---------------------------------------------------------------------------------------------
// 7. Outbox.

async fn outbox_exactly_once(s: S) {
    let mut applicants = Vec::new();
    for home in ["TWN", "KOR", "AUS"] {
        applicants.push(approved(&s, home).await.applicant);
    }
    let queued = s.outbox_pending().await.unwrap();
    // submitted, review_started, home_approved each; and card_issued for AUS (virtual-immediate).
    assert_eq!(queued, 10);

    let delivered = concurrently(
        ["w1", "w2"]
            .into_iter()
            .map(|worker| {
                let s = s.clone();
                async move {
                    let mut mine = Vec::new();
                    loop {
                        let batch = s
                            .claim_outbox(worker, T0, T0 + Duration::minutes(5), 2)
                            .await
                            .unwrap();
                        if batch.is_empty() {
                            return mine;
                        }
                        for item in batch {
                            assert!(
                                s.deliver_to_inbox(worker, &item, T0).await.unwrap(),
                                "{worker} delivers {}",
                                item.id
                            );
                            mine.push(item.id);
                        }
                    }
                }
            })
            .collect(),
    )
    .await;
    let all: Vec<i64> = delivered.concat();
    let unique: HashSet<i64> = all.iter().copied().collect();
    assert_eq!(all.len(), unique.len(), "an item was delivered twice");
    assert_eq!(u64::try_from(all.len()).unwrap(), queued);
    assert_eq!(s.outbox_pending().await.unwrap(), 0);

    let mut notified = 0;
    for applicant in &applicants {
        let inbox = s.notifications(applicant).await.unwrap();
        let kinds: HashSet<&str> = inbox.iter().map(|n| n.kind.as_str()).collect();
        assert!(kinds.is_superset(&HashSet::from([
            "submitted",
            "review_started",
            "home_approved"
        ])));
        notified += inbox.len();
    }
    assert_eq!(u64::try_from(notified).unwrap(), queued);
}

async fn outbox_expired_lease(s: S) {
    let a = submitted(&s, "TWN").await;
    let lease = Duration::seconds(30);
    let first = s.claim_outbox("slow", T0, T0 + lease, 10).await.unwrap();
    assert_eq!(first.len(), 1);
    let item = &first[0];
    assert!(
        s.claim_outbox("fast", T0 + Duration::seconds(10), T0 + lease, 10)
            .await
            .unwrap()
            .is_empty(),
        "leased"
    );

    let later = T0 + Duration::minutes(1);
    let second = s
        .claim_outbox("fast", later, later + lease, 10)
        .await
        .unwrap();
    assert_eq!(second.len(), 1, "an expired lease can be claimed again");
    assert_eq!(second[0].id, item.id);
    assert_eq!(second[0].attempts, 2);
    assert!(
        !s.deliver_to_inbox("slow", item, later).await.unwrap(),
        "the first worker lost its lease"
    );
    s.retry_outbox("slow", item.id, later).await.unwrap(); // not its own: no effect
    assert!(s.deliver_to_inbox("fast", &second[0], later).await.unwrap());
    assert!(
        !s.deliver_to_inbox("fast", &second[0], later).await.unwrap(),
        "delivered once"
    );
    assert_eq!(s.notifications(&a.applicant).await.unwrap().len(), 1);
    assert_eq!(s.outbox_pending().await.unwrap(), 0);

    // Given back for later: claimable once its time comes, not before.
    s.execute(home_access("TWN"), a.id(), Command::StartReview, T0)
        .await
        .unwrap();
    let item = s
        .claim_outbox("w", later, later + lease, 10)
        .await
        .unwrap()
        .remove(0);
    s.retry_outbox("w", item.id, later + Duration::hours(1))
        .await
        .unwrap();
    assert!(s
        .claim_outbox("w", later, later + lease, 10)
        .await
        .unwrap()
        .is_empty());
    let retried = s
        .claim_outbox(
            "w",
            later + Duration::hours(2),
            later + Duration::hours(3),
            10,
        )
        .await
        .unwrap();
    assert_eq!(retried.iter().map(|i| i.id).collect::<Vec<_>>(), [item.id]);
}

// ---------------------------------------------------------------------------------------------
// 8. Accounts.

async fn accounts(s: S) {
    // Applicants: one account per name.
    let name = unique_username();
    s.create_applicant(new_account(new_id(), &name, Role::Applicant, None), T0)
        .await
        .unwrap();
    match s
        .create_applicant(new_account(new_id(), &name, Role::Applicant, None), T0)
        .await
    {
        Err(StoreError::Conflict(_)) => {}
        other => panic!("duplicate username: expected Conflict, got {other:?}"),
    }
    assert_domain(
        s.create_applicant(
            new_account(new_id(), &unique_username(), Role::CaseOfficer, Some("TWN")),
            T0,
        )
        .await,
        DomainError::Forbidden,
        "an officer through self-registration",
    );
    let record = s.login_record(&name).await.unwrap().expect("login record");
    assert_eq!(record.role, Role::Applicant);
    assert!(!record.disabled);
    assert!(s
        .login_record("nobody@example.org")
        .await
        .unwrap()
        .is_none());

    // Staff: an economy administrator creates its own economy's officers only.
    let twn_admin = StaffAuthority::Economy(admin("TWN"));
    let officer = new_account(new_id(), &unique_username(), Role::CaseOfficer, Some("TWN"));
    s.create_staff(twn_admin, officer.clone(), T0)
        .await
        .unwrap();
    for (role, economy) in [(Role::CaseOfficer, "JPN"), (Role::EconomyAdmin, "TWN")] {
        assert_domain(
            s.create_staff(
                twn_admin,
                new_account(new_id(), &unique_username(), role, Some(economy)),
                T0,
            )
            .await,
            DomainError::Forbidden,
            "staff outside the administrator's reach",
        );
    }
    s.create_staff(
        StaffAuthority::Operator,
        new_account(new_id(), &unique_username(), Role::CaseOfficer, Some("JPN")),
        T0,
    )
    .await
    .unwrap();
    let staff = s.list_staff(twn_admin).await.unwrap();
    assert_eq!(staff.iter().map(|a| a.id).collect::<Vec<_>>(), [officer.id]);

    // Sessions resolve until they expire.
    let token = "session-hash";
    let expires = T0 + Duration::hours(1);
    s.create_session(token, officer.id, T0, expires)
        .await
        .unwrap();
    let p = s
        .session_principal(token, T0 + Duration::minutes(59))
        .await
        .unwrap()
        .expect("live session");
    assert_eq!(
        (p.account(), p.role(), p.economy()),
        (officer.id, Role::CaseOfficer, Some(code("TWN")))
    );
    assert!(
        s.session_principal(token, expires).await.unwrap().is_none(),
        "expired at its end"
    );
    assert!(s
        .session_principal(token, expires + Duration::hours(1))
        .await
        .unwrap()
        .is_none());
    assert!(s.session_principal("other", T0).await.unwrap().is_none());
    s.delete_session(token).await.unwrap();
    assert!(s.session_principal(token, T0).await.unwrap().is_none());

    // Expired sessions are purged, live ones kept.
    s.create_session("old", officer.id, T0, expires)
        .await
        .unwrap();
    s.create_session("live", officer.id, T0, expires + Duration::days(1))
        .await
        .unwrap();
    assert_eq!(s.purge_expired_sessions(expires).await.unwrap(), 1);
    assert!(s
        .session_principal("live", expires)
        .await
        .unwrap()
        .is_some());

    // Login throttle counts failures per name, known or not, until cleared.
    for (i, n) in [1u32, 2, 3].into_iter().enumerate() {
        let at = T0 + Duration::seconds(i64::try_from(i).unwrap());
        assert_eq!(s.record_login_failure(&name, at).await.unwrap(), n);
    }
    let throttle = s.login_throttle(&name).await.unwrap().expect("throttle");
    assert_eq!(
        (throttle.failures, throttle.last_failure_at),
        (3, T0 + Duration::seconds(2))
    );
    assert_eq!(
        s.record_login_failure("ghost@example.org", T0)
            .await
            .unwrap(),
        1
    );
    s.clear_login_failures(&name).await.unwrap();
    assert!(s.login_throttle(&name).await.unwrap().is_none());

    // API clients act as their economy's national system until revoked, by their own economy only.
    let client = new_id();
    s.create_api_client(
        twn_admin,
        code("TWN"),
        client,
        "TWN immigration",
        "api-hash",
        T0,
    )
    .await
    .unwrap();
    assert_domain(
        s.create_api_client(twn_admin, code("JPN"), new_id(), "JPN", "api-hash-2", T0)
            .await,
        DomainError::Forbidden,
        "a client for another economy",
    );
    let p = s
        .token_principal("api-hash")
        .await
        .unwrap()
        .expect("token resolves");
    assert_eq!(
        (p.account(), p.role(), p.economy()),
        (client, Role::NationalSystem, Some(code("TWN")))
    );
    assert_eq!(p.home().unwrap().economy(), code("TWN"));
    assert_eq!(p.pre_clearance().unwrap().economy(), code("TWN"));
    assert_eq!(s.list_api_clients(&admin("TWN")).await.unwrap().len(), 1);
    assert!(s.list_api_clients(&admin("JPN")).await.unwrap().is_empty());
    assert_not_found(
        s.revoke_api_client(&admin("JPN"), client, T0).await,
        "revoke by JPN",
    );
    assert!(s.token_principal("api-hash").await.unwrap().is_some());
    s.revoke_api_client(&admin("TWN"), client, T0)
        .await
        .unwrap();
    assert!(s.token_principal("api-hash").await.unwrap().is_none());
    assert!(s.list_api_clients(&admin("TWN")).await.unwrap()[0].revoked);
    assert_not_found(
        s.revoke_api_client(&admin("TWN"), client, T0).await,
        "revoke twice",
    );
}

// ---------------------------------------------------------------------------------------------
// 9. Public status.

async fn public_status(s: S) {
    let a = approved(&s, "TWN").await;
    decide(&s, "JPN", a.pc("JPN"), Decision::Approve)
        .await
        .unwrap();
    decide(&s, "KOR", a.pc("KOR"), Decision::Decline)
        .await
        .unwrap();
    let reference = a.case.application.reference.clone();
    // The tracker forgives lower case and missing dashes.
    let typed = Reference::parse(&reference.as_str().to_lowercase().replace('-', "")).unwrap();
    let status = s.public_status(&typed).await.unwrap();
    assert_eq!(status.reference, reference.to_string());
    assert_eq!(status.state, ApplicationState::PreClearance);
    assert_eq!(status.home, code("TWN"));
    assert_eq!(status.submitted_on, Some(T0.date()));
    assert_eq!(
        (
            status.pre_clearances_requested,
            status.pre_clearances_answered
        ),
        (18, 2)
    );
    assert!(!status.card_issued);
    let json = serde_json::to_string(&status).unwrap().to_lowercase();
    for secret in [
        FAMILY_NAME,
        "mei",
        PASSPORT_NUMBER,
        EMAIL,
        ADDRESS,
        PHONE_DIGITS,
    ] {
        assert!(
            !json.contains(&secret.to_lowercase()),
            "public status leaks {secret}: {json}"
        );
    }
    assert_not_found(
        s.public_status(&Reference::parse("ABTC-0000-0000").unwrap())
            .await,
        "unknown reference",
    );
}

// ---------------------------------------------------------------------------------------------
// The virtual card's records: keys, trust lists, device keys, credential slots and revocation.

async fn credentials(s: S) {
    use abtc_store::KeyRole;
    // Keys: stored with their secret, listed, retired once.
    let id = s
        .add_signing_key(
            Some(code("AUS")),
            KeyRole::Dsc,
            vec![1, 2, 3],
            vec![9; 32],
            T0,
        )
        .await
        .unwrap();
    let keys = s.signing_keys().await.unwrap();
    let key = keys.iter().find(|k| k.id == id).unwrap();
    assert_eq!(
        (key.role, key.economy, key.secret.len()),
        (KeyRole::Dsc, Some(code("AUS")), 32)
    );
    assert!(
        !format!("{key:?}").contains("9, 9"),
        "Debug must not show the secret"
    );
    s.retire_signing_key(id, T0).await.unwrap();
    assert_not_found(s.retire_signing_key(id, T0).await, "retiring twice");
    // Trust lists: versions are unique, the latest wins.
    assert!(s.latest_trust_list().await.unwrap().is_none());
    s.save_trust_list(1, vec![1], T0).await.unwrap();
    s.save_trust_list(2, vec![2], T0).await.unwrap();
    assert!(matches!(
        s.save_trust_list(2, vec![3], T0).await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(s.latest_trust_list().await.unwrap(), Some((2, vec![2])));

    // An AUS holder's card (virtual-immediate: issued at home approval).
    let a = approved(&s, "AUS").await;
    let card = a
        .case
        .active_card()
        .expect("card issued at approval")
        .number
        .clone();
    let holder = CaseAccess::Applicant(a.applicant);
    let slot = s.credential_slot(holder, &card, 1, "").await.unwrap();
    assert!(slot.issued.is_none());
    assert_eq!(
        s.credential_slot(holder, &card, 1, "")
            .await
            .unwrap()
            .status_index,
        slot.status_index
    );
    s.put_credential(&card, 1, "", vec![7; 10], T0 + Duration::hours(72))
        .await
        .unwrap();
    let again = s
        .credential_slot(home_access("AUS"), &card, 1, "")
        .await
        .unwrap();
    assert_eq!(again.issued, Some((vec![7; 10], T0 + Duration::hours(72))));
    // Scoped: another applicant or another economy sees no slot, key or device key.
    let stranger = CaseAccess::Applicant(register(&s).await);
    assert_not_found(
        s.credential_slot(stranger, &card, 1, "").await,
        "stranger's slot",
    );
    assert_not_found(
        s.credential_slot(home_access("JPN"), &card, 1, "").await,
        "JPN's slot",
    );
    assert_not_found(s.device_key(stranger, &card).await, "stranger's device key");
    assert!(s.revoked_indices(code("AUS")).await.unwrap().is_empty());

    // A device key moves the card to a new credential; the old one is revoked.
    let other = register(&s).await;
    assert_not_found(
        s.register_device_key(&other, &card, vec![4; 65], T0).await,
        "someone else's card",
    );
    s.register_device_key(&a.applicant, &card, vec![4; 65], T0)
        .await
        .unwrap();
    assert_eq!(
        s.device_key(holder, &card).await.unwrap(),
        Some(vec![4; 65])
    );
    assert_eq!(
        s.revoked_indices(code("AUS")).await.unwrap(),
        vec![slot.status_index]
    );
    let hash = "8c1a6f6d"; // any stable text stands in for the key's hash here
    let bound = s.credential_slot(holder, &card, 1, hash).await.unwrap();
    assert_ne!(bound.status_index, slot.status_index);

    // A new approval changes the card's revision: every earlier credential is revoked.
    decide(&s, "JPN", a.pc("JPN"), Decision::Approve)
        .await
        .unwrap();
    let revoked = s.revoked_indices(code("AUS")).await.unwrap();
    assert!(
        revoked.contains(&slot.status_index) && revoked.contains(&bound.status_index),
        "{revoked:?}"
    );
    assert!(
        s.revoked_indices(code("JPN")).await.unwrap().is_empty(),
        "other issuers unaffected"
    );

    // Indices are per issuer and never reused.
    let b = approved(&s, "AUS").await;
    let card_b = b.case.active_card().unwrap().number.clone();
    let slot_b = s
        .credential_slot(CaseAccess::Applicant(b.applicant), &card_b, 1, "")
        .await
        .unwrap();
    assert!(![slot.status_index, bound.status_index].contains(&slot_b.status_index));
}

// ---------------------------------------------------------------------------------------------
// Searching the queues.

/// The officers' search finds a reference or a name in any case, anywhere in the field, takes
/// wildcards literally, and stays inside the caller's queue.
async fn queue_search(s: S) {
    let first = submitted(&s, "TWN").await;
    let applicant = register(&s).await;
    let mut wang = form("TWN");
    wang.family_name = Some(MrzName::parse("WANG").unwrap());
    wang.given_names = Some(MrzName::parse("XIAO MING").unwrap());
    let case = s
        .create_application(&applicant, code("TWN"), wang, T0)
        .await
        .unwrap();
    let id = case.application.id;
    s.attach_photo(&applicant, id, photo(), T0).await.unwrap();
    let case = s
        .execute(CaseAccess::Applicant(applicant), id, Command::Submit, T0)
        .await
        .unwrap();
    let mut second = Applied { applicant, case };

    let home_ids = |economy: &'static str, search: Option<&str>| {
        let s = s.clone();
        let filter = ApplicationFilter {
            search: search.map(str::to_owned),
            per_page: MAX_PER_PAGE,
            ..Default::default()
        };
        async move {
            let page = s.home_queue(&home(economy), filter, T0).await.unwrap();
            let ids: BTreeSet<ApplicationId> = page.items.iter().map(|a| a.id).collect();
            assert_eq!(page.total, ids.len() as u64, "the count follows the search");
            ids
        }
    };
    let both = BTreeSet::from([first.id(), second.id()]);
    assert_eq!(home_ids("TWN", None).await, both);
    assert_eq!(
        home_ids("TWN", Some("  ")).await,
        both,
        "blank is no search"
    );
    assert_eq!(
        home_ids("TWN", Some("wang")).await,
        BTreeSet::from([second.id()])
    );
    assert_eq!(
        home_ids("TWN", Some("Xiao Ming Wang")).await,
        BTreeSet::from([second.id()]),
        "given names first"
    );
    assert_eq!(
        home_ids("TWN", Some("wang xiao")).await,
        BTreeSet::from([second.id()]),
        "family name first"
    );
    let reference = first.case.application.reference.as_str().to_owned();
    let tail = reference[5..].to_lowercase();
    assert_eq!(
        home_ids("TWN", Some(&tail)).await,
        BTreeSet::from([first.id()])
    );
    for wildcard in ["%", "_", "!", "W_NG", "W%"] {
        assert!(
            home_ids("TWN", Some(wildcard)).await.is_empty(),
            "{wildcard} is taken literally"
        );
    }
    assert!(home_ids("JPN", Some("wang")).await.is_empty(), "scoped");

    // The same search over pre-clearance requests, within the asked economy's own.
    let mut first = first;
    for a in [&mut first, &mut second] {
        for command in [Command::StartReview, Command::Approve] {
            a.case = s
                .execute(home_access("TWN"), a.id(), command, T0)
                .await
                .unwrap();
        }
    }
    let pc_ids = |economy: &'static str, search: Option<&str>| {
        let s = s.clone();
        let filter = PreClearanceFilter {
            search: search.map(str::to_owned),
            ..all_pending()
        };
        async move {
            let page = s
                .pre_clearance_queue(&pco(economy), filter, T0)
                .await
                .unwrap();
            let ids: BTreeSet<PreClearanceId> = page.items.iter().map(|v| v.id).collect();
            assert_eq!(page.total, ids.len() as u64, "the count follows the search");
            ids
        }
    };
    assert_eq!(
        pc_ids("JPN", None).await,
        BTreeSet::from([first.pc("JPN"), second.pc("JPN")])
    );
    assert_eq!(
        pc_ids("JPN", Some("wang")).await,
        BTreeSet::from([second.pc("JPN")])
    );
    assert_eq!(
        pc_ids("KOR", Some("WANG")).await,
        BTreeSet::from([second.pc("KOR")])
    );
    assert_eq!(
        pc_ids("JPN", Some(&reference)).await,
        BTreeSet::from([first.pc("JPN")])
    );
    assert!(pc_ids("JPN", Some("%")).await.is_empty());
    let from_twn = PreClearanceFilter {
        home: Some(code("TWN")),
        search: Some("lindqvist".into()),
        overdue_only: true,
        ..all_pending()
    };
    let overdue = s
        .pre_clearance_queue(&pco("JPN"), from_twn, FAR_FUTURE)
        .await
        .unwrap();
    assert_eq!(
        overdue.items.iter().map(|v| v.id).collect::<Vec<_>>(),
        [first.pc("JPN")],
        "search combines with the other filters"
    );
    assert!(
        pc_ids("TWN", Some("wang")).await.is_empty(),
        "TWN is not asked"
    );
}

async fn email_confirmation(s: S) {
    let me = register(&s).await;
    let id = me.account();
    assert!(
        !s.email_confirmed(&me).await.unwrap(),
        "new accounts start unconfirmed"
    );
    s.add_email_confirmation(id, "expires-soon", T0 + Duration::hours(1))
        .await
        .unwrap();
    s.add_email_confirmation(id, "the-link", T0 + Duration::days(2))
        .await
        .unwrap();
    assert!(!s.confirm_email("no-such-token", T0).await.unwrap());
    assert!(
        !s.confirm_email("expires-soon", T0 + Duration::hours(2))
            .await
            .unwrap(),
        "an expired link does nothing"
    );
    assert!(!s.email_confirmed(&me).await.unwrap());
    assert!(s
        .confirm_email("the-link", T0 + Duration::days(1))
        .await
        .unwrap());
    assert!(s.email_confirmed(&me).await.unwrap());
    assert!(
        !s.confirm_email("the-link", T0 + Duration::days(1))
            .await
            .unwrap(),
        "a link works once"
    );
    // Confirmed accounts and staff get no more links; another applicant's confirmation is theirs.
    assert_not_found(
        s.add_email_confirmation(id, "again", T0 + Duration::days(2))
            .await,
        "a confirmed account",
    );
    let officer = new_account(new_id(), &unique_username(), Role::CaseOfficer, Some("TWN"));
    s.create_staff(StaffAuthority::Operator, officer.clone(), T0)
        .await
        .unwrap();
    assert_not_found(
        s.add_email_confirmation(officer.id, "staff", T0 + Duration::days(2))
            .await,
        "a staff account",
    );
    let other = register(&s).await;
    assert!(!s.email_confirmed(&other).await.unwrap());
    let (mine, _) = s.applicant_contact(&me).await.unwrap();
    let (theirs, _) = s.applicant_contact(&other).await.unwrap();
    assert_ne!(mine, theirs, "each applicant reads only their own contact");
}

// ---------------------------------------------------------------------------------------------
// Audit chain.

/// Many writers at once, some auditing alone and some auditing case commands that lock rows, keep
/// one unbroken chain with ids 1, 2, 3… (no fork, no gap, no deadlock).
async fn audit_chain_concurrent_appends(s: S) {
    let a = approved(&s, "TWN").await;
    let before = s.verify_audit_chain().await.unwrap();
    assert!(before.intact(), "{:?}", before.problems);
    let mut writers = Vec::new();
    for w in 0..8 {
        let s = s.clone();
        writers.push(async move {
            for i in 0..15 {
                s.record_audit(abtc_store::NewAudit {
                    at: T0,
                    actor_account: None,
                    actor_role: None,
                    actor_economy: None,
                    action: "login".into(),
                    subject: "session".into(),
                    outcome: format!("failed-{w}-{i}"),
                })
                .await
                .unwrap();
            }
        });
    }
    let readers: Vec<_> = (0..4)
        .map(|_| {
            let s = s.clone();
            let id = a.id();
            async move {
                for _ in 0..5 {
                    s.case(home_access("TWN"), id, T0).await.unwrap();
                }
            }
        })
        .collect();
    let deciders: Vec<_> = ["JPN", "KOR", "AUS", "NZL"]
        .into_iter()
        .map(|e| {
            let s = s.clone();
            let pc = a.pc(e);
            async move {
                s.execute_pre_clearance(
                    &pco(e),
                    pc,
                    abtc_store::PreClearanceAction::Decide {
                        decision: Decision::Approve,
                        note: None,
                    },
                    T0,
                )
                .await
                .unwrap();
            }
        })
        .collect();
    let mut all: Vec<std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>> = Vec::new();
    all.extend(writers.into_iter().map(|f| Box::pin(f) as _));
    all.extend(readers.into_iter().map(|f| Box::pin(f) as _));
    all.extend(deciders.into_iter().map(|f| Box::pin(f) as _));
    concurrently(all).await;

    let after = s.verify_audit_chain().await.unwrap();
    assert!(after.intact(), "{:?}", after.problems);
    assert_eq!(after.records, before.records + 8 * 15 + 4 * 5 + 4);
    let log = s.audit_log(&auditor(), 1, MAX_PER_PAGE).await.unwrap();
    let ids: Vec<i64> = log.items.iter().rev().map(|e| e.id).collect();
    let expected: Vec<i64> = (1..=i64::try_from(after.records).unwrap()).collect();
    assert_eq!(ids, expected, "ids run without gaps in chain order");
}

/// Staff and national-system reads of personal data are audited by id only; the auditor's report
/// counts them by role and economy, with logins, key events and revocations.
async fn audit_reads_and_report(s: S) {
    let a = approved(&s, "TWN").await;
    let national = principal(Role::NationalSystem, Some("JPN"))
        .pre_clearance()
        .unwrap();
    s.pre_clearance(&pco("JPN"), a.pc("JPN"), T0).await.unwrap();
    s.pre_clearance_photo(&national, a.pc("JPN"), T0)
        .await
        .unwrap();
    s.pre_clearance_history(&pco("JPN"), a.pc("JPN"), T0)
        .await
        .unwrap();
    s.photo(home_access("TWN"), a.id(), T0).await.unwrap();
    s.photo(a.access(), a.id(), T0).await.unwrap();
    // A read the scope refuses is not an access.
    assert_not_found(
        s.pre_clearance(&pco("KOR"), a.pc("JPN"), T0).await,
        "another economy's request",
    );
    s.record_audit(abtc_store::NewAudit {
        at: T0,
        actor_account: None,
        actor_role: None,
        actor_economy: None,
        action: "login".into(),
        subject: "session".into(),
        outcome: "failed".into(),
    })
    .await
    .unwrap();

    let log = s.audit_log(&auditor(), 1, MAX_PER_PAGE).await.unwrap();
    let reads: Vec<(&str, &str)> = log
        .items
        .iter()
        .rev()
        .filter(|e| e.action.starts_with("read_"))
        .map(|e| (e.action.as_str(), e.subject.as_str()))
        .collect();
    let pc = format!("pre_clearance:{}", a.pc("JPN"));
    let app = format!("application:{}", a.id());
    assert_eq!(
        reads,
        [
            ("read_pre_clearance", pc.as_str()),
            ("read_pre_clearance_photo", pc.as_str()),
            ("read_pre_clearance_history", pc.as_str()),
            ("read_photo", app.as_str()),
        ]
    );

    let report = s
        .audit_report(&auditor(), T0 - Duration::days(1), T0 + Duration::days(1))
        .await
        .unwrap();
    assert_eq!(report.records, log.total);
    let count = |role: Role, economy: &str| {
        report
            .accesses
            .iter()
            .find(|c| c.role == Some(role) && c.economy == Some(code(economy)))
            .map_or(0, |c| c.count)
    };
    assert_eq!(count(Role::PreClearanceOfficer, "JPN"), 2);
    assert_eq!(count(Role::NationalSystem, "JPN"), 1);
    assert_eq!(count(Role::CaseOfficer, "TWN"), 1);
    assert_eq!(report.accesses.iter().map(|c| c.count).sum::<u64>(), 4);
    assert_eq!(report.logins_failed, 1);
    assert!(report.key_events.iter().all(|k| k.count == 0));
    let empty = s
        .audit_report(&auditor(), T0 + Duration::days(1), T0 + Duration::days(2))
        .await
        .unwrap();
    assert_eq!(empty.records, 0);
    assert!(empty.accesses.is_empty());
    assert!(s.verify_audit_chain().await.unwrap().intact());
}

// ---------------------------------------------------------------------------------------------
// Communications: mail of outbox messages, notices to cardholders.

/// Claims and completes everything due, without mail.
async fn settle_outbox(s: &S) {
    for item in drain_outbox(s, "settle").await {
        assert!(s.deliver_to_inbox("settle", &item, T0).await.unwrap());
    }
}

async fn outbox_mail_and_notices(s: S) {
    use abtc_store::{MailOutcome, NewNotice, NoticeAudience, NoticeAuthority};
    // A and B hold AUS virtual cards (virtual-immediate); JPN pre-clears A. C's TWN case has no card.
    let a = approved(&s, "AUS").await;
    let b = approved(&s, "AUS").await;
    let c = approved(&s, "TWN").await;
    assert!(c.case.cards.is_empty());
    decide(&s, "JPN", a.pc("JPN"), Decision::Approve)
        .await
        .unwrap();
    s.set_mail_language(&a.applicant, "ja").await.unwrap();
    settle_outbox(&s).await;

    let notice = |audience, subject: &str| NewNotice {
        audience,
        subject: subject.into(),
        body: "Body".into(),
    };
    let jpn = NoticeAuthority::Economy(admin("JPN"));
    let pending = s.outbox_pending().await.unwrap();
    for audience in [
        NoticeAudience::All,
        NoticeAudience::Home {
            economy: code("AUS"),
        },
        NoticeAudience::PreCleared {
            economy: code("KOR"),
        },
    ] {
        assert_domain(
            s.send_notice(jpn, notice(audience, "no"), T0).await,
            DomainError::Forbidden,
            "an economy addresses only its own cardholders",
        );
    }
    assert_eq!(
        s.outbox_pending().await.unwrap(),
        pending,
        "a refusal queues nothing"
    );

    let pre_cleared = s
        .send_notice(
            jpn,
            notice(
                NoticeAudience::PreCleared {
                    economy: code("JPN"),
                },
                "jpn",
            ),
            T0,
        )
        .await
        .unwrap();
    assert_eq!(pre_cleared.recipients, 1);
    let aus = NoticeAuthority::Economy(admin("AUS"));
    let home = s
        .send_notice(
            aus,
            notice(
                NoticeAudience::Home {
                    economy: code("AUS"),
                },
                "aus",
            ),
            T0,
        )
        .await
        .unwrap();
    assert_eq!(home.recipients, 2);
    let scheme = principal(Role::SchemeAdmin, None).scheme_admin().unwrap();
    let all = s
        .send_notice(
            NoticeAuthority::Scheme(scheme),
            notice(NoticeAudience::All, "all"),
            T0,
        )
        .await
        .unwrap();
    assert_eq!(all.recipients, 2, "cardholders only");
    assert!(pre_cleared.id != home.id && home.id != all.id);

    let items = drain_outbox(&s, "w").await;
    assert_eq!(items.len(), 5);
    let mut per_subject = std::collections::BTreeMap::<String, usize>::new();
    for item in &items {
        assert_eq!(item.kind, "notice");
        assert!(
            s.outbox_mail("other", item).await.unwrap().is_none(),
            "not the lease holder"
        );
        let mail = s
            .outbox_mail("w", item)
            .await
            .unwrap()
            .expect("an applicant's address");
        let notice = mail.notice.expect("the notice's text");
        *per_subject.entry(notice.subject.clone()).or_default() += 1;
        assert_eq!(notice.body, "Body");
        let is_a = item.recipient == a.applicant.account();
        assert!(is_a || item.recipient == b.applicant.account());
        assert_eq!(
            mail.language.as_deref(),
            if is_a { Some("ja") } else { None }
        );
        assert!(mail.address.ends_with("@example.org"));
        assert_eq!(
            notice.author_economy,
            match notice.subject.as_str() {
                "jpn" => Some(code("JPN")),
                "aus" => Some(code("AUS")),
                _ => None,
            }
        );
    }
    assert_eq!(
        per_subject,
        [
            ("all".to_owned(), 2),
            ("aus".to_owned(), 2),
            ("jpn".to_owned(), 1)
        ]
        .into()
    );

    // The inbox first (once, however often), then completion with the mail's outcome, once.
    let first = &items[0];
    let owner = if first.recipient == a.applicant.account() {
        &a
    } else {
        &b
    };
    let before = s.notifications(&owner.applicant).await.unwrap().len();
    assert!(s.post_to_inbox("w", first, T0).await.unwrap());
    assert!(s.post_to_inbox("w", first, T0).await.unwrap());
    assert!(!s.post_to_inbox("other", first, T0).await.unwrap());
    assert_eq!(
        s.notifications(&owner.applicant).await.unwrap().len(),
        before + 1
    );
    assert!(!s
        .complete_outbox("other", first, MailOutcome::Sent, T0)
        .await
        .unwrap());
    assert!(s
        .complete_outbox("w", first, MailOutcome::Sent, T0)
        .await
        .unwrap());
    assert!(
        !s.complete_outbox("w", first, MailOutcome::Sent, T0)
            .await
            .unwrap(),
        "once"
    );
    assert!(
        s.outbox_mail("w", first).await.unwrap().is_none(),
        "delivered: never mailed again"
    );
    assert_eq!(
        s.notifications(&owner.applicant).await.unwrap().len(),
        before + 1
    );
    for item in &items[1..] {
        assert!(s
            .complete_outbox("w", item, MailOutcome::Failed, T0)
            .await
            .unwrap());
    }
    assert_eq!(s.outbox_pending().await.unwrap(), 0);
    assert!(drain_outbox(&s, "w").await.is_empty());
    let c_inbox = s.notifications(&c.applicant).await.unwrap();
    assert!(c_inbox.iter().all(|n| n.kind != "notice"));
}

// ---------------------------------------------------------------------------------------------
// Reports.

/// Submitted at T0, approved by the home economy `days` later.
async fn approved_after(s: &S, home: &str, days: i64) -> Applied {
    let mut a = submitted(s, home).await;
    let at = T0 + Duration::days(days);
    for command in [Command::StartReview, Command::Approve] {
        a.case = s
            .execute(home_access(home), a.id(), command, at)
            .await
            .unwrap();
    }
    a
}

async fn decide_at(s: &S, economy: &str, id: PreClearanceId, at: time::OffsetDateTime) {
    s.execute_pre_clearance(
        &pco(economy),
        id,
        abtc_store::PreClearanceAction::Decide {
            decision: Decision::Approve,
            note: None,
        },
        at,
    )
    .await
    .unwrap();
}

async fn processing_report(s: S) {
    use abtc_store::report::ReportQuery;
    let a1 = approved_after(&s, "TWN", 2).await;
    let a2 = approved_after(&s, "TWN", 4).await;
    let _a3 = approved_after(&s, "TWN", 10).await;
    // JPN answers a1 in one day and a2 in three; a3's request stays pending.
    decide_at(&s, "JPN", a1.pc("JPN"), T0 + Duration::days(3)).await;
    decide_at(&s, "JPN", a2.pc("JPN"), T0 + Duration::days(7)).await;
    // A virtual-immediate economy issues a virtual card at approval.
    let _aus = approved_after(&s, "AUS", 1).await;
    submitted(&s, "TWN").await; // still awaiting the home review
                                // Cardholder service: a complaint to TWN (open, overdue by the report's day), and a refund
                                // request to JPN, in the period.
    s.raise_ticket(
        &a1.applicant,
        new_ticket(TicketKind::Complaint, TicketRoute::Home, None),
        T0 + Duration::days(5),
    )
    .await
    .unwrap();
    s.raise_ticket(
        &a2.applicant,
        new_ticket(
            TicketKind::Refund,
            TicketRoute::Economy(code("JPN")),
            Some(RefundReason::BorderClosure),
        ),
        T0 + Duration::days(5),
    )
    .await
    .unwrap();

    let now = T0 + Duration::days(200);
    let scope = principal(Role::PreClearanceOfficer, Some("KOR"))
        .reports()
        .unwrap();
    let query = ReportQuery {
        economy: Some(code("TWN")),
        from: T0.date(),
        to: date!(2024 - 03 - 31),
        now,
    };
    let twn = s.processing_report(&scope, query).await.unwrap();
    assert_eq!(twn.economies.len(), 1);
    let row = &twn.economies[0];
    assert_eq!(row.home_review.decisions, 3);
    assert_eq!(row.home_review.median_days, Some(4.0));
    assert_eq!(row.home_review.p90_days, Some(10.0));
    assert_eq!(row.home_review.target_days, Some(30));
    assert_eq!(row.home_review.within_target, Some(3));
    assert_eq!(row.home_review.within_target_share, Some(1.0));
    assert_eq!(row.home_pending, 1);
    assert_eq!(
        row.home_overdue, 1,
        "due 30 days after submission, 200 days ago"
    );
    assert_eq!(row.applicants, 4);
    assert_eq!(row.applicants_f, 4);
    assert_eq!(row.applicants_sme, 4);
    assert_eq!(row.sme_share, Some(1.0));
    assert_eq!(
        (
            row.tickets_raised,
            row.complaints_raised,
            row.refunds_requested
        ),
        (1, 1, 0)
    );
    assert_eq!((row.tickets_open, row.tickets_overdue), (1, 1));
    assert_eq!(row.cards_issued, 0, "all-responded: nothing printed yet");
    let mut total = twn.total.clone();
    total.economy = row.economy;
    assert_eq!(total, *row, "one economy's total is its row");
    assert_eq!(twn.months.len(), 1);
    assert_eq!(twn.months[0].month, "2024-03");
    assert_eq!(twn.months[0].home_decisions, 3);

    let jpn = s
        .processing_report(
            &scope,
            ReportQuery {
                economy: Some(code("JPN")),
                ..query
            },
        )
        .await
        .unwrap();
    let row = &jpn.economies[0];
    assert_eq!(row.pre_clearance.decisions, 2);
    assert_eq!(row.pre_clearance.median_days, Some(2.0));
    assert_eq!(row.pre_clearance.p90_days, Some(3.0));
    assert_eq!(row.pre_clearance.within_target_share, Some(1.0));
    assert_eq!(row.requests_processed, 2);
    assert_eq!(row.pre_clearance_pending, 2, "a3's and the AUS applicant's");
    assert_eq!(row.pre_clearance_overdue, 2);
    assert_eq!((row.refunds_requested, row.refunds_approved), (1, 0));
    assert_eq!(row.home_review.decisions, 0);
    assert_eq!(row.home_review.median_days, None);

    let scheme = s
        .processing_report(
            &scope,
            ReportQuery {
                economy: None,
                ..query
            },
        )
        .await
        .unwrap();
    assert_eq!(scheme.economies.len(), 21);
    assert_eq!(scheme.total.home_review.decisions, 4);
    assert_eq!(scheme.total.home_review.median_days, Some(3.0));
    assert_eq!(scheme.total.home_review.target_days, None);
    assert_eq!(scheme.total.home_review.within_target, Some(4));
    assert_eq!(scheme.total.pre_clearance.within_target_share, Some(1.0));
    assert_eq!(scheme.total.pre_clearance.decisions, 2);
    assert_eq!(scheme.total.cards_issued, 1);
    assert_eq!(scheme.total.virtual_issued, 1);
    assert_eq!(scheme.total.cards_active, 1);
    assert_eq!(scheme.total.virtual_active, 1);
    assert_eq!(scheme.total.applicants, 5);
    assert_eq!(scheme.years.len(), 1);
    assert_eq!(scheme.years[0].year, 2024);
    assert_eq!(scheme.years[0].issued, 1);
    let aus = scheme.economy_row(code("AUS")).unwrap();
    assert_eq!(aus.cards_issued, 1);
    assert_eq!(aus.home_review.median_days, Some(1.0));

    // A period without activity: zero decisions, but the backlog is "now".
    let later = s
        .processing_report(
            &scope,
            ReportQuery {
                economy: Some(code("TWN")),
                from: date!(2024 - 06 - 01),
                to: date!(2024 - 06 - 30),
                now,
            },
        )
        .await
        .unwrap();
    assert_eq!(later.total.home_review.decisions, 0);
    assert_eq!(later.total.applicants, 0);
    assert_eq!(later.total.home_pending, 1);

    // Applicants may not read reports at all.
    assert!(principal(Role::Applicant, None).reports().is_err());
}

// ---------------------------------------------------------------------------------------------
// Cardholder service.

fn ticket_scope(role: Role, economy: &str) -> TicketScope {
    principal(role, Some(economy))
        .tickets()
        .expect("ticket scope")
}

fn new_ticket(kind: TicketKind, route: TicketRoute, reason: Option<RefundReason>) -> NewTicket {
    NewTicket {
        kind,
        route,
        subject: Subject::parse("My card").unwrap(),
        message: Message::parse("Private details: my passport was renewed.").unwrap(),
        refund_reason: reason,
    }
}

/// A ticket is seen by its cardholder and by the economy it is routed to, nobody else: a JPN
/// pre-clearance officer gets NotFound for a ticket routed to KOR, through every method.
async fn tickets_are_scoped(s: S) {
    let a = submitted(&s, "KOR").await;
    let mine = TicketScope::Cardholder(a.applicant);
    // Routed home: the home economy of the cardholder's application.
    let t = s
        .raise_ticket(
            &a.applicant,
            new_ticket(TicketKind::Enquiry, TicketRoute::Home, None),
            T0,
        )
        .await
        .unwrap();
    let id = t.summary.id;
    assert_eq!(t.summary.economy, code("KOR"));
    assert_eq!(t.summary.status, TicketStatus::Open);
    assert_eq!(t.summary.due_on, Some(date!(2024 - 03 - 11)));
    assert_eq!(t.history.len(), 1);
    assert_eq!(t.history[0].kind, EntryKind::Raised);

    let kor = ticket_scope(Role::PreClearanceOfficer, "KOR");
    let jpn = ticket_scope(Role::PreClearanceOfficer, "JPN");
    let stranger = TicketScope::Cardholder(register(&s).await);
    assert_eq!(s.ticket(&kor, id, T0).await.unwrap().summary, t.summary);
    assert_eq!(s.tickets(&mine).await.unwrap().len(), 1);
    assert_eq!(s.tickets(&kor).await.unwrap().len(), 1);
    for (who, scope) in [
        ("JPN pre-clearance officer", jpn),
        ("JPN case officer", ticket_scope(Role::CaseOfficer, "JPN")),
        ("another cardholder", stranger),
    ] {
        assert_not_found(s.ticket(&scope, id, T0).await, who);
        assert!(
            s.tickets(&scope).await.unwrap().is_empty(),
            "{who} lists it"
        );
        let reply = TicketAction::Reply(Message::parse("Hello").unwrap());
        assert_not_found(s.act_on_ticket(&scope, id, reply, T0).await, who);
        assert_not_found(
            s.act_on_ticket(&scope, id, TicketAction::Close, T0).await,
            who,
        );
    }

    // open -> answered -> open -> closed -> open, with history.
    let reply = |m: &str| TicketAction::Reply(Message::parse(m).unwrap());
    let t = s
        .act_on_ticket(&kor, id, reply("We sent it."), T0)
        .await
        .unwrap();
    assert_eq!(
        (t.summary.status, t.summary.due_on),
        (TicketStatus::Answered, None)
    );
    let t = s
        .act_on_ticket(&mine, id, reply("Not here."), T0)
        .await
        .unwrap();
    assert_eq!(t.summary.status, TicketStatus::Open);
    let t = s
        .act_on_ticket(&mine, id, TicketAction::Close, T0)
        .await
        .unwrap();
    assert_eq!(t.summary.status, TicketStatus::Closed);
    assert_domain(
        s.act_on_ticket(&kor, id, reply("Late"), T0).await,
        DomainError::InvalidTransition {
            action: "reply to",
            state: "closed",
        },
        "reply to a closed ticket",
    );
    assert_domain(
        s.act_on_ticket(&kor, id, TicketAction::Reopen, T0).await,
        DomainError::Forbidden,
        "the economy reopens",
    );
    let t = s
        .act_on_ticket(&mine, id, TicketAction::Reopen, T0)
        .await
        .unwrap();
    assert_eq!(t.summary.status, TicketStatus::Open);
    let kinds: Vec<EntryKind> = t.history.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            EntryKind::Raised,
            EntryKind::Reply,
            EntryKind::Reply,
            EntryKind::Closed,
            EntryKind::Reopened
        ]
    );
    assert_eq!(t.history[1].by, Party::Economy);

    // Routing to a non-member, or home without an application, fails.
    assert_domain(
        s.raise_ticket(
            &a.applicant,
            new_ticket(TicketKind::Enquiry, TicketRoute::Economy(code("XXX")), None),
            T0,
        )
        .await,
        DomainError::UnknownEconomy,
        "unknown economy",
    );
    let nobody = register(&s).await;
    assert_not_found(
        s.raise_ticket(
            &nobody,
            new_ticket(TicketKind::Complaint, TicketRoute::Home, None),
            T0,
        )
        .await,
        "no home economy",
    );

    // The officer's read is audited, without the ticket's text.
    let log = s.audit_log(&auditor(), 1, MAX_PER_PAGE).await.unwrap();
    let text = format!("{:?}", log.items);
    assert!(
        text.contains("read_ticket") && text.contains("ticket_raised"),
        "{text}"
    );
    assert!(
        !text.contains("passport") && !text.contains("We sent it"),
        "{text}"
    );
}

/// The cardholder is mailed about every step the economy takes on their ticket, once, from the
/// step's own transaction; never about their own steps; and not at all once the ticket is purged.
async fn ticket_mail(s: S) {
    use abtc_store::MailOutcome::Sent;
    use abtc_store::MailQueueKind::Tickets;
    let a = submitted(&s, "KOR").await;
    let mine = TicketScope::Cardholder(a.applicant);
    let kor = ticket_scope(Role::PreClearanceOfficer, "KOR");
    let claim =
        |now: time::OffsetDateTime| s.claim_ticket_mail("w", now, now + Duration::minutes(1), 100);
    let reply = |m: &str| TicketAction::Reply(Message::parse(m).unwrap());
    let t = s
        .raise_ticket(
            &a.applicant,
            new_ticket(TicketKind::Enquiry, TicketRoute::Home, None),
            T0,
        )
        .await
        .unwrap();
    let id = t.summary.id;
    assert!(claim(T0).await.unwrap().is_empty(), "raising mails nobody");

    s.act_on_ticket(&kor, id, reply("We sent it."), T0)
        .await
        .unwrap();
    let mails = claim(T0).await.unwrap();
    assert_eq!(mails.len(), 1);
    let m = &mails[0];
    assert_eq!(
        (m.ticket, m.entry, m.economy, m.kind, m.subject.as_str()),
        (
            id,
            EntryKind::Reply,
            code("KOR"),
            TicketKind::Enquiry,
            "My card"
        )
    );
    assert_eq!(m.attempts, 1);
    assert!(abtc_domain::Email::parse(&m.address).is_ok(), "{m:?}");
    assert!(
        !format!("{m:?}").contains(&m.address) && !format!("{m:?}").contains("My card"),
        "{m:?}"
    );
    // Leased to this worker: another gets nothing and cannot record it; recorded once.
    assert!(s
        .claim_ticket_mail("other", T0, T0 + Duration::minutes(1), 100)
        .await
        .unwrap()
        .is_empty());
    assert!(!s
        .complete_queued_mail(Tickets, "other", m.id, Sent, T0)
        .await
        .unwrap());
    assert!(s
        .complete_queued_mail(Tickets, "w", m.id, Sent, T0)
        .await
        .unwrap());
    assert!(!s
        .complete_queued_mail(Tickets, "w", m.id, Sent, T0)
        .await
        .unwrap());
    assert!(claim(T0 + Duration::hours(1)).await.unwrap().is_empty());

    // The cardholder's own reply mails nobody; the economy closing the ticket does.
    s.act_on_ticket(&mine, id, reply("Not here."), T0)
        .await
        .unwrap();
    assert!(claim(T0).await.unwrap().is_empty());
    s.act_on_ticket(&kor, id, TicketAction::Close, T0)
        .await
        .unwrap();
    let mails = claim(T0).await.unwrap();
    assert_eq!(
        mails.iter().map(|m| m.entry).collect::<Vec<_>>(),
        [EntryKind::Closed]
    );
    // A failed try comes back after its backoff, counting the attempt.
    let later = T0 + Duration::minutes(5);
    s.retry_queued_mail(Tickets, "w", mails[0].id, later)
        .await
        .unwrap();
    assert!(claim(later - Duration::seconds(1))
        .await
        .unwrap()
        .is_empty());
    let again = claim(later).await.unwrap();
    assert_eq!(
        again.iter().map(|m| (m.id, m.attempts)).collect::<Vec<_>>(),
        [(mails[0].id, 2)]
    );
    s.retry_queued_mail(Tickets, "w", again[0].id, later)
        .await
        .unwrap();

    // The closed ticket is purged before the mail went: nothing is ever mailed about it.
    let years_on = T0 + Duration::days(3650);
    let policy = abtc_domain::retention::RetentionPolicy::default();
    s.purge(&policy, years_on, 100).await.unwrap();
    assert!(claim(years_on).await.unwrap().is_empty());
    assert!(claim(years_on + Duration::hours(2))
        .await
        .unwrap()
        .is_empty());
}

/// A refund for a border closure, routed to the economy named, decided once by that economy.
async fn refund_decision(s: S) {
    let a = submitted(&s, "TWN").await;
    let refund = new_ticket(
        TicketKind::Refund,
        TicketRoute::Economy(code("KOR")),
        Some(RefundReason::BorderClosure),
    );
    assert_domain(
        s.raise_ticket(
            &a.applicant,
            new_ticket(TicketKind::Refund, TicketRoute::Home, None),
            T0,
        )
        .await,
        DomainError::InvalidField {
            field: "refund_reason",
            reason: "a refund request needs a reason; other tickets take none",
        },
        "a refund without a reason",
    );
    let t = s.raise_ticket(&a.applicant, refund, T0).await.unwrap();
    let id = t.summary.id;
    assert_eq!(t.summary.economy, code("KOR"));
    assert_eq!(
        t.summary.refund,
        Some(RefundSummary {
            reason: RefundReason::BorderClosure,
            status: RefundStatus::Requested
        })
    );
    let decide = |approve| TicketAction::DecideRefund {
        approve,
        reason: Message::parse("The closure notice covers your dates.").unwrap(),
    };
    // The home economy and other economies cannot decide a refund routed to KOR.
    for economy in ["TWN", "JPN"] {
        assert_not_found(
            s.act_on_ticket(
                &ticket_scope(Role::PreClearanceOfficer, economy),
                id,
                decide(true),
                T0,
            )
            .await,
            economy,
        );
    }
    assert_domain(
        s.act_on_ticket(&TicketScope::Cardholder(a.applicant), id, decide(true), T0)
            .await,
        DomainError::Forbidden,
        "the cardholder decides",
    );
    let kor = ticket_scope(Role::NationalSystem, "KOR");
    let t = s.act_on_ticket(&kor, id, decide(true), T0).await.unwrap();
    assert_eq!(
        t.summary.refund.map(|r| r.status),
        Some(RefundStatus::Approved)
    );
    assert_eq!(t.summary.status, TicketStatus::Answered);
    let last = t.history.last().unwrap();
    assert_eq!(last.kind, EntryKind::RefundApproved);
    assert!(last.message.is_some());
    assert_domain(
        s.act_on_ticket(&kor, id, decide(false), T0).await,
        DomainError::AlreadyDecided,
        "decided twice",
    );
}

/// Lessons are shared by every economy and carry no personal data: no author, no ticket, no
/// instant, and text that names someone is refused before it reaches the store.
async fn lessons_are_anonymous(s: S) {
    let twn = principal(Role::CaseOfficer, Some("TWN")).lessons().unwrap();
    let scheme = principal(Role::SchemeAdmin, None).lessons().unwrap();
    let lesson = NewLesson {
        topic: Subject::parse("Border closures").unwrap(),
        text: LessonText::parse(
            "Attach the closure notice to refund requests: decisions take a day.",
        )
        .unwrap(),
    };
    let shared = s.add_lesson(&twn, lesson.clone(), T0).await.unwrap();
    assert_eq!(shared.economy, code("TWN"));
    assert_domain(
        s.add_lesson(&scheme, lesson, T0).await,
        DomainError::Forbidden,
        "scheme admin writes",
    );
    let jpn = principal(Role::PreClearanceOfficer, Some("JPN"))
        .lessons()
        .unwrap();
    for scope in [jpn, scheme] {
        let all = s.lessons(&scope).await.unwrap();
        assert_eq!(all, vec![shared.clone()]);
    }
    let json = serde_json::to_value(&shared).unwrap();
    let fields: BTreeSet<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        fields,
        BTreeSet::from(["id", "economy", "topic", "text", "written_on"])
    );
    assert!(LessonText::parse("Ms Lee (lee@example.org) waited").is_err());
    assert!(LessonText::parse("Passport X1234567 misread").is_err());
    // The audit record names the economy and role, not the officer.
    let log = s.audit_log(&auditor(), 1, MAX_PER_PAGE).await.unwrap();
    let entry = log
        .items
        .iter()
        .find(|e| e.action == "lesson_shared")
        .unwrap();
    assert_eq!(entry.actor_account, None);
}

// ---------------------------------------------------------------------------------------------
// Escalations and digests.

fn contact(address: &str, language: Option<&str>) -> abtc_domain::escalation::Contact {
    abtc_domain::escalation::Contact {
        address: abtc_domain::Email::parse(address).unwrap(),
        language: language.map(str::to_owned),
    }
}

/// Claims every staff mail due at `now` and marks it sent.
async fn drain_staff_mail(
    s: &S,
    now: time::OffsetDateTime,
) -> Vec<abtc_store::escalation::StaffMail> {
    let mails = s
        .claim_staff_mail("w", now, now + Duration::minutes(1), 100)
        .await
        .unwrap();
    for m in &mails {
        assert!(s
            .complete_queued_mail(
                abtc_store::MailQueueKind::Staff,
                "w",
                m.id,
                abtc_store::MailOutcome::Sent,
                now
            )
            .await
            .unwrap());
    }
    mails
}

async fn escalations_and_digests(s: S) {
    use abtc_domain::escalation::{Channel, EscalationScope};
    use abtc_store::escalation::StaffMessage;
    let jpn = Channel::Economy(code("JPN"));
    let scheme_admin = principal(Role::SchemeAdmin, None);
    let jpn_admin = principal(Role::EconomyAdmin, Some("JPN"));
    s.set_contacts(
        &jpn_admin.contacts(jpn).unwrap(),
        &[
            contact("審査@例え.jp", Some("ja")),
            contact("desk@mofa.example.jp", None),
        ],
        T0,
    )
    .await
    .unwrap();
    s.set_contacts(
        &scheme_admin.contacts(Channel::Efficiency).unwrap(),
        &[contact("efficiency@apec.example", None)],
        T0,
    )
    .await
    .unwrap();
    let listed = s.contacts(&jpn_admin.contacts(jpn).unwrap()).await.unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0].address.as_str(), "審査@例え.jp");
    assert_eq!(listed[0].language.as_deref(), Some("ja"));
    let twice = [contact("a@x.jp", None), contact("A@x.jp", None)];
    assert!(s
        .set_contacts(&jpn_admin.contacts(jpn).unwrap(), &twice, T0)
        .await
        .is_err());

    let a = approved_after(&s, "TWN", 2).await;
    let reference = a.case.application.reference.to_string();
    let due = a.case.pre_clearance(code("JPN")).unwrap().due_on;
    let dues: Vec<_> = a.case.pre_clearances.iter().map(|p| p.due_on).collect();
    let (first, last) = (*dues.iter().min().unwrap(), *dues.iter().max().unwrap());
    // On the first due day nothing is overdue.
    let on_due_day = first.midnight().assume_utc() + Duration::hours(12);
    assert_eq!(s.escalate_overdue(on_due_day, 1000).await.unwrap(), 0);
    assert!(drain_staff_mail(&s, on_due_day).await.is_empty());

    // The day after the last due day every economy's request is overdue: escalated once, however
    // often the job runs.
    let late = last.midnight().assume_utc() + Duration::days(1);
    let asked = a.asked().len() as u64;
    assert!(asked >= 2, "{asked}");
    assert_eq!(s.escalate_overdue(late, 1000).await.unwrap(), asked);
    assert_eq!(s.escalate_overdue(late, 1000).await.unwrap(), 0);
    let mails = drain_staff_mail(&s, late).await;
    assert_eq!(
        mails.len(),
        3,
        "two JPN contacts and the efficiency channel"
    );
    let to_jpn: Vec<_> = mails.iter().filter(|m| m.channel == jpn).collect();
    assert_eq!(to_jpn.len(), 2);
    assert_eq!(to_jpn[0].address, "審査@例え.jp");
    assert_eq!(to_jpn[0].language.as_deref(), Some("ja"));
    match &to_jpn[0].message {
        StaffMessage::Escalation(e) => {
            assert_eq!((e.economy, e.raised, e.open), (code("JPN"), 1, 1));
            assert_eq!(e.references, vec![reference.clone()]);
            assert_eq!(e.oldest_due_on, Some(due));
        }
        other => panic!("{other:?}"),
    }
    let efficiency = mails
        .iter()
        .find(|m| m.channel == Channel::Efficiency)
        .unwrap();
    match &efficiency.message {
        StaffMessage::Efficiency { economies } => {
            assert_eq!(economies.len() as u64, asked, "one row per economy asked");
            assert!(economies.iter().all(|e| e.raised == 1 && e.open == 1));
            let json = serde_json::to_string(&efficiency.message).unwrap();
            assert!(!json.contains(&reference), "the scheme sees counts only");
        }
        other => panic!("{other:?}"),
    }
    assert!(drain_staff_mail(&s, late).await.is_empty(), "sent once");

    // Views: JPN's staff see their request by reference; the scheme sees counts only.
    let jpn_view = s
        .escalations(&EscalationScope::Economy(code("JPN")), late)
        .await
        .unwrap();
    assert_eq!(jpn_view.economies.len(), 1);
    assert_eq!(jpn_view.open.len(), 1);
    assert_eq!(jpn_view.open[0].reference, reference);
    let scheme = s.escalations(&EscalationScope::Scheme, late).await.unwrap();
    assert_eq!(scheme.economies.len() as u64, asked);
    assert!(scheme.open.is_empty());

    // JPN decides: the escalation resolves at the next run and leaves JPN's open list.
    let decided_at = late + Duration::days(1);
    decide_at(&s, "JPN", a.pc("JPN"), decided_at).await;
    assert_eq!(s.escalate_overdue(decided_at, 1000).await.unwrap(), 0);
    let jpn_view = s
        .escalations(&EscalationScope::Economy(code("JPN")), decided_at)
        .await
        .unwrap();
    assert!(jpn_view.open.is_empty());
    assert_eq!(jpn_view.economies[0].open, 0);
    assert_eq!(jpn_view.economies[0].raised, 1, "raised within the week");

    // The weekly digest covers the week of the decision, once per channel.
    let next_week = decided_at + Duration::days(7);
    let (week_start, _) = abtc_domain::escalation::digest_week(next_week);
    assert!(week_start <= decided_at.date());
    assert_eq!(s.queue_digests(next_week).await.unwrap(), 3);
    assert_eq!(s.queue_digests(next_week).await.unwrap(), 0);
    let digests = drain_staff_mail(&s, next_week).await;
    assert_eq!(digests.len(), 3);
    let jpn_digest = digests.iter().find(|m| m.channel == jpn).unwrap();
    match &jpn_digest.message {
        StaffMessage::Digest(f) => {
            assert_eq!(f.economy, code("JPN"));
            assert_eq!((f.approved, f.declined, f.pending), (1, 0, 0));
            let days = (decided_at - (T0 + Duration::days(2))).whole_hours() as f64 / 24.0;
            assert_eq!(f.median_days, Some((days * 10.0).round() / 10.0));
            assert_eq!(f.within_target, Some(0.0), "decided after the target");
        }
        other => panic!("{other:?}"),
    }
    let scheme_digest = digests
        .iter()
        .find(|m| m.channel == Channel::Efficiency)
        .unwrap();
    match &scheme_digest.message {
        StaffMessage::SchemeDigest { economies, .. } => {
            let kor = economies.iter().find(|f| f.economy == code("KOR")).unwrap();
            assert_eq!((kor.pending, kor.overdue, kor.escalations_open), (1, 1, 1));
        }
        other => panic!("{other:?}"),
    }
    // Configuration changes and escalations are in the audit chain.
    assert!(s.verify_audit_chain().await.unwrap().problems.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Data retention.

async fn retention_purge(s: S) {
    use abtc_domain::retention::RetentionPolicy;
    use abtc_store::report::ReportQuery;
    let policy = RetentionPolicy::default();
    // A rejected application, a withdrawn one, and one still waiting for pre-clearances.
    let mut rejected = submitted(&s, "TWN").await;
    rejected.case = s
        .execute(home_access("TWN"), rejected.id(), Command::StartReview, T0)
        .await
        .unwrap();
    rejected.case = s
        .execute(
            home_access("TWN"),
            rejected.id(),
            Command::Reject {
                reason: long("No regular business travel shown."),
            },
            T0,
        )
        .await
        .unwrap();
    let mut withdrawn = submitted(&s, "TWN").await;
    withdrawn.case = s
        .execute(withdrawn.access(), withdrawn.id(), Command::Withdraw, T0)
        .await
        .unwrap();
    let waiting = approved(&s, "TWN").await;

    let report_at = T0 + Duration::days(400);
    let report = |s: &S| {
        let scope = principal(Role::SchemeAdmin, None).reports().unwrap();
        let query = ReportQuery {
            economy: Some(code("TWN")),
            from: T0.date(),
            to: report_at.date(),
            now: report_at,
        };
        let s = s.clone();
        async move { s.processing_report(&scope, query).await.unwrap() }
    };
    let before = report(&s).await;

    // Within the retention period nothing goes.
    let summary = s
        .purge(&policy, T0 + Duration::days(100), 100)
        .await
        .unwrap();
    assert_eq!(summary.applications(), 0);

    let summary = s.purge(&policy, report_at, 100).await.unwrap();
    assert_eq!((summary.rejected, summary.withdrawn), (1, 1), "{summary:?}");
    assert_eq!(summary.applications(), 2);
    assert_eq!(
        s.purge(&policy, report_at, 100)
            .await
            .unwrap()
            .applications(),
        0,
        "once"
    );

    // The personal data is gone; the case, its state and the figures stay.
    let case = s
        .case(home_access("TWN"), rejected.id(), report_at)
        .await
        .unwrap();
    assert_eq!(case.application.state, ApplicationState::Rejected);
    assert_eq!(case.application.form.family_name, None);
    assert_eq!(case.application.form.passport, None);
    assert_eq!(case.application.rejection_reason, None);
    assert_eq!(
        case.application.form.sex,
        rejected.case.application.form.sex
    );
    assert_not_found(
        s.photo(home_access("TWN"), rejected.id(), report_at).await,
        "purged photo",
    );
    assert_eq!(report(&s).await, before, "the aggregates are intact");
    // Nothing is left to mail about the purged applications; the waiting one's news still goes.
    let queued = drain_outbox(&s, "w").await;
    assert!(queued
        .iter()
        .all(|m| m.application != rejected.id() && m.application != withdrawn.id()));
    assert!(queued.iter().any(|m| m.application == waiting.id()));
    // The waiting application is untouched.
    let kept = s
        .case(home_access("TWN"), waiting.id(), report_at)
        .await
        .unwrap();
    assert_eq!(kept.application.form, waiting.case.application.form);
    assert!(s
        .photo(home_access("TWN"), waiting.id(), report_at)
        .await
        .is_ok());
    // The chain verifies and records each purge by id and rule, never a name.
    let chain = s.verify_audit_chain().await.unwrap();
    assert!(chain.intact(), "{:?}", chain.problems);
    let log = s
        .audit_log(&auditor(), 1, MAX_PER_PAGE)
        .await
        .unwrap()
        .items;
    let purges: Vec<_> = log
        .iter()
        .filter(|r| r.action == "personal_data_purged")
        .collect();
    assert_eq!(purges.len(), 2);
    assert!(purges
        .iter()
        .any(|r| r.subject == format!("application:{} rule:rejected", rejected.id())));
    assert!(log.iter().all(|r| !r.subject.contains(FAMILY_NAME)));
}
