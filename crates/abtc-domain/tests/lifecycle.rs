//! The case lifecycle of DESIGN.md section 3, driven through `Case::handle`: every command's success
//! and refusals with the events it emits, the four issuance policies, card validity, and property
//! tests over random command sequences.

// Test code: a panic is a failed test. (Clippy's allow-*-in-tests settings do not reach helper
// functions outside `#[test]` functions in an integration-test crate.)
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use std::collections::BTreeSet;

use abtc_domain::text::ShortText;
use abtc_domain::{
    Actor, ApplicationForm, ApplicationState as S, CancellationReason, Card, CardNumber,
    CardStatus, Command, Decision, DomainError, EconomyCode, EventKind, PassportNumber, PhotoInfo,
    PreClearanceStatus as P, ReplacementReason, Role,
};
use support::*;
use time::macros::{date, datetime};
use time::{Date, Duration, OffsetDateTime};

use Decision::{Approve, Decline};

fn invalid(action: &'static str, state: &'static str) -> DomainError {
    DomainError::InvalidTransition { action, state }
}

fn not_eligible(reason: &'static str) -> DomainError {
    DomainError::NotEligible { reason }
}

fn card_number(home: &str, serial: u64) -> CardNumber {
    CardNumber::new(code(home), serial).unwrap()
}

fn decide(economy: &str, decision: Decision) -> Command {
    Command::Decide {
        economy: code(economy),
        decision,
        note: None,
    }
}

fn withdraw_approval(economy: &str) -> Command {
    Command::WithdrawApproval {
        economy: code(economy),
        note: None,
    }
}

fn respond(form: Option<ApplicationForm>) -> Command {
    Command::RespondInfo {
        answer: long("Attached."),
        form,
    }
}

fn replace(reason: ReplacementReason) -> Command {
    Command::ReplaceCard { reason }
}

fn cancel(reason: CancellationReason) -> Command {
    Command::CancelCard { reason }
}

fn new_passport(number: &str, issued_on: Date, expires_on: Date) -> ReplacementReason {
    ReplacementReason::NewPassport {
        number: PassportNumber::parse(number).unwrap(),
        issued_on,
        expires_on,
    }
}

fn lost() -> ReplacementReason {
    ReplacementReason::Lost {
        police_report: ShortText::parse("TPD-2025-000123").unwrap(),
    }
}

/// The economies of a card issued before any approval.
const NO_ECONOMIES: &[&str] = &[];

fn card_issued<S: AsRef<str>>(card: CardNumber, economies: &[S]) -> EventKind {
    EventKind::CardIssued {
        card,
        economies: codes(economies),
        renews: None,
    }
}

fn card_changed(card: CardNumber, added: &[&str], removed: &[&str]) -> EventKind {
    EventKind::CardEconomiesChanged {
        card,
        added: codes(added),
        removed: codes(removed),
    }
}

/// Economies as sorted strings, for readable comparisons with cards' sets.
fn names<'a>(economies: impl IntoIterator<Item = &'a EconomyCode>) -> Vec<String> {
    let set: BTreeSet<String> = economies.into_iter().map(|e| e.to_string()).collect();
    set.into_iter().collect()
}

/// A TWN case whose 18 economies have all answered (the first ten approve): the card is issued.
fn issued_twn() -> Harness {
    let mut h = Harness::approved("TWN");
    let asked = h.asked();
    h.decide_all(&asked[..10], Approve);
    h.decide_all(&asked[10..], Decline);
    assert_eq!(h.state(), S::Issued);
    h
}

mod drafting {
    use super::*;

    #[test]
    fn update_draft_replaces_the_form_only_while_a_draft() {
        let mut h = Harness::with_form("TWN", ApplicationForm::default());
        for actor in [stranger(), h.officer(), Actor::System] {
            h.refuse(
                actor,
                Command::UpdateDraft { form: form("TWN") },
                DomainError::Forbidden,
            );
        }
        let events = h.run(applicant(), Command::UpdateDraft { form: form("TWN") });
        assert_eq!(events, [EventKind::DraftUpdated]);
        assert_eq!(h.case.application.form, form("TWN"));
        assert_eq!(h.state(), S::Draft);

        h.run(applicant(), Command::Submit);
        h.refuse(
            applicant(),
            Command::UpdateDraft { form: form("TWN") },
            invalid("update", "submitted"),
        );
    }

    #[test]
    fn attach_photo_in_a_draft_and_when_information_is_requested() {
        let larger = PhotoInfo {
            width: 1200,
            height: 1600,
            bytes: 300_000,
        };
        let attach = |photo| Command::AttachPhoto { photo };
        let mut h = Harness::draft("TWN");
        h.case.application.photo = None;
        h.refuse(h.officer(), attach(photo()), DomainError::Forbidden);
        assert_eq!(
            h.run(applicant(), attach(photo())),
            [EventKind::PhotoAttached]
        );
        assert_eq!(h.case.application.photo, Some(photo()));

        let mut h = Harness::submitted("TWN");
        h.refuse(
            applicant(),
            attach(larger),
            invalid("attach a photo to", "submitted"),
        );
        h.run(h.officer(), Command::StartReview);
        h.refuse(
            applicant(),
            attach(larger),
            invalid("attach a photo to", "home_review"),
        );

        let mut h = Harness::info_requested("TWN");
        assert_eq!(
            h.run(applicant(), attach(larger)),
            [EventKind::PhotoAttached]
        );
        assert_eq!(h.case.application.photo, Some(larger));
        assert_eq!(h.state(), S::InfoRequested);
    }

    #[test]
    fn submit_moves_a_complete_draft_with_a_photo_to_submitted() {
        let mut h = Harness::draft("TWN");
        for actor in [stranger(), h.officer(), Actor::System] {
            h.refuse(actor, Command::Submit, DomainError::Forbidden);
        }
        h.advance(2);
        assert_eq!(h.run(applicant(), Command::Submit), [EventKind::Submitted]);
        assert_eq!(h.state(), S::Submitted);
        assert_eq!(h.case.application.submitted_at, Some(h.now));
        h.refuse(applicant(), Command::Submit, invalid("submit", "submitted"));
    }

    #[test]
    fn submit_names_the_missing_field() {
        type Blank = fn(&mut ApplicationForm);
        let blanks: [(&str, Blank); 13] = [
            ("family_name", |f| f.family_name = None),
            ("sex", |f| f.sex = None),
            ("date_of_birth", |f| f.date_of_birth = None),
            ("place_of_birth", |f| f.place_of_birth = None),
            ("passport", |f| f.passport = None),
            ("residential_address", |f| f.residential_address = None),
            ("phone", |f| f.phone = None),
            ("email", |f| f.email = None),
            ("employer", |f| f.employer = None),
            ("position", |f| f.position = None),
            ("trips_per_year", |f| f.trips_per_year = None),
            ("average_trip_days", |f| f.average_trip_days = None),
            ("consent_to_disclosure", |f| f.consent_to_disclosure = false),
        ];
        for (field, blank) in blanks {
            let mut f = form("TWN");
            blank(&mut f);
            Harness::with_form("TWN", f).refuse(
                applicant(),
                Command::Submit,
                DomainError::Incomplete { field },
            );
        }
        let mut h = Harness::draft("TWN");
        h.case.application.photo = None;
        h.refuse(
            applicant(),
            Command::Submit,
            DomainError::Incomplete { field: "photo" },
        );
    }

