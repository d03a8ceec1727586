//! The case: an application with its pre-clearance requests and its cards, changed only by commands.
//!
//! Every transition is `Case::handle(actor, command, context) -> (new case, events)`: pure, with time
//! and identifiers handed in, so storage can persist the result and its events in one transaction.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::application::add_years;
use crate::application::{Application, ApplicationForm, ApplicationState, PhotoInfo};
use crate::card::{
    card_expiry, validity_years, CancellationReason, Card, CardStatus, ReplacementReason,
};
use crate::card_number::CardNumber;
use crate::economy::{Economies, EconomyCode};
use crate::error::DomainError;
use crate::event::{Event, EventKind};
use crate::ids::PreClearanceId;
use crate::policy::IssuanceFacts;
use crate::preclearance::{Decision, PreClearance, PreClearanceStatus};
use crate::role::{Actor, Role};
use crate::text::LongText;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub application: Application,
    pub pre_clearances: Vec<PreClearance>,
    /// Every card issued on this application, oldest first; at most one is active.
    pub cards: Vec<Card>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "snake_case")]
pub enum Command {
    UpdateDraft {
        form: ApplicationForm,
    },
    AttachPhoto {
        photo: PhotoInfo,
    },
    Submit,
    StartReview,
    RequestInfo {
        question: LongText,
    },
    RespondInfo {
        answer: LongText,
        form: Option<ApplicationForm>,
    },
    Reject {
        reason: LongText,
    },
    Withdraw,
    Approve,
    RequestIssue,
    Decide {
        economy: EconomyCode,
        decision: Decision,
        note: Option<LongText>,
    },
    WithdrawApproval {
        economy: EconomyCode,
        note: Option<LongText>,
    },
    /// Time-driven work: issuance that waits for days to pass, and card expiry.
    Tick,
    ReplaceCard {
        reason: ReplacementReason,
    },
    CancelCard {
        reason: CancellationReason,
    },
}

impl Command {
    pub fn name(&self) -> &'static str {
        match self {
            Self::UpdateDraft { .. } => "update_draft",
            Self::AttachPhoto { .. } => "attach_photo",
            Self::Submit => "submit",
            Self::StartReview => "start_review",
            Self::RequestInfo { .. } => "request_info",
            Self::RespondInfo { .. } => "respond_info",
            Self::Reject { .. } => "reject",
            Self::Withdraw => "withdraw",
            Self::Approve => "approve",
            Self::RequestIssue => "request_issue",
            Self::Decide { .. } => "decide",
            Self::WithdrawApproval { .. } => "withdraw_approval",
            Self::Tick => "tick",
            Self::ReplaceCard { .. } => "replace_card",
            Self::CancelCard { .. } => "cancel_card",
        }
    }
}

/// New identifiers, handed in by storage (which owns the card serial counters).
pub trait IdSource {
    fn pre_clearance_id(&mut self) -> PreClearanceId;
    fn card_number(&mut self, home: EconomyCode) -> Result<CardNumber, DomainError>;
}

pub struct Context<'a> {
    pub economies: &'a Economies,
    pub now: OffsetDateTime,
    pub ids: &'a mut dyn IdSource,
}

enum Who {
    Applicant,
    Home,
    Asked(EconomyCode),
    System,
}

impl Case {
    pub fn new(application: Application) -> Self {
        Self {
            application,
            pre_clearances: Vec::new(),
            cards: Vec::new(),
        }
    }

    pub fn active_card(&self) -> Option<&Card> {
        self.cards.iter().find(|c| c.is_active())
    }

    fn active_card_mut(&mut self) -> Option<&mut Card> {
        self.cards.iter_mut().find(|c| c.is_active())
    }

    pub fn pre_clearance(&self, economy: EconomyCode) -> Option<&PreClearance> {
        self.pre_clearances.iter().find(|p| p.economy == economy)
    }

    /// Economies whose approval currently stands.
    pub fn approved_economies(&self) -> BTreeSet<EconomyCode> {
        self.pre_clearances
            .iter()
            .filter(|p| p.status == PreClearanceStatus::Approved)
            .map(|p| p.economy)
            .collect()
    }

