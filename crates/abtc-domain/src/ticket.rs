//! Cardholder service: enquiries, complaints and refund requests as tickets routed to one economy,
//! and the anonymized "lessons learned" notes economies share. The transitions are pure functions,
//! like the application's, so the store only persists what they decide.
//!
//! Ticket text is personal data: nothing here puts it in an error message.

use serde::{Deserialize, Serialize};
use time::{Date, Duration};

use crate::error::DomainError;

/// Days an economy has to answer a ticket that waits for it: the due date shown to both sides.
pub const ANSWER_DAYS: i64 = 10;
/// Longest ticket subject, one line.
pub const MAX_SUBJECT_CHARS: usize = 200;
/// Longest message (the first one or a reply).
pub const MAX_MESSAGE_CHARS: usize = 5000;
/// Longest lesson text.
pub const MAX_LESSON_CHARS: usize = 2000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketKind {
    Enquiry,
    Complaint,
    /// A refund of the application fee; carries a reason and, later, a decision.
    Refund,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketStatus {
    /// Waits for the economy.
    Open,
    /// The economy replied; waits for the cardholder (or closes).
    Answered,
    Closed,
}

/// Why a refund is asked for. Border closures are the scheme's usual case: a card paid for could
/// not be used because an economy closed its borders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RefundReason {
    BorderClosure,
    ApplicationRejected,
    DuplicatePayment,
    ServiceNotProvided,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RefundStatus {
    Requested,
    Approved,
    Declined,
}

/// Who acts on a ticket: its cardholder or an officer of the economy it is routed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Cardholder,
    Economy,
}

/// What one step of a ticket's history was; the message text, if any, is kept beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    Raised,
    Reply,
    Closed,
    Reopened,
    RefundApproved,
    RefundDeclined,
}

macro_rules! names {
    ($ty:ty { $($v:ident => $s:literal),* $(,)? }) => {
        impl $ty {
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$v => $s),* }
            }
            pub fn parse(s: &str) -> Result<Self, DomainError> {
                match s {
                    $($s => Ok(Self::$v),)*
                    _ => Err(DomainError::InvalidField { field: stringify!($ty), reason: "unknown value" }),
                }
            }
        }
    };
}
names!(TicketKind { Enquiry => "enquiry", Complaint => "complaint", Refund => "refund" });
names!(TicketStatus { Open => "open", Answered => "answered", Closed => "closed" });
names!(RefundReason {
    BorderClosure => "border_closure",
    ApplicationRejected => "application_rejected",
    DuplicatePayment => "duplicate_payment",
    ServiceNotProvided => "service_not_provided",
    Other => "other",
});
names!(RefundStatus { Requested => "requested", Approved => "approved", Declined => "declined" });
names!(Party { Cardholder => "cardholder", Economy => "economy" });
names!(EntryKind {
    Raised => "raised",
    Reply => "reply",
    Closed => "closed",
    Reopened => "reopened",
    RefundApproved => "refund_approved",
    RefundDeclined => "refund_declined",
});

impl EntryKind {
    /// Whether the cardholder is mailed about this step: whatever the economy does on their ticket
    /// (they may be waiting for it), never what they did themselves.
    pub fn mails_cardholder(self, by: Party) -> bool {
        by == Party::Economy && self != Self::Raised
    }
}

/// Plain text of 1 to `max` characters; control characters other than line breaks and tabs (in
/// multi-line text) are refused, since messages end up in mail and pages as typed.
fn plain(field: &'static str, s: &str, max: usize, multiline: bool) -> Result<String, DomainError> {
    let t = s.trim();
    let bad = t
        .chars()
        .any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')));
    if t.is_empty() || t.chars().count() > max || bad {
        return Err(DomainError::InvalidField {
            field,
            reason: "1 to the allowed number of characters of plain text",
        });
    }
    Ok(t.to_owned())
}

/// A ticket subject: one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Subject(String);

impl Subject {
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        plain("subject", s, MAX_SUBJECT_CHARS, false).map(Self)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A message on a ticket: the first one, a reply, or the reason for a refund decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Message(String);

impl Message {
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        plain("message", s, MAX_MESSAGE_CHARS, true).map(Self)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

macro_rules! string_conversions {
    ($t:ty) => {
        impl TryFrom<String> for $t {
            type Error = DomainError;
            fn try_from(s: String) -> Result<Self, DomainError> {
                Self::parse(&s)
            }
        }
        impl From<$t> for String {
            fn from(v: $t) -> String {
                v.0
            }
        }
    };
}
string_conversions!(Subject);
string_conversions!(Message);
string_conversions!(LessonText);

/// The part of a ticket its transitions read and change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TicketState {
    pub kind: TicketKind,
    pub status: TicketStatus,
    /// Set for refund tickets.
    pub refund: Option<RefundStatus>,
    /// When the economy should have answered; none while the ball is in the cardholder's court.
    pub due_on: Option<Date>,
}

/// What someone does to a ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TicketCommand {
    Reply,
    Close,
    Reopen,
    DecideRefund { approve: bool },
}