    #[test]
    fn submit_wants_the_home_economys_passport_except_in_hong_kong() {
        Harness::with_form("TWN", form("JPN")).refuse(
            applicant(),
            Command::Submit,
            not_eligible("apply to the economy that issued your passport"),
        );
        Harness::with_form("TWN", form("GBR")).refuse(
            applicant(),
            Command::Submit,
            not_eligible("the passport must be issued by an APEC member economy"),
        );
        // Hong Kong also takes its permanent residents, whatever APEC passport they hold.
        let mut h = Harness::with_form("HKG", form("TWN"));
        assert_eq!(h.run(applicant(), Command::Submit), [EventKind::Submitted]);
        Harness::with_form("HKG", form("GBR")).refuse(
            applicant(),
            Command::Submit,
            not_eligible("the passport must be issued by an APEC member economy"),
        );
    }

    #[test]
    fn submit_wants_six_months_left_on_the_passport() {
        // T0 is 2024-03-01: the passport must run to 2024-09-01 at least.
        let with_expiry = |expires_on| {
            let mut f = form("TWN");
            f.passport = Some(passport(
                "P1234567",
                "TWN",
                date!(2019 - 09 - 01),
                expires_on,
            ));
            Harness::with_form("TWN", f)
        };
        with_expiry(date!(2024 - 08 - 31)).refuse(
            applicant(),
            Command::Submit,
            not_eligible("the passport must be valid for at least six more months"),
        );
        with_expiry(date!(2024 - 09 - 01)).run(applicant(), Command::Submit);
    }

    #[test]
    fn submit_wants_an_adult() {
        let born = |dob| {
            let mut f = form("TWN");
            f.date_of_birth = Some(dob);
            Harness::with_form("TWN", f)
        };
        born(date!(2006 - 03 - 02)).refuse(
            applicant(),
            Command::Submit,
            not_eligible("applicants must be at least 18 years old"),
        );
        born(date!(2006 - 03 - 01)).run(applicant(), Command::Submit);
    }
}

mod home_review {
    use super::*;

    #[test]
    fn start_review_is_the_home_economys_step_after_submission() {
        let mut h = Harness::draft("TWN");
        h.refuse(
            h.officer(),
            Command::StartReview,
            invalid("start reviewing", "draft"),
        );
        h.run(applicant(), Command::Submit);
        for actor in [
            applicant(),
            officer("JPN"),
            pc_officer("TWN"),
            account(Role::EconomyAdmin, "TWN"),
            Actor::System,
        ] {
            h.refuse(actor, Command::StartReview, DomainError::Forbidden);
        }
        // The home economy's national system acts as its officers.
        let events = h.run(account(Role::NationalSystem, "TWN"), Command::StartReview);
        assert_eq!(events, [EventKind::ReviewStarted]);
        assert_eq!(h.state(), S::HomeReview);
        h.refuse(
            h.officer(),
            Command::StartReview,
            invalid("start reviewing", "home_review"),
        );
    }

    #[test]
    fn request_info_opens_a_question() {
        let question = long("Please send your employer's letter.");
        let ask = || Command::RequestInfo {
            question: question.clone(),
        };
        let mut h = Harness::submitted("TWN");
        h.refuse(
            h.officer(),
            ask(),
            invalid("request information on", "submitted"),
        );
        h.run(h.officer(), Command::StartReview);
        h.refuse(applicant(), ask(), DomainError::Forbidden);
        h.refuse(officer("JPN"), ask(), DomainError::Forbidden);
        assert_eq!(h.run(h.officer(), ask()), [EventKind::InfoRequested]);
        assert_eq!(h.state(), S::InfoRequested);
        assert_eq!(h.case.application.open_question.as_ref(), Some(&question));
        h.refuse(
            h.officer(),
            ask(),
            invalid("request information on", "info_requested"),
        );
    }

    #[test]
    fn respond_info_without_a_form_returns_to_review() {
        let mut h = Harness::info_requested("TWN");
        h.refuse(h.officer(), respond(None), DomainError::Forbidden);
        h.refuse(stranger(), respond(None), DomainError::Forbidden);
        assert_eq!(h.run(applicant(), respond(None)), [EventKind::InfoProvided]);
        assert_eq!(h.state(), S::HomeReview);
        assert_eq!(h.case.application.open_question, None);
        assert_eq!(h.case.application.form, form("TWN"));
        h.refuse(applicant(), respond(None), invalid("answer", "home_review"));
    }

    #[test]
    fn respond_info_with_a_form_replaces_it_if_complete_and_eligible() {
        let mut h = Harness::info_requested("TWN");
        let mut incomplete = form("TWN");
        incomplete.phone = None;
        h.refuse(
            applicant(),
            respond(Some(incomplete)),
            DomainError::Incomplete { field: "phone" },
        );
        h.refuse(
            applicant(),
            respond(Some(form("JPN"))),
            not_eligible("apply to the economy that issued your passport"),
        );
        let mut corrected = form("TWN");
        corrected.position = Some(ShortText::parse("Managing director").unwrap());
        assert_eq!(
            h.run(applicant(), respond(Some(corrected.clone()))),
            [EventKind::InfoProvided]
        );
        assert_eq!(h.case.application.form, corrected);
        assert_eq!(h.state(), S::HomeReview);
    }

    #[test]
    fn reject_ends_a_case_under_review() {
        let reason = long("Not a bona fide business traveller.");
        let reject = || Command::Reject {
            reason: reason.clone(),
        };
        let mut h = Harness::submitted("TWN");
        h.refuse(h.officer(), reject(), invalid("reject", "submitted"));
        let mut h = Harness::info_requested("TWN");
        h.refuse(h.officer(), reject(), invalid("reject", "info_requested"));
        h.run(applicant(), respond(None));
        h.refuse(applicant(), reject(), DomainError::Forbidden);
        h.refuse(officer("JPN"), reject(), DomainError::Forbidden);
        assert_eq!(h.run(h.officer(), reject()), [EventKind::Rejected]);
        assert_eq!(h.state(), S::Rejected);
        assert_eq!(h.case.application.rejection_reason, Some(reason));
        h.refuse(
            h.officer(),
            Command::Approve,
            invalid("approve", "rejected"),
        );
        h.refuse(
            applicant(),
            Command::Withdraw,
            invalid("withdraw", "rejected"),
        );
    }

