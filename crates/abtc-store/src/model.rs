//! The records the store API takes and returns, beside the domain's own types.

use abtc_domain::role::{ApplicantScope, EconomyAdminScope, HomeScope, SchemeAdminScope};
use abtc_domain::{
    AccountId, Actor, ApplicationId, ApplicationState, Decision, EconomyCode, PreClearanceId,
    PreClearanceStatus, Role,
};
use serde::{Deserialize, Serialize};

pub use abtc_domain::views::{
    AccountSummary, ApiClient, ApplicationSummary, AuditEntry, BatchItemResult, Notification, Page,
};
use time::OffsetDateTime;

/// Who may act on a whole case: its applicant, its home economy, or the system's background work.
#[derive(Debug, Clone, Copy)]
pub enum CaseAccess {
    Applicant(ApplicantScope),
    Home(HomeScope),
    System,
}

/// Who may create staff accounts: an economy's administrator (its own officers), the scheme
/// administrator (economy administrators, auditors), or the operator at the server's console.
#[derive(Debug, Clone, Copy)]
pub enum StaffAuthority {
    Economy(EconomyAdminScope),
    Scheme(SchemeAdminScope),
    Operator,
}

pub const MAX_PER_PAGE: u32 = 500;

#[derive(Debug, Clone, Default)]
pub struct PreClearanceFilter {
    pub status: Option<PreClearanceStatus>,
    pub overdue_only: bool,
    pub home: Option<EconomyCode>,
    /// Part of the application's reference or of the applicant's Latin-script name, any case.
    pub search: Option<String>,
    pub page: u32,
    pub per_page: u32,
}

#[derive(Debug, Clone, Default)]
pub struct ApplicationFilter {
    pub state: Option<ApplicationState>,
    pub overdue_only: bool,
    /// Part of the reference or of the applicant's Latin-script name, any case.
    pub search: Option<String>,
    pub page: u32,
    pub per_page: u32,
}

#[derive(Debug, Clone)]
pub struct BatchItem {
    pub id: PreClearanceId,
    pub decision: Decision,
    pub note: Option<abtc_domain::text::LongText>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct BatchOutcome {
    pub results: Vec<BatchItemResult>,
    /// True when this answer is the stored one of an earlier request with the same key.
    pub replayed: bool,
}

/// An `Idempotency-Key` with a fingerprint of the request it first came with.
#[derive(Debug, Clone)]
pub struct IdempotencyKey {
    pub key: String,
    pub request_hash: String,
}

#[derive(Debug, Clone)]
pub struct NewAccount {
    pub id: AccountId,
    /// Normalized login name (an email address for applicants).
    pub username: String,
    pub password_hash: Option<String>,
    pub role: Role,
    pub economy: Option<EconomyCode>,
    pub display_name: String,
}

#[derive(Debug, Clone)]
pub struct LoginRecord {
    pub account: AccountId,
    pub password_hash: Option<String>,
    pub role: Role,
    pub economy: Option<EconomyCode>,
    pub disabled: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginThrottle {
    pub failures: u32,
    pub last_failure_at: OffsetDateTime,
}

/// A new audit record for things that are not case commands (logins, accounts, configuration).
#[derive(Debug, Clone)]
pub struct NewAudit {
    pub at: OffsetDateTime,
    pub actor_account: Option<AccountId>,
    pub actor_role: Option<Role>,
    pub actor_economy: Option<EconomyCode>,
    pub action: String,
    pub subject: String,
    pub outcome: String,
}

impl NewAudit {
    /// A successful action by `actor`.
    pub fn ok(
        at: OffsetDateTime,
        actor: Actor,
        action: impl Into<String>,
        subject: String,
    ) -> Self {
        Self {
            at,
            actor_account: actor.account(),
            actor_role: actor.role(),
            actor_economy: actor.economy(),
            action: action.into(),
            subject,
            outcome: "ok".into(),
        }
    }
}

/// A whole case built elsewhere (demo data, imports), with its history and its photo.
#[derive(Debug, Clone)]
pub struct ImportedCase {
    pub case: abtc_domain::Case,
    pub events: Vec<abtc_domain::Event>,
    pub photo: Option<Vec<u8>>,
}

/// A message waiting in the transactional outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    pub id: i64,
    pub recipient: AccountId,
    pub application: ApplicationId,
    pub kind: String,
    pub payload: String,
    pub attempts: u32,
}

/// What a pre-clearance officer can do to a request addressed to their economy.
#[derive(Debug, Clone)]
pub enum PreClearanceAction {
    Decide {
        decision: Decision,
        note: Option<abtc_domain::text::LongText>,
    },
    WithdrawApproval {
        note: Option<abtc_domain::text::LongText>,
    },
}

/// Which key of the scheme's hierarchy a signing key is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyRole {
    /// An economy's root, which certifies its document signers.
    Csca,
    /// An economy's document signer, which signs credentials and status lists.
    Dsc,
    /// The scheme's trust anchor, which signs the trust list.
    Anchor,
}