fn due(today: Date) -> Option<Date> {
    today.checked_add(Duration::days(ANSWER_DAYS))
}

fn conflict(action: &'static str, status: TicketStatus) -> DomainError {
    DomainError::InvalidTransition {
        action,
        state: status.as_str(),
    }
}

impl TicketState {
    /// A new ticket: open, due in `ANSWER_DAYS`; a refund ticket starts as requested.
    pub fn raised(kind: TicketKind, today: Date) -> Self {
        Self {
            kind,
            status: TicketStatus::Open,
            refund: (kind == TicketKind::Refund).then_some(RefundStatus::Requested),
            due_on: due(today),
        }
    }

    /// open → answered (the economy replies), answered → open (the cardholder replies), any open
    /// state → closed, closed → open (the cardholder reopens), and a refund's single decision,
    /// which answers the ticket. A closed ticket takes no reply until it is reopened.
    pub fn apply(
        self,
        by: Party,
        command: &TicketCommand,
        today: Date,
    ) -> Result<(Self, EntryKind), DomainError> {
        use TicketStatus::{Answered, Closed, Open};
        match (command, by, self.status) {
            (TicketCommand::Reply, _, Closed) => Err(conflict("reply to", Closed)),
            (TicketCommand::Reply, Party::Economy, _) => Ok((
                Self {
                    status: Answered,
                    due_on: None,
                    ..self
                },
                EntryKind::Reply,
            )),
            (TicketCommand::Reply, Party::Cardholder, _) => Ok((
                Self {
                    status: Open,
                    due_on: if self.status == Open {
                        self.due_on
                    } else {
                        due(today)
                    },
                    ..self
                },
                EntryKind::Reply,
            )),
            (TicketCommand::Close, _, Closed) => Err(conflict("close", Closed)),
            (TicketCommand::Close, _, _) => Ok((
                Self {
                    status: Closed,
                    due_on: None,
                    ..self
                },
                EntryKind::Closed,
            )),
            (TicketCommand::Reopen, Party::Economy, _) => Err(DomainError::Forbidden),
            (TicketCommand::Reopen, Party::Cardholder, Closed) => Ok((
                Self {
                    status: Open,
                    due_on: due(today),
                    ..self
                },
                EntryKind::Reopened,
            )),
            (TicketCommand::Reopen, Party::Cardholder, s) => Err(conflict("reopen", s)),
            (TicketCommand::DecideRefund { .. }, Party::Cardholder, _) => {
                Err(DomainError::Forbidden)
            }
            (TicketCommand::DecideRefund { approve }, Party::Economy, status) => {
                match self.refund {
                    None => Err(DomainError::InvalidField {
                        field: "kind",
                        reason: "only a refund ticket takes a refund decision",
                    }),
                    Some(RefundStatus::Approved | RefundStatus::Declined) => {
                        Err(DomainError::AlreadyDecided)
                    }
                    Some(RefundStatus::Requested) if status == Closed => {
                        Err(conflict("decide", Closed))
                    }
                    Some(RefundStatus::Requested) => {
                        let (refund, entry) = if *approve {
                            (RefundStatus::Approved, EntryKind::RefundApproved)
                        } else {
                            (RefundStatus::Declined, EntryKind::RefundDeclined)
                        };
                        Ok((
                            Self {
                                status: Answered,
                                refund: Some(refund),
                                due_on: None,
                                ..self
                            },
                            entry,
                        ))
                    }
                }
            }
        }
    }
}

/// The text of a lesson learned: what an economy wants others to know, with no one in it. The
/// constructor refuses what looks like personal data (mail addresses, long numbers such as passport,
/// card or phone numbers, application references), since lessons are read by every economy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LessonText(String);