    #[test]
    fn withdraw_is_allowed_until_the_home_economy_approves() {
        for mut h in [
            Harness::submitted("TWN"),
            Harness::in_review("TWN"),
            Harness::info_requested("TWN"),
        ] {
            h.refuse(h.officer(), Command::Withdraw, DomainError::Forbidden);
            assert_eq!(
                h.run(applicant(), Command::Withdraw),
                [EventKind::Withdrawn]
            );
            assert_eq!(h.state(), S::Withdrawn);
        }
        Harness::draft("TWN").refuse(applicant(), Command::Withdraw, invalid("withdraw", "draft"));
        Harness::approved("TWN").refuse(
            applicant(),
            Command::Withdraw,
            invalid("withdraw", "pre_clearance"),
        );
        Harness::approved("USA").refuse(
            applicant(),
            Command::Withdraw,
            invalid("withdraw", "issued"),
        );
    }
}

mod approve {
    use super::*;

    #[test]
    fn a_twn_applicant_gets_eighteen_pending_requests() {
        let mut h = Harness::in_review("TWN");
        let events = h.run(h.officer(), Command::Approve);
        assert_eq!(h.state(), S::PreClearance);
        assert_eq!(h.case.application.home_decided_at, Some(T0));
        assert!(h.case.cards.is_empty());

        let asked = h.asked();
        assert_eq!(asked.len(), 18);
        assert_eq!(names(&asked).len(), 18, "one request per economy");
        for never in ["TWN", "CAN", "USA"] {
            assert!(!asked.contains(&code(never)), "{never} must not be asked");
        }
        for p in &h.case.pre_clearances {
            let target = h
                .economies
                .get(p.economy)
                .unwrap()
                .pre_clearance_target_days;
            assert_eq!(p.status, P::Pending);
            assert_eq!(p.home, code("TWN"));
            assert_eq!(p.application, h.case.application.id);
            assert_eq!(p.requested_at, T0);
            assert_eq!(p.due_on, T0.date() + Duration::days(target.into()));
            assert_eq!((p.decided_at, p.withdrawn_at), (None, None));
        }
        assert_eq!(
            h.case.pre_clearance(code("NZL")).unwrap().due_on,
            date!(2024 - 03 - 15)
        );
        assert_eq!(
            h.case.pre_clearance(code("RUS")).unwrap().due_on,
            date!(2024 - 05 - 30)
        );
        let ids: BTreeSet<_> = h.case.pre_clearances.iter().map(|p| p.id).collect();
        assert_eq!(ids.len(), 18);

        let mut expected = vec![EventKind::HomeApproved { requests: 18 }];
        expected.extend(
            asked
                .iter()
                .map(|&economy| EventKind::PreClearanceRequested { economy }),
        );
        assert_eq!(events, expected);
    }

    #[test]
    fn a_transitional_home_gets_no_requests_and_a_card_at_once() {
        for home in ["USA", "CAN"] {
            let mut h = Harness::in_review(home);
            let events = h.run(h.officer(), Command::Approve);
            let number = card_number(home, 1);
            assert_eq!(
                events,
                [
                    EventKind::HomeApproved { requests: 0 },
                    card_issued(number.clone(), NO_ECONOMIES),
                ]
            );
            assert!(h.case.pre_clearances.is_empty());
            assert_eq!(h.state(), S::Issued);
            assert_eq!(h.case.application.issued_at, Some(T0));
            let card = h.card();
            assert_eq!(card.number, number);
            assert!(card.economies.is_empty());
            assert_eq!(card.status, CardStatus::Active);
            assert_eq!((card.holder, card.home), (applicant_id(), code(home)));
            assert_eq!(card.passport_number.as_str(), "P1234567");
            assert_eq!(card.revision, 1);
            assert_eq!(
                card.is_virtual,
                h.economies.get(code(home)).unwrap().issues_virtual_card
            );
        }
    }

    #[test]
    fn approve_is_the_home_officers_call_after_review() {
        let mut h = Harness::submitted("TWN");
        h.refuse(
            h.officer(),
            Command::Approve,
            invalid("approve", "submitted"),
        );
        h.run(h.officer(), Command::StartReview);
        for actor in [
            applicant(),
            officer("JPN"),
            pc_officer("TWN"),
            Actor::System,
        ] {
            h.refuse(actor, Command::Approve, DomainError::Forbidden);
        }
        h.run(h.officer(), Command::Approve);
        h.refuse(
            h.officer(),
            Command::Approve,
            invalid("approve", "pre_clearance"),
        );
    }
}

mod decide {
    use super::*;

    #[test]
    fn approve_and_decline_record_the_answer() {
        let mut h = Harness::approved("TWN");
        h.advance(3);
        let note = long("Checked against watch lists.");
        let events = h.run(
            pc_officer("JPN"),
            Command::Decide {
                economy: code("JPN"),
                decision: Approve,
                note: Some(note.clone()),
            },
        );
        assert_eq!(events, [decided("JPN", Approve)]);
        let jpn = h.case.pre_clearance(code("JPN")).unwrap();
        assert_eq!(jpn.status, P::Approved);
        assert_eq!(jpn.decided_at, Some(h.now));
        assert_eq!(jpn.note, Some(note));

        assert_eq!(h.decide("KOR", Decline), [decided("KOR", Decline)]);
        assert_eq!(h.status("KOR"), P::Declined);
        let pending = h
            .case
            .pre_clearances
            .iter()
            .filter(|p| p.status == P::Pending);
        assert_eq!(pending.count(), 16);
        assert_eq!(h.state(), S::PreClearance);
    }

    #[test]
    fn deciding_twice_is_refused() {
        let mut h = Harness::approved("TWN");
        h.decide("JPN", Approve);
        h.decide("KOR", Decline);
        for economy in ["JPN", "KOR"] {
            for decision in [Approve, Decline] {
                h.refuse(
                    pc_officer(economy),
                    decide(economy, decision),
                    DomainError::AlreadyDecided,
                );
            }
        }
    }

    #[test]
    fn only_the_asked_economys_pre_clearance_officers_decide() {
        let mut h = Harness::approved("TWN");
        for actor in [
            pc_officer("KOR"),
            officer("JPN"),
            officer("TWN"),
            account(Role::BorderOfficer, "JPN"),
            account(Role::EconomyAdmin, "JPN"),
            applicant(),
            Actor::System,
        ] {
            h.refuse(actor, decide("JPN", Approve), DomainError::Forbidden);
        }
        let events = h.run(account(Role::NationalSystem, "JPN"), decide("JPN", Approve));
        assert_eq!(events, [decided("JPN", Approve)]);
    }