impl KeyRole {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Csca => "csca",
            Self::Dsc => "dsc",
            Self::Anchor => "anchor",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Csca, Self::Dsc, Self::Anchor]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}

/// A signing key with its certificate. The secret never leaves the server process.
#[derive(Clone)]
pub struct StoredKey {
    pub id: i64,
    pub economy: Option<abtc_domain::EconomyCode>,
    pub role: KeyRole,
    pub cert_der: Vec<u8>,
    pub secret: Vec<u8>,
    pub created_at: OffsetDateTime,
    pub retired_at: Option<OffsetDateTime>,
}

impl std::fmt::Debug for StoredKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredKey")
            .field("id", &self.id)
            .field("economy", &self.economy)
            .field("role", &self.role)
            .field("secret", &"<redacted>")
            .field("created_at", &self.created_at)
            .field("retired_at", &self.retired_at)
            .finish()
    }
}

/// A card's credential for one revision and device key: its status-list index, and the signed
/// credential once issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialSlot {
    pub status_index: u64,
    pub issued: Option<(Vec<u8>, OffsetDateTime)>,
}

/// Who may send a notice to cardholders: the scheme administrator (any audience) or an economy's
/// administrator (that economy's own cardholders, or those pre-cleared for it).
#[derive(Debug, Clone, Copy)]
pub enum NoticeAuthority {
    Scheme(SchemeAdminScope),
    Economy(EconomyAdminScope),
}

impl NoticeAuthority {
    /// Whether this author may address `audience`: an economy speaks only for itself, so it cannot
    /// write to another economy's cardholders nor to the whole scheme.
    pub fn may_address(&self, audience: NoticeAudience) -> bool {
        match (self, audience) {
            (Self::Scheme(_), _) => true,
            (Self::Economy(_), NoticeAudience::All) => false,
            (Self::Economy(s), NoticeAudience::Home { economy })
            | (Self::Economy(s), NoticeAudience::PreCleared { economy }) => economy == s.economy(),
        }
    }

    pub fn actor(&self) -> Actor {
        match self {
            Self::Scheme(s) => s.actor(),
            Self::Economy(s) => s.actor(),
        }
    }
}

/// The cardholders a notice goes to: holders of an active card, all of them, those of one home
/// economy, or those pre-cleared (an approved, not withdrawn, request) for one economy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NoticeAudience {
    All,
    Home { economy: EconomyCode },
    PreCleared { economy: EconomyCode },
}

impl NoticeAudience {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Home { .. } => "home",
            Self::PreCleared { .. } => "pre_cleared",
        }
    }

    pub fn economy(&self) -> Option<EconomyCode> {
        match self {
            Self::All => None,
            Self::Home { economy } | Self::PreCleared { economy } => Some(*economy),
        }
    }
}

/// A notice as its author writes it (validated by the caller: plain text, bounded length).
#[derive(Debug, Clone)]
pub struct NewNotice {
    pub audience: NoticeAudience,
    pub subject: String,
    pub body: String,
}

/// A queued notice: its id and how many cardholders it goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeReceipt {
    pub id: i64,
    pub recipients: u64,
}

/// The text of a notice, for the mail that carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeText {
    pub subject: String,
    pub body: String,
    /// The author's economy; `None` for the scheme administrator.
    pub author_economy: Option<EconomyCode>,
}

/// What the outbox worker needs to mail a claimed message to its recipient.
#[derive(Clone, PartialEq, Eq)]
pub struct OutboxMail {
    /// The address the applicant registered (and confirmed) with.
    pub address: String,
    pub display_name: String,
    /// The language the applicant registered in, if known.
    pub language: Option<String>,
    /// The application's reference, for status notifications.
    pub reference: Option<String>,
    /// For notices: the notice.
    pub notice: Option<NoticeText>,
}

impl std::fmt::Debug for OutboxMail {
    /// The address and name are personal data: never in logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutboxMail")
            .field("address", &"<redacted>")
            .field("language", &self.language)
            .field("notice", &self.notice.is_some())
            .finish()
    }
}

/// What became of a message's mail, recorded with its delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailOutcome {
    /// The mail server accepted it (or it was written to the mail folder).
    Sent,
    /// Refused for good, or given up after the last retry: the inbox still has the message.
    Failed,
    /// Not mailed: no mail transport, or a recipient without an address.
    None,
}

impl MailOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sent => "sent",
            Self::Failed => "failed",
            Self::None => "none",
        }
    }
}

/// The leased mail queues beside the cardholders' outbox: mail to the staff channels (escalations,
/// digests) and to cardholders about the economies' steps on their tickets. Both are claimed,
/// completed and retried alike, so one pair of store methods serves both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailQueueKind {
    Staff,
    Tickets,
}