impl LessonText {
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let t = plain("text", s, MAX_LESSON_CHARS, true)?;
        if looks_personal(&t) {
            return Err(DomainError::InvalidField {
                field: "text",
                reason: "lessons are shared with every economy: leave out names, addresses, references and document numbers",
            });
        }
        Ok(Self(t))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether text carries something that identifies a person: a mail address, an application
/// reference (ABTC-…), or a word with four or more digits (passport, card, phone numbers).
pub fn looks_personal(text: &str) -> bool {
    if text.contains('@') || text.to_uppercase().contains("ABTC-") {
        return true;
    }
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')'))
        .any(|word| word.chars().filter(char::is_ascii_digit).count() >= 4)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 03 - 02);

    fn enquiry() -> TicketState {
        TicketState::raised(TicketKind::Enquiry, TODAY)
    }

    #[test]
    fn a_new_ticket_is_open_and_due() {
        let t = enquiry();
        assert_eq!(t.status, TicketStatus::Open);
        assert_eq!(t.due_on, Some(date!(2026 - 03 - 12)));
        assert_eq!(t.refund, None);
        let r = TicketState::raised(TicketKind::Refund, TODAY);
        assert_eq!(r.refund, Some(RefundStatus::Requested));
    }

    #[test]
    fn the_cardholder_is_mailed_about_the_economys_steps_only() {
        use EntryKind::*;
        for kind in [Reply, Closed, RefundApproved, RefundDeclined] {
            assert!(kind.mails_cardholder(Party::Economy), "{kind:?}");
        }
        for kind in [Raised, Reply, Closed, Reopened] {
            assert!(!kind.mails_cardholder(Party::Cardholder), "{kind:?}");
        }
        assert!(!Raised.mails_cardholder(Party::Economy));
    }

    #[test]
    fn replies_pass_the_ticket_back_and_forth() {
        let (t, e) = enquiry()
            .apply(Party::Economy, &TicketCommand::Reply, TODAY)
            .unwrap();
        assert_eq!(
            (t.status, t.due_on, e),
            (TicketStatus::Answered, None, EntryKind::Reply)
        );
        let later = date!(2026 - 03 - 20);
        let (t, _) = t
            .apply(Party::Cardholder, &TicketCommand::Reply, later)
            .unwrap();
        assert_eq!(t.status, TicketStatus::Open);
        assert_eq!(t.due_on, Some(date!(2026 - 03 - 30)));
        // A second message from the cardholder keeps the first due date.
        let (t2, _) = t
            .apply(
                Party::Cardholder,
                &TicketCommand::Reply,
                date!(2026 - 03 - 25),
            )
            .unwrap();
        assert_eq!(t2.due_on, t.due_on);
    }

    #[test]
    fn close_and_reopen() {
        let (t, e) = enquiry()
            .apply(Party::Economy, &TicketCommand::Close, TODAY)
            .unwrap();
        assert_eq!((t.status, e), (TicketStatus::Closed, EntryKind::Closed));
        assert!(matches!(
            t.apply(Party::Cardholder, &TicketCommand::Reply, TODAY),
            Err(DomainError::InvalidTransition { .. })
        ));
        assert!(t
            .apply(Party::Economy, &TicketCommand::Close, TODAY)
            .is_err());
        assert_eq!(
            t.apply(Party::Economy, &TicketCommand::Reopen, TODAY),
            Err(DomainError::Forbidden)
        );
        let (t, e) = t
            .apply(Party::Cardholder, &TicketCommand::Reopen, TODAY)
            .unwrap();
        assert_eq!((t.status, e), (TicketStatus::Open, EntryKind::Reopened));
        assert!(t.due_on.is_some());
        assert!(t
            .apply(Party::Cardholder, &TicketCommand::Reopen, TODAY)
            .is_err());
    }

    #[test]
    fn a_refund_is_decided_once_by_the_economy() {
        let r = TicketState::raised(TicketKind::Refund, TODAY);
        let approve = TicketCommand::DecideRefund { approve: true };
        let decline = TicketCommand::DecideRefund { approve: false };
        assert_eq!(
            r.apply(Party::Cardholder, &approve, TODAY),
            Err(DomainError::Forbidden)
        );
        let (d, e) = r.apply(Party::Economy, &decline, TODAY).unwrap();
        assert_eq!(d.refund, Some(RefundStatus::Declined));
        assert_eq!(
            (d.status, e),
            (TicketStatus::Answered, EntryKind::RefundDeclined)
        );
        let (a, e) = r.apply(Party::Economy, &approve, TODAY).unwrap();
        assert_eq!(
            (a.refund, e),
            (Some(RefundStatus::Approved), EntryKind::RefundApproved)
        );
        assert_eq!(
            a.apply(Party::Economy, &decline, TODAY),
            Err(DomainError::AlreadyDecided)
        );
        assert!(enquiry().apply(Party::Economy, &approve, TODAY).is_err());
        let (closed, _) = r
            .apply(Party::Cardholder, &TicketCommand::Close, TODAY)
            .unwrap();
        assert!(closed.apply(Party::Economy, &approve, TODAY).is_err());
    }

    #[test]
    fn text_is_checked_and_lessons_refuse_personal_data() {
        assert!(Subject::parse("  ").is_err());
        assert!(Subject::parse("two\nlines").is_err());
        assert!(Message::parse("line one\nline two").is_ok());
        assert!(Message::parse(&"x".repeat(MAX_MESSAGE_CHARS + 1)).is_err());
        assert!(LessonText::parse(
            "Refunds after border closures are decided faster with the closure notice attached."
        )
        .is_ok());
        for personal in [
            "Mr Chen (chen@example.org) waited too long",
            "Passport X12345678 was misread",
            "Reference abtc-7K2M-Q9XP was delayed",
            "Call +886 2 2345 6789",
        ] {
            assert!(LessonText::parse(personal).is_err(), "{personal}");
        }
        for k in ["enquiry", "complaint", "refund"] {
            assert_eq!(TicketKind::parse(k).unwrap().as_str(), k);
        }
        assert_eq!(
            RefundReason::parse("border_closure"),
            Ok(RefundReason::BorderClosure)
        );
        assert!(RefundReason::parse("whim").is_err());
    }
}