    #[test]
    fn an_economy_that_was_not_asked_is_not_found() {
        let mut h = Harness::approved("TWN");
        for economy in ["TWN", "USA", "CAN", "GBR"] {
            h.refuse(
                pc_officer(economy),
                decide(economy, Approve),
                DomainError::NotFound,
            );
        }
    }
}

mod withdraw_approval {
    use super::*;

    #[test]
    fn a_withdrawn_approval_leaves_the_active_card() {
        let mut h = issued_twn();
        let number = h.card().number.clone();
        assert_eq!(h.card().economies.len(), 10);
        let first = h.asked()[0].to_string();
        h.advance(10);
        let note = long("Entry ban.");
        let events = h.run(
            pc_officer(&first),
            Command::WithdrawApproval {
                economy: code(&first),
                note: Some(note.clone()),
            },
        );
        assert_eq!(
            events,
            [
                EventKind::PreClearanceWithdrawn {
                    economy: code(&first)
                },
                card_changed(number.clone(), &[], &[&first]),
            ]
        );
        let pc = h.case.pre_clearance(code(&first)).unwrap();
        assert_eq!(pc.status, P::Withdrawn);
        assert_eq!(pc.withdrawn_at, Some(h.now));
        assert_eq!(pc.note, Some(note));
        let card = h.card();
        assert_eq!(card.number, number);
        assert!(!card.economies.contains(&code(&first)));
        assert_eq!(card.economies.len(), 9);
        assert_eq!((card.revision, card.updated_at), (2, h.now));
        h.refuse(
            pc_officer(&first),
            withdraw_approval(&first),
            DomainError::NotApproved,
        );
    }

    #[test]
    fn only_an_approval_can_be_withdrawn() {
        let mut h = Harness::approved("TWN");
        h.decide("KOR", Decline);
        h.refuse(
            pc_officer("JPN"),
            withdraw_approval("JPN"),
            DomainError::NotApproved,
        );
        h.refuse(
            pc_officer("KOR"),
            withdraw_approval("KOR"),
            DomainError::NotApproved,
        );
        h.refuse(
            pc_officer("USA"),
            withdraw_approval("USA"),
            DomainError::NotFound,
        );
        h.decide("JPN", Approve);
        for actor in [
            pc_officer("KOR"),
            officer("TWN"),
            officer("JPN"),
            applicant(),
        ] {
            h.refuse(actor, withdraw_approval("JPN"), DomainError::Forbidden);
        }
        // No card yet: only the request changes.
        assert_eq!(
            h.run(pc_officer("JPN"), withdraw_approval("JPN")),
            [EventKind::PreClearanceWithdrawn {
                economy: code("JPN")
            }]
        );
        assert_eq!(h.status("JPN"), P::Withdrawn);
    }
}

mod tick {
    use super::*;

    #[test]
    fn only_the_system_ticks_and_an_idle_tick_emits_nothing() {
        let mut h = Harness::approved("SGP");
        for actor in [applicant(), h.officer(), pc_officer("JPN")] {
            h.refuse(actor, Command::Tick, DomainError::Forbidden);
        }
        let before = h.case.clone();
        assert_eq!(h.tick(), []);
        assert_eq!(h.case, before);
    }

    #[test]
    fn card_expiry_closes_the_pending_requests() {
        let mut h = Harness::approved("AUS");
        h.decide("JPN", Approve);
        let card = h.card().clone();
        assert_eq!(card.expires_on, date!(2029 - 03 - 01));
        h.advance((card.expires_on - h.today()).whole_days() - 1);
        assert_eq!(h.tick(), []);
        assert!(h.card().is_active());

        h.advance(1);
        let pending = h.pending();
        let mut expected = vec![EventKind::CardExpired {
            card: card.number.clone(),
        }];
        expected.extend(closed_events(&pending));
        assert_eq!(h.tick(), expected);

        assert_eq!(h.case.cards[0].status, CardStatus::Expired);
        assert_eq!(h.case.cards[0].status_reason.as_deref(), Some("expired"));
        assert!(h.case.active_card().is_none());
        assert_eq!(h.status("JPN"), P::Approved);
        assert!(pending
            .iter()
            .all(|e| h.case.pre_clearance(*e).unwrap().status == P::Closed));
        h.refuse(
            pc_officer("KOR"),
            decide("KOR", Approve),
            DomainError::RequestClosed,
        );
        assert_eq!(h.tick(), []);
    }
}

mod request_issue {
    use super::*;

    #[test]
    fn a_priority_applicant_may_ask_for_the_card_now() {
        let mut h = Harness::approved("HKG");
        h.decide("JPN", Approve);
        h.decide("KOR", Decline);
        for actor in [h.officer(), stranger(), Actor::System] {
            h.refuse(actor, Command::RequestIssue, DomainError::Forbidden);
        }
        let events = h.run(applicant(), Command::RequestIssue);
        assert_eq!(
            events,
            [
                EventKind::IssueRequested,
                card_issued(card_number("HKG", 1), &["JPN"]),
            ]
        );
        assert!(h.case.application.issue_requested);
        assert_eq!(h.state(), S::Issued);
        assert!(!h.card().is_virtual, "Hong Kong prints its cards");
        h.refuse(
            applicant(),
            Command::RequestIssue,
            invalid("ask to issue", "issued"),
        );
    }

    #[test]
    fn other_policies_refuse_it() {
        Harness::in_review("HKG").refuse(
            applicant(),
            Command::RequestIssue,
            invalid("ask to issue", "home_review"),
        );
        for home in ["TWN", "MYS", "SGP"] {
            Harness::approved(home).refuse(
                applicant(),
                Command::RequestIssue,
                DomainError::NotPriorityPolicy,
            );
        }
    }
}

mod replace_card {
    use super::*;

    #[test]
    fn a_new_passport_brings_a_new_card_number() {
        let mut h = issued_twn();
        let old = h.card().clone();
        h.advance(365);
        let reason = new_passport("Q7654321", date!(2025 - 02 - 01), date!(2035 - 02 - 01));
        for actor in [applicant(), officer("JPN"), pc_officer("TWN")] {
            h.refuse(actor, replace(reason.clone()), DomainError::Forbidden);
        }
        let events = h.run(h.officer(), replace(reason));
        let new = h.card().clone();
        assert_eq!(new.number, card_number("TWN", 2));
        assert_eq!(
            events,
            [EventKind::CardReplaced {
                old: old.number.clone(),
                new: new.number.clone(),
                reason: "new_passport".to_owned(),
            }]
        );
        let was = &h.case.cards[0];
        assert_eq!(was.status, CardStatus::Replaced);
        assert_eq!(was.replaced_by.as_ref(), Some(&new.number));
        assert_eq!(was.status_reason.as_deref(), Some("new_passport"));

        assert_eq!(new.replaces.as_ref(), Some(&old.number));
        assert_eq!(new.passport_number.as_str(), "Q7654321");
        assert_eq!(new.passport_expires_on, date!(2035 - 02 - 01));
        assert_eq!(new.issued_on, h.today());
        assert_eq!(
            new.expires_on, old.expires_on,
            "validity runs from the first issue"
        );
        assert_eq!(new.economies, old.economies);
        assert_eq!(new.revision, 1);
        let form_passport = h.case.application.form.passport.clone().unwrap();
        assert_eq!(form_passport.number.as_str(), "Q7654321");
        assert_eq!(form_passport.expires_on, date!(2035 - 02 - 01));
    }