    /// Approvals that arrived after the card was printed and wait for a replacement card.
    pub fn approvals_not_on_card(&self) -> Vec<EconomyCode> {
        match self.active_card() {
            Some(card) => self
                .approved_economies()
                .difference(&card.economies)
                .copied()
                .collect(),
            None => Vec::new(),
        }
    }

    pub fn handle(
        &self,
        actor: &Actor,
        command: Command,
        ctx: &mut Context<'_>,
    ) -> Result<(Case, Vec<Event>), DomainError> {
        self.authorize(actor, &command)?;
        let mut next = self.clone();
        let mut events = Vec::new();
        {
            let mut tx = Tx {
                case: &mut next,
                events: &mut events,
                actor: *actor,
                now: ctx.now,
            };
            tx.apply(command, ctx)?;
        }
        Ok((next, events))
    }

    fn authorize(&self, actor: &Actor, command: &Command) -> Result<(), DomainError> {
        use Command::*;
        let needed = match command {
            UpdateDraft { .. }
            | AttachPhoto { .. }
            | Submit
            | RespondInfo { .. }
            | Withdraw
            | RequestIssue => {
                vec![Who::Applicant]
            }
            StartReview | RequestInfo { .. } | Reject { .. } | Approve => vec![Who::Home],
            Decide { economy, .. } | WithdrawApproval { economy, .. } => vec![Who::Asked(*economy)],
            Tick => vec![Who::System],
            ReplaceCard {
                reason: ReplacementReason::ChangeOfApprovals,
            } => vec![Who::Home, Who::Applicant],
            ReplaceCard { .. } => vec![Who::Home],
            CancelCard {
                reason: CancellationReason::HolderRequest | CancellationReason::LeftEmployer,
            } => vec![Who::Home, Who::Applicant],
            CancelCard {
                reason: CancellationReason::Renewal,
            } => vec![Who::Home, Who::System],
            CancelCard { .. } => vec![Who::Home],
        };
        if needed.iter().any(|w| self.is(actor, w)) {
            Ok(())
        } else {
            Err(DomainError::Forbidden)
        }
    }

    fn is(&self, actor: &Actor, who: &Who) -> bool {
        let app = &self.application;
        match (who, actor) {
            (Who::System, Actor::System) => true,
            (
                Who::Applicant,
                Actor::Account {
                    account,
                    role: Role::Applicant,
                    ..
                },
            ) => *account == app.applicant,
            (
                Who::Home,
                Actor::Account {
                    role: Role::CaseOfficer | Role::NationalSystem,
                    economy: Some(e),
                    ..
                },
            ) => *e == app.home,
            (
                Who::Asked(asked),
                Actor::Account {
                    role: Role::PreClearanceOfficer | Role::NationalSystem,
                    economy: Some(e),
                    ..
                },
            ) => e == asked,
            _ => false,
        }
    }
}

/// One command's work on a copy of the case.
struct Tx<'c> {
    case: &'c mut Case,
    events: &'c mut Vec<Event>,
    actor: Actor,
    now: OffsetDateTime,
}

fn wrong_state(action: &'static str, state: ApplicationState) -> DomainError {
    DomainError::InvalidTransition {
        action,
        state: state.as_str(),
    }
}

