//! Builders for lifecycle tests: a complete application form, actors, a counter-based id source, and
//! a harness that keeps one case, the scheme and the clock together.

use abtc_domain::application::PassportDetails;
use abtc_domain::application::{BusinessType, Employer};
use abtc_domain::text::{LongText, Phone, ShortText};
use abtc_domain::{
    AccountId, Actor, Application, ApplicationForm, ApplicationId, ApplicationState, Card,
    CardNumber, Case, Command, Context, Decision, DomainError, Economies, EconomyCode, Email,
    Event, EventKind, IdSource, MrzName, PassportNumber, PersonName, PhotoInfo, PreClearanceId,
    PreClearanceStatus, Reference, Role, Sex,
};
use time::macros::{date, datetime};
use time::{Date, Duration, OffsetDateTime};

/// The tests' "now" unless a test moves the clock.
pub const T0: OffsetDateTime = datetime!(2024-03-01 09:00 UTC);
/// The applicant's passport in [`form`]: valid well beyond a card's five years.
pub const PASSPORT_EXPIRES: Date = date!(2034 - 01 - 15);

pub fn code(s: &str) -> EconomyCode {
    EconomyCode::parse(s).unwrap()
}

pub fn codes<S: AsRef<str>>(list: &[S]) -> Vec<EconomyCode> {
    list.iter().map(|s| code(s.as_ref())).collect()
}

pub fn long(s: &str) -> LongText {
    LongText::parse(s).unwrap()
}

pub fn passport(
    number: &str,
    issuing_state: &str,
    issued_on: Date,
    expires_on: Date,
) -> PassportDetails {
    PassportDetails {
        number: PassportNumber::parse(number).unwrap(),
        issuing_state: code(issuing_state),
        issued_on,
        expires_on,
    }
}

/// A complete, eligible form for a holder of `issuing_state`'s passport, born 1980.
pub fn form(issuing_state: &str) -> ApplicationForm {
    ApplicationForm {
        family_name: Some(MrzName::parse("Chen").unwrap()),
        given_names: Some(MrzName::parse("Mei Ling").unwrap()),
        native_name: Some(PersonName::parse("陳美玲").unwrap()),
        sex: Some(Sex::F),
        date_of_birth: Some(date!(1980 - 05 - 20)),
        place_of_birth: Some(ShortText::parse("Taipei").unwrap()),
        passport: Some(passport(
            "P1234567",
            issuing_state,
            date!(2024 - 01 - 15),
            PASSPORT_EXPIRES,
        )),
        residential_address: Some(long("1 Xinyi Road\nTaipei")),
        phone: Some(Phone::parse("+886 2 1234 5678").unwrap()),
        email: Some(Email::parse("mei.chen@example.com.tw").unwrap()),
        employer: Some(Employer {
            name: ShortText::parse("Acme Trading Ltd").unwrap(),
            business_address: long("100 Harbour Road"),
            business_type: BusinessType::Trade,
            registration_number: Some(ShortText::parse("12345678").unwrap()),
            small_or_medium: true,
        }),
        position: Some(ShortText::parse("Export manager").unwrap()),
        trips_per_year: Some(12),
        average_trip_days: Some(5),
        consent_to_disclosure: true,
        priority_economies: Vec::new(),
        renewal_of: None,
    }
}

pub fn photo() -> PhotoInfo {
    PhotoInfo {
        width: 600,
        height: 800,
        bytes: 80_000,
    }
}

pub fn applicant_id() -> AccountId {
    AccountId::from_bytes([1; 16])
}

pub fn applicant() -> Actor {
    Actor::Account {
        account: applicant_id(),
        role: Role::Applicant,
        economy: None,
    }
}

/// Another applicant, who must not touch this case.
pub fn stranger() -> Actor {
    Actor::Account {
        account: AccountId::from_bytes([2; 16]),
        role: Role::Applicant,
        economy: None,
    }
}

pub fn account(role: Role, economy: &str) -> Actor {
    Actor::Account {
        account: AccountId::from_bytes([3; 16]),
        role,
        economy: Some(code(economy)),
    }
}

/// A home-economy case officer of `economy`.
pub fn officer(economy: &str) -> Actor {
    account(Role::CaseOfficer, economy)
}

/// A pre-clearance officer of `economy`.
pub fn pc_officer(economy: &str) -> Actor {
    account(Role::PreClearanceOfficer, economy)
}

/// Counter-based identifiers: deterministic and unique within one harness.
#[derive(Debug, Default)]
pub struct Ids {
    pre_clearances: u64,
    cards: u64,
}

impl IdSource for Ids {
    fn pre_clearance_id(&mut self) -> PreClearanceId {
        self.pre_clearances += 1;
        let mut bytes = [0u8; 16];
        bytes[8..].copy_from_slice(&self.pre_clearances.to_be_bytes());
        PreClearanceId::from_bytes(bytes)
    }

    fn card_number(&mut self, home: EconomyCode) -> Result<CardNumber, DomainError> {
        self.cards += 1;
        CardNumber::new(home, self.cards)
    }
}

/// One case, the default scheme and a clock that moves only when told.
pub struct Harness {
    pub economies: Economies,
    pub ids: Ids,
    pub now: OffsetDateTime,
    pub case: Case,
    pub home: &'static str,
}