    #[test]
    fn the_replacement_never_outlives_the_new_passport() {
        let mut h = issued_twn();
        h.advance(100);
        let reason = new_passport("Q7654321", date!(2024 - 05 - 01), date!(2027 - 06 - 30));
        h.run(h.officer(), replace(reason));
        assert_eq!(h.card().expires_on, date!(2027 - 06 - 30));
        assert!(h.card().expires_on <= h.card().passport_expires_on);
    }

    #[test]
    fn the_new_passport_must_be_current() {
        let mut h = issued_twn();
        let refused = DomainError::InvalidField {
            field: "passport",
            reason: "the new passport must be current",
        };
        let today = h.today();
        for (issued_on, expires_on) in [
            (date!(2014 - 03 - 01), today),
            (today + Duration::days(1), date!(2034 - 03 - 01)),
            (date!(2024 - 02 - 01), date!(2024 - 02 - 01)),
        ] {
            let reason = new_passport("Q7654321", issued_on, expires_on);
            h.refuse(h.officer(), replace(reason), refused.clone());
        }
    }

    #[test]
    fn a_lost_card_is_replaced_on_a_police_report() {
        let mut h = issued_twn();
        let old = h.card().clone();
        h.refuse(applicant(), replace(lost()), DomainError::Forbidden);
        let events = h.run(h.officer(), replace(lost()));
        let new = h.card().clone();
        assert_eq!(
            events,
            [EventKind::CardReplaced {
                old: old.number.clone(),
                new: new.number.clone(),
                reason: "lost".to_owned(),
            }]
        );
        assert_eq!(h.case.cards[0].status, CardStatus::Lost);
        assert_eq!(h.case.cards[0].replaced_by.as_ref(), Some(&new.number));
        assert_ne!(new.number, old.number);
        assert_eq!(new.economies, old.economies);
        assert_eq!(new.passport_number, old.passport_number);
    }

    #[test]
    fn a_change_of_approvals_needs_a_change() {
        let mut h = issued_twn();
        for actor in [applicant(), h.officer()] {
            h.refuse(
                actor,
                replace(ReplacementReason::ChangeOfApprovals),
                DomainError::NothingToReplace,
            );
        }
        h.refuse(
            officer("JPN"),
            replace(ReplacementReason::ChangeOfApprovals),
            DomainError::Forbidden,
        );
        // A virtual-immediate card always shows every approval.
        let mut h = Harness::approved("AUS");
        h.decide("JPN", Approve);
        h.refuse(
            applicant(),
            replace(ReplacementReason::ChangeOfApprovals),
            DomainError::NothingToReplace,
        );
    }

    #[test]
    fn there_must_be_an_active_card() {
        let mut h = Harness::approved("TWN");
        h.refuse(h.officer(), replace(lost()), DomainError::CardNotActive);
        let mut h = Harness::approved("USA");
        h.run(applicant(), cancel(CancellationReason::HolderRequest));
        h.refuse(h.officer(), replace(lost()), DomainError::CardNotActive);
    }
}

mod cancel_card {
    use super::*;

    #[test]
    fn the_holder_may_cancel_and_pending_requests_close() {
        let mut h = Harness::approved("AUS");
        h.decide("JPN", Approve);
        let number = h.card().number.clone();
        h.refuse(
            stranger(),
            cancel(CancellationReason::HolderRequest),
            DomainError::Forbidden,
        );
        h.advance(5);
        let pending = h.pending();
        let events = h.run(applicant(), cancel(CancellationReason::HolderRequest));
        let mut expected = vec![EventKind::CardCancelled {
            card: number,
            reason: "holder_request".to_owned(),
        }];
        expected.extend(closed_events(&pending));
        assert_eq!(events, expected);

        let card = &h.case.cards[0];
        assert_eq!(card.status, CardStatus::Cancelled);
        assert_eq!(card.status_reason.as_deref(), Some("holder_request"));
        assert_eq!(card.updated_at, h.now);
        assert!(h.case.active_card().is_none());
        assert_eq!(h.status("JPN"), P::Approved);
        assert_eq!(h.status("KOR"), P::Closed);
        h.refuse(
            pc_officer("KOR"),
            decide("KOR", Approve),
            DomainError::RequestClosed,
        );
        h.refuse(
            applicant(),
            cancel(CancellationReason::HolderRequest),
            DomainError::CardNotActive,
        );
    }

    #[test]
    fn no_longer_eligible_is_the_home_officers_call() {
        let mut h = Harness::approved("USA");
        let reason = CancellationReason::NoLongerEligible;
        for actor in [applicant(), officer("JPN"), pc_officer("USA")] {
            h.refuse(actor, cancel(reason), DomainError::Forbidden);
        }
        let number = h.card().number.clone();
        assert_eq!(
            h.run(h.officer(), cancel(reason)),
            [EventKind::CardCancelled {
                card: number,
                reason: "no_longer_eligible".to_owned(),
            }]
        );
    }

    #[test]
    fn holder_or_home_officer_may_cancel_for_a_change_of_employer() {
        for actor in [applicant(), officer("USA")] {
            let mut h = Harness::approved("USA");
            h.run(actor, cancel(CancellationReason::LeftEmployer));
            assert_eq!(h.case.cards[0].status, CardStatus::Cancelled);
        }
        Harness::approved("TWN").refuse(
            applicant(),
            cancel(CancellationReason::LeftEmployer),
            DomainError::CardNotActive,
        );
    }
}

mod policies {
    use super::*;

    #[test]
    fn all_responded_prints_only_when_every_economy_answered() {
        let mut h = Harness::approved("MYS");
        let asked = h.asked();
        assert_eq!(asked.len(), 18);
        let (last, rest) = asked.split_last().unwrap();
        for (i, e) in rest.iter().enumerate() {
            h.decide(e.as_str(), if i % 3 == 0 { Decline } else { Approve });
            assert!(h.case.cards.is_empty(), "no card after {} answers", i + 1);
        }
        h.advance(400);
        assert_eq!(h.tick(), []);
        assert_eq!(h.state(), S::PreClearance);

        let events = h.decide(last.as_str(), Approve);
        let approved = names(&h.case.approved_economies());
        assert_eq!(approved.len(), 12);
        assert_eq!(
            events,
            [
                decided(last.as_str(), Approve),
                card_issued(card_number("MYS", 1), &approved),
            ]
        );
        assert_eq!(names(&h.card().economies), approved);
        assert_eq!(h.card().issued_on, h.today());
        assert_eq!(h.state(), S::Issued);
    }