impl Tx<'_> {
    fn emit(&mut self, kind: EventKind) {
        self.events.push(Event {
            application: self.case.application.id,
            at: self.now,
            actor: self.actor,
            kind,
        });
    }

    fn require(
        &self,
        action: &'static str,
        allowed: &[ApplicationState],
    ) -> Result<(), DomainError> {
        let state = self.case.application.state;
        if allowed.contains(&state) {
            Ok(())
        } else {
            Err(wrong_state(action, state))
        }
    }

    fn set_state(&mut self, state: ApplicationState) {
        self.case.application.state = state;
    }

    fn apply(&mut self, command: Command, ctx: &mut Context<'_>) -> Result<(), DomainError> {
        use ApplicationState as S;
        let today = self.now.date();
        match command {
            Command::UpdateDraft { form } => {
                self.require("update", &[S::Draft])?;
                self.case.application.form = form;
                self.emit(EventKind::DraftUpdated);
            }
            Command::AttachPhoto { photo } => {
                self.require("attach a photo to", &[S::Draft, S::InfoRequested])?;
                self.case.application.photo = Some(photo);
                self.emit(EventKind::PhotoAttached);
            }
            Command::Submit => {
                self.require("submit", &[S::Draft])?;
                let app = &self.case.application;
                app.form.check_complete()?;
                if app.photo.is_none() {
                    return Err(DomainError::Incomplete { field: "photo" });
                }
                app.form.check_eligible(app.home, ctx.economies, today)?;
                self.case.application.submitted_at = Some(self.now);
                self.set_state(S::Submitted);
                self.emit(EventKind::Submitted);
            }
            Command::StartReview => {
                self.require("start reviewing", &[S::Submitted])?;
                self.set_state(S::HomeReview);
                self.emit(EventKind::ReviewStarted);
            }
            Command::RequestInfo { question } => {
                self.require("request information on", &[S::HomeReview])?;
                self.case.application.open_question = Some(question);
                self.set_state(S::InfoRequested);
                self.emit(EventKind::InfoRequested);
            }
            Command::RespondInfo { answer: _, form } => {
                self.require("answer", &[S::InfoRequested])?;
                if let Some(form) = form {
                    form.check_complete()?;
                    form.check_eligible(self.case.application.home, ctx.economies, today)?;
                    self.case.application.form = form;
                }
                self.case.application.open_question = None;
                self.set_state(S::HomeReview);
                self.emit(EventKind::InfoProvided);
            }
            Command::Reject { reason } => {
                self.require("reject", &[S::HomeReview])?;
                self.case.application.rejection_reason = Some(reason);
                self.set_state(S::Rejected);
                self.emit(EventKind::Rejected);
            }
            Command::Withdraw => {
                self.require("withdraw", &[S::Submitted, S::HomeReview, S::InfoRequested])?;
                self.set_state(S::Withdrawn);
                self.emit(EventKind::Withdrawn);
            }
            Command::Approve => {
                self.require("approve", &[S::HomeReview])?;
                self.approve(ctx)?;
            }
            Command::RequestIssue => {
                self.require("ask to issue", &[S::PreClearance])?;
                let home = ctx.economies.get(self.case.application.home)?;
                if home.issuance_policy.max_named() == 0 {
                    return Err(DomainError::NotPriorityPolicy);
                }
                self.case.application.issue_requested = true;
                self.emit(EventKind::IssueRequested);
                self.issue_if_due(ctx)?;
            }
            Command::Decide {
                economy,
                decision,
                note,
            } => {
                let now = self.now;
                let pc = self
                    .case
                    .pre_clearances
                    .iter_mut()
                    .find(|p| p.economy == economy)
                    .ok_or(DomainError::NotFound)?;
                pc.decide(decision, note, now)?;
                self.emit(EventKind::PreClearanceDecided { economy, decision });
                match self.case.application.state {
                    S::PreClearance => self.issue_if_due(ctx)?,
                    S::Issued if decision == Decision::Approve => {
                        let in_place = ctx
                            .economies
                            .get(self.case.application.home)?
                            .issuance_policy
                            .updates_card_in_place();
                        if in_place {
                            self.change_card_economies(Some(economy), None);
                        }
                    }
                    _ => {}
                }
            }
            Command::WithdrawApproval { economy, note } => {
                let now = self.now;
                let pc = self
                    .case
                    .pre_clearances
                    .iter_mut()
                    .find(|p| p.economy == economy)
                    .ok_or(DomainError::NotFound)?;
                pc.withdraw(note, now)?;
                self.emit(EventKind::PreClearanceWithdrawn { economy });
                self.change_card_economies(None, Some(economy));
            }
            Command::Tick => {
                if self.case.application.state == S::PreClearance {
                    self.issue_if_due(ctx)?;
                }
                let due = self
                    .case
                    .active_card()
                    .is_some_and(|c| c.is_due_to_expire(today));
                if due {
                    let now = self.now;
                    if let Some(card) = self.case.active_card_mut() {
                        card.expire(now)?;
                        let number = card.number.clone();
                        self.emit(EventKind::CardExpired { card: number });
                    }
                    self.close_pending();
                }
            }
            Command::ReplaceCard { reason } => self.replace_card(reason, ctx)?,
            Command::CancelCard { reason } => {
                let now = self.now;
                let card = self
                    .case
                    .active_card_mut()
                    .ok_or(DomainError::CardNotActive)?;
                card.cancel(reason, now)?;
                let number = card.number.clone();
                self.emit(EventKind::CardCancelled {
                    card: number,
                    reason: reason.as_str().to_owned(),
                });
                self.close_pending();
            }
        }
        Ok(())
    }

    fn approve(&mut self, ctx: &mut Context<'_>) -> Result<(), DomainError> {
        let app = &self.case.application;
        app.form.check_complete()?;
        let home = app.home;
        let id = app.id;
        let targets = ctx.economies.pre_clearance_targets(home)?;
        let today = self.now.date();
        let mut requests = Vec::with_capacity(targets.len());
        for economy in targets {
            let target_days = ctx.economies.get(economy)?.pre_clearance_target_days;
            requests.push(PreClearance {
                id: ctx.ids.pre_clearance_id(),
                application: id,
                economy,
                home,
                status: PreClearanceStatus::Pending,
                requested_at: self.now,
                due_on: today + time::Duration::days(i64::from(target_days)),
                decided_at: None,
                withdrawn_at: None,
                note: None,
            });
        }
        let count = u32::try_from(requests.len()).unwrap_or(u32::MAX);
        self.case.pre_clearances = requests;
        self.case.application.home_decided_at = Some(self.now);
        self.set_state(ApplicationState::PreClearance);
        self.emit(EventKind::HomeApproved { requests: count });
        let asked: Vec<EconomyCode> = self.case.pre_clearances.iter().map(|p| p.economy).collect();
        for economy in asked {
            self.emit(EventKind::PreClearanceRequested { economy });
        }
        self.issue_if_due(ctx)
    }

    fn facts(&self) -> IssuanceFacts {
        let case = &*self.case;
        let pcs = &case.pre_clearances;
        let named = &case.application.form.priority_economies;
        let responded =
            |e: &EconomyCode| pcs.iter().any(|p| p.economy == *e && p.status.responded());
        let days = case
            .application
            .home_decided_at
            .map(|t| (self.now - t).whole_days())
            .unwrap_or(0);
        IssuanceFacts {
            targets: pcs.len(),
            responded: pcs.iter().filter(|p| p.status.responded()).count(),
            approvals: pcs
                .iter()
                .filter(|p| p.status == PreClearanceStatus::Approved)
                .count(),
            named_all_responded: !named.is_empty() && named.iter().all(responded),
            issue_requested: case.application.issue_requested,
            whole_days_in_pre_clearance: days,
        }
    }

    fn issue_if_due(&mut self, ctx: &mut Context<'_>) -> Result<(), DomainError> {
        let home = ctx.economies.get(self.case.application.home)?;
        if !home.issuance_policy.is_met(&self.facts()) {
            return Ok(());
        }
        let is_virtual = home.issues_virtual_card;
        let passport = self
            .case
            .application
            .form
            .passport
            .clone()
            .ok_or(DomainError::Incomplete { field: "passport" })?;
        let issued_on = self.now.date();
        if passport.expires_on <= issued_on {
            // A card must not be born expired: the case waits until the passport is renewed.
            return Ok(());
        }
        let number = ctx.ids.card_number(self.case.application.home)?;
        let economies = self.case.approved_economies();
        let app = &mut self.case.application;
        let card = Card {
            number: number.clone(),
            application: app.id,
            holder: app.applicant,
            home: app.home,
            passport_number: passport.number,
            passport_expires_on: passport.expires_on,
            issued_on,
            expires_on: card_expiry(issued_on, passport.expires_on),
            economies: economies.clone(),
            status: CardStatus::Active,
            is_virtual,
            replaces: None,
            replaced_by: None,
            revision: 1,
            status_reason: None,
            updated_at: self.now,
        };
        app.issued_at = Some(self.now);
        app.state = ApplicationState::Issued;
        let renews = app.form.renewal_of.clone();
        self.case.cards.push(card);
        self.emit(EventKind::CardIssued {
            card: number,
            economies: economies.into_iter().collect(),
            renews,
        });
        Ok(())
    }

    /// Changes the live card's economies in place, keeping it to approved economies only.
    fn change_card_economies(&mut self, add: Option<EconomyCode>, remove: Option<EconomyCode>) {
        let now = self.now;
        let Some(card) = self.case.active_card_mut() else {
            return;
        };
        let added: Vec<EconomyCode> = add
            .into_iter()
            .filter(|e| card.economies.insert(*e))
            .collect();
        let removed: Vec<EconomyCode> = remove
            .into_iter()
            .filter(|e| card.economies.remove(e))
            .collect();
        if added.is_empty() && removed.is_empty() {
            return;
        }
        card.revision = card.revision.saturating_add(1);
        card.updated_at = now;
        let number = card.number.clone();
        self.emit(EventKind::CardEconomiesChanged {
            card: number,
            added,
            removed,
        });
    }

    fn replace_card(
        &mut self,
        reason: ReplacementReason,
        ctx: &mut Context<'_>,
    ) -> Result<(), DomainError> {
        let today = self.now.date();
        let approved = self.case.approved_economies();
        let old = self
            .case
            .active_card()
            .ok_or(DomainError::CardNotActive)?
            .clone();
        let first_issue = self
            .case
            .cards
            .first()
            .map(|c| c.issued_on)
            .unwrap_or(old.issued_on);
        let mut passport_number = old.passport_number.clone();
        let mut passport_expires_on = old.passport_expires_on;
        match &reason {
            ReplacementReason::ChangeOfApprovals if approved == old.economies => {
                return Err(DomainError::NothingToReplace);
            }
            ReplacementReason::NewPassport {
                number,
                issued_on,
                expires_on,
            } => {
                if issued_on > &today || expires_on <= &today || issued_on >= expires_on {
                    return Err(DomainError::InvalidField {
                        field: "passport",
                        reason: "the new passport must be current",
                    });
                }
                passport_number = number.clone();
                passport_expires_on = *expires_on;
                if let Some(p) = self.case.application.form.passport.as_mut() {
                    p.number = number.clone();
                    p.issued_on = *issued_on;
                    p.expires_on = *expires_on;
                }
            }
            _ => {}
        }
        let new_number = ctx.ids.card_number(self.case.application.home)?;
        let scheme_expiry = add_years(first_issue, validity_years(first_issue));
        let card = Card {
            number: new_number.clone(),
            application: old.application,
            holder: old.holder,
            home: old.home,
            passport_number,
            passport_expires_on,
            issued_on: today,
            expires_on: scheme_expiry.min(passport_expires_on),
            economies: approved,
            status: CardStatus::Active,
            is_virtual: old.is_virtual,
            replaces: Some(old.number.clone()),
            replaced_by: None,
            revision: 1,
            status_reason: None,
            updated_at: self.now,
        };
        let now = self.now;
        if let Some(active) = self.case.active_card_mut() {
            active.mark_replaced(new_number.clone(), &reason, now)?;
        }
        self.case.cards.push(card);
        self.emit(EventKind::CardReplaced {
            old: old.number,
            new: new_number,
            reason: reason.code().to_owned(),
        });
        Ok(())
    }

    fn close_pending(&mut self) {
        let mut closed = Vec::new();
        for p in self.case.pre_clearances.iter_mut() {
            if p.status == PreClearanceStatus::Pending {
                p.status = PreClearanceStatus::Closed;
                closed.push(p.economy);
            }
        }
        for economy in closed {
            self.emit(EventKind::PreClearanceClosed { economy });
        }
    }
}