/// The auditor's summary of a period [from, to) of the audit log: figures only, no personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditReport {
    #[serde(with = "time::serde::rfc3339")]
    pub from: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub to: OffsetDateTime,
    /// Audit records in the period.
    pub records: u64,
    /// Reads of personal data (cases, photos, histories, pre-clearance requests), by the reader's
    /// role and economy.
    pub accesses: Vec<AccessCount>,
    pub logins_ok: u64,
    pub logins_failed: u64,
    /// Signing keys added, retired and rotated; trust lists published.
    pub key_events: Vec<ActionCount>,
    /// Cards cancelled, pre-clearance approvals withdrawn, national-system clients revoked.
    pub revocations: Vec<ActionCount>,
    /// Economy settings and issuance policies changed.
    pub configuration_changes: Vec<ActionCount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessCount {
    pub role: Option<Role>,
    pub economy: Option<EconomyCode>,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionCount {
    pub action: String,
    pub count: u64,
}

/// Where a new ticket goes: the cardholder's home economy (that of their latest application) or an
/// economy they name (e.g. the one whose border closure a refund is about).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TicketRoute {
    Home,
    Economy(EconomyCode),
}

/// A ticket as raised by its cardholder. A refund carries its reason; nothing else does.
#[derive(Debug, Clone)]
pub struct NewTicket {
    pub kind: abtc_domain::ticket::TicketKind,
    pub route: TicketRoute,
    pub subject: abtc_domain::ticket::Subject,
    pub message: abtc_domain::ticket::Message,
    pub refund_reason: Option<abtc_domain::ticket::RefundReason>,
}

/// What a party does to a ticket; a refund decision carries its reason, told to the cardholder.
#[derive(Debug, Clone)]
pub enum TicketAction {
    Reply(abtc_domain::ticket::Message),
    Close,
    Reopen,
    DecideRefund {
        approve: bool,
        reason: abtc_domain::ticket::Message,
    },
}

/// A refund request's reason and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundSummary {
    pub reason: abtc_domain::ticket::RefundReason,
    pub status: abtc_domain::ticket::RefundStatus,
}

/// A ticket in a list: no message text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketSummary {
    pub id: abtc_domain::TicketId,
    pub kind: abtc_domain::ticket::TicketKind,
    /// The economy the ticket is routed to.
    pub economy: EconomyCode,
    pub status: abtc_domain::ticket::TicketStatus,
    pub subject: abtc_domain::ticket::Subject,
    pub refund: Option<RefundSummary>,
    pub due_on: Option<time::Date>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// One step of a ticket's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketEntry {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub by: abtc_domain::ticket::Party,
    pub kind: abtc_domain::ticket::EntryKind,
    pub message: Option<abtc_domain::ticket::Message>,
}

/// A ticket with its whole history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    #[serde(flatten)]
    pub summary: TicketSummary,
    pub history: Vec<TicketEntry>,
}

/// A cardholder's mail about a step the economy took on their ticket, claimed for sending. The
/// address, language and subject are read at claim time, so they are the account's current ones.
#[derive(Clone, PartialEq, Eq)]
pub struct TicketMail {
    pub id: i64,
    pub ticket: abtc_domain::TicketId,
    pub kind: abtc_domain::ticket::TicketKind,
    /// The economy the ticket is routed to (the one that acted).
    pub economy: EconomyCode,
    /// What the economy did: reply, refund decision or close.
    pub entry: abtc_domain::ticket::EntryKind,
    pub subject: abtc_domain::ticket::Subject,
    /// The address the cardholder registered with.
    pub address: String,
    pub display_name: String,
    pub language: Option<String>,
    pub attempts: u32,
}

impl std::fmt::Debug for TicketMail {
    /// Address, name and subject are personal data: never in logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TicketMail")
            .field("id", &self.id)
            .field("ticket", &self.ticket)
            .field("entry", &self.entry)
            .field("attempts", &self.attempts)
            .finish_non_exhaustive()
    }
}

/// A lesson learned as its economy writes it.
#[derive(Debug, Clone)]
pub struct NewLesson {
    pub topic: abtc_domain::ticket::Subject,
    pub text: abtc_domain::ticket::LessonText,
}

/// A shared lesson: the economy it comes from and the day, never a person, an officer or a ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lesson {
    pub id: i64,
    pub economy: EconomyCode,
    pub topic: abtc_domain::ticket::Subject,
    pub text: abtc_domain::ticket::LessonText,
    pub written_on: time::Date,
}

/// What one run of the retention purge did, by rule: counts only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurgeSummary {
    pub rejected: u64,
    pub withdrawn: u64,
    pub drafts: u64,
    pub ended_cards: u64,
    /// Closed tickets whose subject and messages were removed.
    pub tickets: u64,
    /// Inbox entries and delivered mail records deleted.
    pub messages: u64,
}

impl PurgeSummary {
    pub fn count(&mut self, rule: abtc_domain::retention::PurgeRule) {
        use abtc_domain::retention::PurgeRule;
        match rule {
            PurgeRule::Rejected => self.rejected += 1,
            PurgeRule::Withdrawn => self.withdrawn += 1,
            PurgeRule::Draft => self.drafts += 1,
            PurgeRule::EndedCard => self.ended_cards += 1,
        }
    }

    /// Applications purged, whatever the rule.
    pub fn applications(&self) -> u64 {
        self.rejected + self.withdrawn + self.drafts + self.ended_cards
    }
}