    #[test]
    fn priority_issues_when_the_named_economies_answered() {
        let mut f = form("HKG");
        f.priority_economies = codes(&["JPN", "SGP", "AUS"]);
        let mut h = Harness::with_form("HKG", f);
        h.submit_and_approve();
        h.decide("JPN", Approve);
        h.decide("KOR", Approve);
        h.decide("SGP", Approve);
        assert!(h.case.cards.is_empty(), "AUS has not answered");
        let events = h.decide("AUS", Decline);
        let first = card_number("HKG", 1);
        assert_eq!(
            events,
            [
                decided("AUS", Decline),
                card_issued(first.clone(), &["JPN", "KOR", "SGP"]),
            ]
        );

        // Later approvals wait for a replacement card.
        assert_eq!(h.decide("CHN", Approve), [decided("CHN", Approve)]);
        h.decide("NZL", Approve);
        assert_eq!(names(&h.card().economies), ["JPN", "KOR", "SGP"]);
        assert_eq!(h.card().revision, 1);
        assert_eq!(h.case.approvals_not_on_card(), codes(&["CHN", "NZL"]));

        let events = h.run(applicant(), replace(ReplacementReason::ChangeOfApprovals));
        let second = card_number("HKG", 2);
        assert_eq!(
            events,
            [EventKind::CardReplaced {
                old: first,
                new: second.clone(),
                reason: "change_of_approvals".to_owned(),
            }]
        );
        assert_eq!(h.card().number, second);
        assert_eq!(
            names(&h.card().economies),
            ["CHN", "JPN", "KOR", "NZL", "SGP"]
        );
        assert_eq!(h.case.cards[0].status, CardStatus::Replaced);
        assert!(h.case.approvals_not_on_card().is_empty());
        h.refuse(
            applicant(),
            replace(ReplacementReason::ChangeOfApprovals),
            DomainError::NothingToReplace,
        );
    }

    #[test]
    fn priority_without_named_economies_waits_for_all_answers_or_a_request() {
        let mut h = Harness::approved("HKG");
        let asked = h.asked();
        h.decide_all(&asked[..17], Approve);
        h.advance(400);
        assert_eq!(h.tick(), []);
        assert!(h.case.cards.is_empty());
        h.decide(asked[17].as_str(), Decline);
        assert_eq!(h.card().economies.len(), 17);
    }

    #[test]
    fn interim_issues_after_the_minimum_days_once_there_are_enough_approvals() {
        let mut h = Harness::approved("SGP");
        let asked = h.asked();
        h.decide_all(&asked[..10], Approve);
        assert!(h.case.cards.is_empty(), "10 approvals but no time yet");
        h.advance(20);
        assert_eq!(h.tick(), []);
        h.advance(1);
        let first_ten = names(&asked[..10]);
        assert_eq!(h.tick(), [card_issued(card_number("SGP", 1), &first_ten)]);
        assert_eq!(h.card().issued_on, date!(2024 - 03 - 22));

        h.decide(asked[10].as_str(), Approve);
        assert_eq!(
            h.card().economies.len(),
            10,
            "later approvals wait for a replacement"
        );
        assert_eq!(h.case.approvals_not_on_card(), [asked[10]]);
    }

    #[test]
    fn interim_issues_on_the_tenth_approval_once_the_days_have_passed() {
        let mut h = Harness::approved("SGP");
        let asked = h.asked();
        h.decide_all(&asked[..9], Approve);
        h.decide_all(&asked[9..12], Decline);
        h.advance(30);
        assert_eq!(h.tick(), []);
        let tenth = asked[12].as_str();
        let events = h.decide(tenth, Approve);
        let approved = names(&h.case.approved_economies());
        assert_eq!(approved.len(), 10);
        assert_eq!(
            events,
            [
                decided(tenth, Approve),
                card_issued(card_number("SGP", 1), &approved)
            ]
        );
    }

    #[test]
    fn virtual_immediate_issues_at_approval_and_updates_the_card_in_place() {
        let mut h = Harness::in_review("AUS");
        let events = h.run(h.officer(), Command::Approve);
        let number = card_number("AUS", 1);
        assert_eq!(
            events.first(),
            Some(&EventKind::HomeApproved { requests: 18 })
        );
        assert_eq!(
            events.last(),
            Some(&card_issued(number.clone(), NO_ECONOMIES))
        );
        assert_eq!(events.len(), 20);
        assert!(h.card().is_virtual);
        assert!(h.card().economies.is_empty());

        h.advance(2);
        assert_eq!(
            h.decide("JPN", Approve),
            [
                decided("JPN", Approve),
                card_changed(number.clone(), &["JPN"], &[])
            ]
        );
        assert_eq!((h.card().revision, h.card().updated_at), (2, h.now));
        assert_eq!(h.decide("KOR", Decline), [decided("KOR", Decline)]);
        assert_eq!(h.card().revision, 2);
        h.decide("SGP", Approve);
        let card = h.card();
        assert_eq!((card.number.clone(), card.revision), (number, 3));
        assert_eq!(names(&card.economies), ["JPN", "SGP"]);
        assert_eq!(h.case.cards.len(), 1);
    }
}

mod validity {
    use super::*;

    /// A USA card (issued at home approval) issued at `at`, on a passport expiring on `expires_on`.
    fn card_issued_at(at: OffsetDateTime, expires_on: Date) -> Card {
        let mut f = form("USA");
        f.passport = Some(passport(
            "P1234567",
            "USA",
            at.date() - Duration::days(365),
            expires_on,
        ));
        let mut h = Harness::with_form("USA", f);
        h.now = at;
        h.submit_and_approve();
        h.card().clone()
    }

    #[test]
    fn a_card_is_valid_five_years_from_issue() {
        let card = card_issued_at(T0, PASSPORT_EXPIRES);
        assert_eq!(
            (card.issued_on, card.expires_on),
            (T0.date(), date!(2029 - 03 - 01))
        );
        let leap = card_issued_at(datetime!(2024-02-29 10:00 UTC), PASSPORT_EXPIRES);
        assert_eq!(leap.expires_on, date!(2029 - 02 - 28));
    }

    #[test]
    fn never_beyond_the_passport() {
        let card = card_issued_at(T0, date!(2026 - 01 - 10));
        assert_eq!(card.expires_on, date!(2026 - 01 - 10));
        assert_eq!(card.passport_expires_on, date!(2026 - 01 - 10));
    }