impl Harness {
    /// A draft for `home` with `form` and a photo.
    pub fn with_form(home: &'static str, form: ApplicationForm) -> Self {
        let economies = Economies::apec_default();
        let app = Application::draft(
            ApplicationId::from_bytes([9; 16]),
            Reference::from_random([1, 2, 3, 4, 5]),
            applicant_id(),
            code(home),
            form,
            &economies,
            T0,
        )
        .unwrap();
        let mut case = Case::new(app);
        case.application.photo = Some(photo());
        Self {
            economies,
            ids: Ids::default(),
            now: T0,
            case,
            home,
        }
    }

    /// A complete draft with a photo, for a holder of `home`'s passport.
    pub fn draft(home: &'static str) -> Self {
        Self::with_form(home, form(home))
    }

    pub fn submitted(home: &'static str) -> Self {
        let mut h = Self::draft(home);
        h.run(applicant(), Command::Submit);
        h
    }

    pub fn in_review(home: &'static str) -> Self {
        let mut h = Self::submitted(home);
        h.run(officer(home), Command::StartReview);
        h
    }

    pub fn info_requested(home: &'static str) -> Self {
        let mut h = Self::in_review(home);
        h.run(
            officer(home),
            Command::RequestInfo {
                question: long("Please send your employer's letter."),
            },
        );
        h
    }

    /// Approved by the home economy: the pre-clearance requests are out.
    pub fn approved(home: &'static str) -> Self {
        let mut h = Self::draft(home);
        h.submit_and_approve();
        h
    }

    /// Takes this draft through submission, review and home approval.
    pub fn submit_and_approve(&mut self) {
        self.run(applicant(), Command::Submit);
        self.run(self.officer(), Command::StartReview);
        self.run(self.officer(), Command::Approve);
    }

    /// The home officer of this case.
    pub fn officer(&self) -> Actor {
        officer(self.home)
    }

    /// Handles one command; on success the case moves on to the new state.
    pub fn try_run(
        &mut self,
        actor: Actor,
        command: Command,
    ) -> Result<Vec<EventKind>, DomainError> {
        let mut ctx = Context {
            economies: &self.economies,
            now: self.now,
            ids: &mut self.ids,
        };
        let (next, events) = self.case.handle(&actor, command, &mut ctx)?;
        check_envelopes(&events, &next, actor, self.now);
        self.case = next;
        Ok(events.into_iter().map(|e| e.kind).collect())
    }

    #[track_caller]
    pub fn run(&mut self, actor: Actor, command: Command) -> Vec<EventKind> {
        let name = command.name();
        match self.try_run(actor, command) {
            Ok(events) => events,
            Err(e) => panic!("{name} failed: {e:?}"),
        }
    }

    /// Runs a command that must be refused with `expected`, leaving the case as it was.
    #[track_caller]
    pub fn refuse(&mut self, actor: Actor, command: Command, expected: DomainError) {
        let before = self.case.clone();
        assert_eq!(self.try_run(actor, command), Err(expected));
        assert_eq!(self.case, before);
    }

    #[track_caller]
    pub fn decide(&mut self, economy: &str, decision: Decision) -> Vec<EventKind> {
        self.run(
            pc_officer(economy),
            Command::Decide {
                economy: code(economy),
                decision,
                note: None,
            },
        )
    }

    pub fn decide_all(&mut self, economies: &[EconomyCode], decision: Decision) {
        for e in economies {
            self.decide(e.as_str(), decision);
        }
    }

    pub fn tick(&mut self) -> Vec<EventKind> {
        self.run(Actor::System, Command::Tick)
    }

    pub fn advance(&mut self, days: i64) {
        self.now += Duration::days(days);
    }

    pub fn today(&self) -> Date {
        self.now.date()
    }

    pub fn state(&self) -> ApplicationState {
        self.case.application.state
    }

    /// The economies asked, in request order.
    pub fn asked(&self) -> Vec<EconomyCode> {
        self.case.pre_clearances.iter().map(|p| p.economy).collect()
    }

    /// The economies whose requests are still pending.
    pub fn pending(&self) -> Vec<EconomyCode> {
        let pending = self
            .case
            .pre_clearances
            .iter()
            .filter(|p| p.status == PreClearanceStatus::Pending);
        pending.map(|p| p.economy).collect()
    }

    pub fn status(&self, economy: &str) -> PreClearanceStatus {
        self.case.pre_clearance(code(economy)).unwrap().status
    }

    #[track_caller]
    pub fn card(&self) -> &Card {
        self.case.active_card().expect("an active card")
    }
}

/// Every event belongs to the case and records who acted and when.
fn check_envelopes(events: &[Event], case: &Case, actor: Actor, now: OffsetDateTime) {
    for e in events {
        assert_eq!(e.application, case.application.id);
        assert_eq!(e.actor, actor);
        assert_eq!(e.at, now);
    }
}

pub fn decided(economy: &str, decision: Decision) -> EventKind {
    EventKind::PreClearanceDecided {
        economy: code(economy),
        decision,
    }
}

pub fn closed_events(economies: &[EconomyCode]) -> Vec<EventKind> {
    economies
        .iter()
        .map(|&economy| EventKind::PreClearanceClosed { economy })
        .collect()
}