    #[test]
    fn cards_before_september_2015_ran_three_years() {
        let old = card_issued_at(datetime!(2015-08-31 10:00 UTC), date!(2025 - 01 - 01));
        assert_eq!(old.expires_on, date!(2018 - 08 - 31));
        let new = card_issued_at(datetime!(2015-09-01 10:00 UTC), date!(2025 - 01 - 01));
        assert_eq!(new.expires_on, date!(2020 - 09 - 01));
    }
}

mod properties {
    use super::*;
    use abtc_domain::Case;
    use proptest::prelude::*;

    const HOMES: [&str; 6] = ["TWN", "HKG", "SGP", "AUS", "MYS", "USA"];
    /// Economies a Decide or a withdrawal may name: every member, and one that is not.
    const ECONOMIES: [&str; 22] = [
        "AUS", "BRN", "CAN", "CHL", "CHN", "HKG", "IDN", "JPN", "KOR", "MEX", "MYS", "NZL", "PER",
        "PHL", "PNG", "RUS", "SGP", "TWN", "THA", "USA", "VNM", "GBR",
    ];

    #[derive(Debug, Clone)]
    enum Op {
        UpdateDraft {
            complete: bool,
        },
        AttachPhoto,
        Submit,
        StartReview,
        RequestInfo,
        RespondInfo {
            new_form: bool,
        },
        Reject,
        Withdraw,
        Approve,
        RequestIssue,
        Decide {
            economy: &'static str,
            decision: Decision,
        },
        WithdrawApproval {
            economy: &'static str,
        },
        Tick,
        /// The step that moves this case on: the next review step, or a decision on the first
        /// pending request.
        Progress {
            decision: Decision,
        },
        NewPassport {
            years: i64,
        },
        Lost,
        ChangeOfApprovals,
        Cancel {
            reason: CancellationReason,
        },
    }

    #[derive(Debug, Clone)]
    struct Step {
        op: Op,
        /// `None`: the actor the command needs; otherwise one picked from [`actors`].
        actor: Option<usize>,
        advance_days: i64,
    }

    fn actors(home: &str) -> [Actor; 8] {
        [
            applicant(),
            stranger(),
            officer(home),
            officer("JPN"),
            pc_officer(home),
            pc_officer("JPN"),
            account(Role::NationalSystem, "KOR"),
            Actor::System,
        ]
    }

    fn op() -> impl Strategy<Value = Op> {
        let economy = prop::sample::select(ECONOMIES.to_vec());
        let decision = prop_oneof![3 => Just(Approve), 1 => Just(Decline)];
        let reason = prop::sample::select(vec![
            CancellationReason::HolderRequest,
            CancellationReason::LeftEmployer,
            CancellationReason::NoLongerEligible,
            CancellationReason::Renewal,
        ]);
        prop_oneof![
            1 => any::<bool>().prop_map(|complete| Op::UpdateDraft { complete }),
            1 => Just(Op::AttachPhoto),
            1 => Just(Op::Submit),
            1 => Just(Op::StartReview),
            2 => Just(Op::RequestInfo),
            2 => any::<bool>().prop_map(|new_form| Op::RespondInfo { new_form }),
            1 => Just(Op::Reject),
            1 => Just(Op::Withdraw),
            1 => Just(Op::Approve),
            2 => Just(Op::RequestIssue),
            25 => decision.clone().prop_map(|decision| Op::Progress { decision }),
            12 => (economy.clone(), decision)
                .prop_map(|(economy, decision)| Op::Decide { economy, decision }),
            4 => economy.prop_map(|economy| Op::WithdrawApproval { economy }),
            4 => Just(Op::Tick),
            2 => (0i64..=10).prop_map(|years| Op::NewPassport { years }),
            2 => Just(Op::Lost),
            3 => Just(Op::ChangeOfApprovals),
            2 => reason.prop_map(|reason| Op::Cancel { reason }),
        ]
    }

    fn step() -> impl Strategy<Value = Step> {
        let actor = prop_oneof![5 => Just(None), 1 => (0usize..8).prop_map(Some)];
        let advance_days = prop_oneof![12 => Just(0i64), 7 => 1i64..40, 1 => 100i64..2000];
        (op(), actor, advance_days).prop_map(|(op, actor, advance_days)| Step {
            op,
            actor,
            advance_days,
        })
    }

    fn to_command(op: &Op, base: &ApplicationForm, case: &Case, today: Date) -> Command {
        match *op {
            Op::Progress { decision } => match case.application.state {
                S::Draft => Command::Submit,
                S::Submitted => Command::StartReview,
                S::HomeReview => Command::Approve,
                S::InfoRequested => respond(None),
                S::PreClearance | S::Issued | S::Rejected | S::Withdrawn => {
                    match case.pre_clearances.iter().find(|p| p.status == P::Pending) {
                        Some(p) => super::decide(p.economy.as_str(), decision),
                        None => Command::Tick,
                    }
                }
            },
            Op::UpdateDraft { complete } => {
                let mut form = base.clone();
                if !complete {
                    form.phone = None;
                }
                Command::UpdateDraft { form }
            }
            Op::AttachPhoto => Command::AttachPhoto { photo: photo() },
            Op::Submit => Command::Submit,
            Op::StartReview => Command::StartReview,
            Op::RequestInfo => Command::RequestInfo {
                question: long("Which employer?"),
            },
            Op::RespondInfo { new_form } => respond(new_form.then(|| base.clone())),
            Op::Reject => Command::Reject {
                reason: long("Not eligible."),
            },
            Op::Withdraw => Command::Withdraw,
            Op::Approve => Command::Approve,
            Op::RequestIssue => Command::RequestIssue,
            Op::Decide { economy, decision } => super::decide(economy, decision),
            Op::WithdrawApproval { economy } => withdraw_approval(economy),
            Op::Tick => Command::Tick,
            Op::NewPassport { years } => replace(new_passport(
                &format!("N{years}X{}", today.ordinal()),
                today - Duration::days(30),
                today + Duration::days(365 * years),
            )),
            Op::Lost => replace(lost()),
            Op::ChangeOfApprovals => replace(ReplacementReason::ChangeOfApprovals),
            Op::Cancel { reason } => cancel(reason),
        }
    }

    /// The actor each command is meant for.
    fn right_actor(command: &Command, home: &str) -> Actor {
        use CancellationReason::{HolderRequest, LeftEmployer};
        match command {
            Command::UpdateDraft { .. }
            | Command::AttachPhoto { .. }
            | Command::Submit
            | Command::RespondInfo { .. }
            | Command::Withdraw
            | Command::RequestIssue
            | Command::ReplaceCard {
                reason: ReplacementReason::ChangeOfApprovals,
            }
            | Command::CancelCard {
                reason: HolderRequest | LeftEmployer,
            } => applicant(),
            Command::StartReview
            | Command::RequestInfo { .. }
            | Command::Reject { .. }
            | Command::Approve
            | Command::ReplaceCard { .. }
            | Command::CancelCard { .. } => officer(home),
            Command::Decide { economy, .. } | Command::WithdrawApproval { economy, .. } => {
                pc_officer(economy.as_str())
            }
            Command::Tick => Actor::System,
        }
    }

    /// (d): every change from `before` to `after` is a legal move.
    fn check_moves(before: &Case, after: &Case) -> Result<(), TestCaseError> {
        let (from, to) = (before.application.state, after.application.state);
        prop_assert!(from.may_become(to), "application {from:?} -> {to:?}");
        if before.pre_clearances.is_empty() {
            prop_assert!(after.pre_clearances.iter().all(|p| p.status == P::Pending));
        } else {
            prop_assert_eq!(before.pre_clearances.len(), after.pre_clearances.len());
            for (old, new) in before.pre_clearances.iter().zip(&after.pre_clearances) {
                prop_assert_eq!((old.id, old.economy), (new.id, new.economy));
                prop_assert!(
                    old.status.may_become(new.status),
                    "{} {:?} -> {:?}",
                    old.economy,
                    old.status,
                    new.status
                );
            }
        }
        prop_assert!(
            after.cards.len() <= before.cards.len() + 1,
            "one new card at most"
        );
        prop_assert!(
            after.cards.len() >= before.cards.len(),
            "cards are never dropped"
        );
        for (old, new) in before.cards.iter().zip(&after.cards) {
            prop_assert_eq!(&old.number, &new.number);
            if old.status != CardStatus::Active {
                prop_assert_eq!(old, new, "an ended card changed");
            }
        }
        Ok(())
    }

    /// What changed from `before` to `after`, in the words of the events that must report it.
    fn changes(before: &Case, after: &Case) -> Vec<String> {
        let mut out = Vec::new();
        for (old, new) in before.pre_clearances.iter().zip(&after.pre_clearances) {
            if old.status != new.status {
                out.push(format!("{} {}", new.status.as_str(), new.economy));
            }
        }
        for card in &after.cards {
            let old = before.cards.iter().find(|c| c.number == card.number);
            match (old, &card.replaces) {
                (None, None) => out.push(format!("issued {}", card.number)),
                (None, Some(replaced)) => out.push(format!("replaced {replaced} {}", card.number)),
                (Some(old), _) if old.economies != card.economies => {
                    out.push(format!("changed {}", card.number));
                }
                _ => {}
            }
            let was = old.map_or(CardStatus::Active, |c| c.status);
            if was != card.status
                && matches!(card.status, CardStatus::Cancelled | CardStatus::Expired)
            {
                out.push(format!("{} {}", card.status.as_str(), card.number));
            }
        }
        out.sort();
        out
    }

    /// The changes the events report, in the words of [`changes`].
    fn reported(events: &[EventKind]) -> Vec<String> {
        use EventKind as E;
        let mut out: Vec<String> = events
            .iter()
            .filter_map(|e| match e {
                E::PreClearanceDecided { economy, decision } => Some(match decision {
                    Approve => format!("approved {economy}"),
                    Decline => format!("declined {economy}"),
                }),
                E::PreClearanceWithdrawn { economy } => Some(format!("withdrawn {economy}")),
                E::PreClearanceClosed { economy } => Some(format!("closed {economy}")),
                E::CardIssued { card, .. } => Some(format!("issued {card}")),
                E::CardReplaced { old, new, .. } => Some(format!("replaced {old} {new}")),
                E::CardEconomiesChanged { card, .. } => Some(format!("changed {card}")),
                E::CardCancelled { card, .. } => Some(format!("cancelled {card}")),
                E::CardExpired { card } => Some(format!("expired {card}")),
                _ => None,
            })
            .collect();
        out.sort();
        out
    }

    /// (a), (b), (e) and the bookkeeping that ties cards to the application. Under a policy that
    /// updates the card in place, the card shows exactly the approvals.
    fn check_case(case: &Case, in_place: bool) -> Result<(), TestCaseError> {
        let active: Vec<&Card> = case.cards.iter().filter(|c| c.is_active()).collect();
        prop_assert!(active.len() <= 1, "{} active cards", active.len());
        if let Some(card) = active.first() {
            let approved = case.approved_economies();
            prop_assert!(
                card.economies.is_subset(&approved),
                "card lists {:?}, approved {:?}",
                card.economies,
                approved
            );
            if in_place {
                prop_assert_eq!(&card.economies, &approved);
            }
        }
        for card in &case.cards {
            prop_assert!(card.expires_on <= card.passport_expires_on);
            if matches!(card.status, CardStatus::Replaced | CardStatus::Lost) {
                let by = case
                    .cards
                    .iter()
                    .find(|c| Some(&c.number) == card.replaced_by.as_ref());
                prop_assert!(by.is_some_and(|c| c.replaces.as_ref() == Some(&card.number)));
            }
        }
        let numbers: BTreeSet<_> = case.cards.iter().map(|c| &c.number).collect();
        prop_assert_eq!(numbers.len(), case.cards.len(), "card numbers are unique");
        prop_assert_eq!(case.application.state == S::Issued, !case.cards.is_empty());
        Ok(())
    }

    fn run(home: &'static str, named: Vec<&str>, steps: Vec<Step>) -> Result<(), TestCaseError> {
        let mut base = form(home);
        if home == "HKG" {
            base.priority_economies = codes(&named);
        }
        let mut h = Harness::with_form(home, base.clone());
        let pool = actors(home);
        let in_place = h
            .economies
            .get(code(home))
            .unwrap()
            .issuance_policy
            .updates_card_in_place();
        for step in steps {
            h.advance(step.advance_days);
            let command = to_command(&step.op, &base, &h.case, h.today());
            let actor = step
                .actor
                .and_then(|i| pool.get(i).copied())
                .unwrap_or_else(|| right_actor(&command, home));
            let decided_already = match &command {
                Command::Decide { economy, .. } => {
                    h.case.pre_clearance(*economy).map(|p| p.status) != Some(P::Pending)
                }
                _ => false,
            };
            let before = h.case.clone();
            let result = h.try_run(actor, command);
            // (c) and (d): refusals change nothing.
            prop_assert!(
                !(decided_already && result.is_ok()),
                "decided a non-pending request"
            );
            match &result {
                Ok(events) => prop_assert_eq!(reported(events), changes(&before, &h.case)),
                Err(_) => prop_assert_eq!(&h.case, &before),
            }
            check_moves(&before, &h.case)?;
            check_case(&h.case, in_place)?;
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]

        #[test]
        fn random_command_sequences_keep_the_invariants(
            home in prop::sample::select(HOMES.to_vec()),
            named in prop::sample::subsequence(vec!["JPN", "SGP", "AUS", "KOR", "CHN"], 0..=3),
            steps in prop::collection::vec(step(), 1..=60),
        ) {
            run(home, named, steps)?;
        }
    }
}
