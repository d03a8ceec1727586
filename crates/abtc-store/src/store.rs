//! The store traits, one per aggregate. Every method that reads or changes personal data takes a
//! scope from `abtc_domain::role`, and the backend puts that scope into its SQL.

use async_trait::async_trait;
use time::OffsetDateTime;

use abtc_domain::role::{
    ApplicantScope, AuditScope, EconomyAdminScope, HomeScope, LessonScope, PreClearanceScope,
    ReportScope, SchemeAdminScope, TicketScope,
};
use abtc_domain::views::{PreClearanceView, PublicStatus};
use abtc_domain::{
    AccountId, ApplicationForm, ApplicationId, Card, CardNumber, Case, Command, Economies, Economy,
    EconomyCode, Event, IssuancePolicy, Photo, PreClearanceId, Principal, Reference, TicketId,
};

use abtc_domain::escalation::{Contact, ContactsScope, EscalationScope};
use abtc_domain::retention::RetentionPolicy;

use crate::audit_chain::ChainReport;
use crate::error::StoreResult;
use crate::escalation::{EscalationOverview, StaffMail};
use crate::model::*;
use crate::report::{ProcessingReport, ReportQuery};

#[async_trait]
pub trait EconomyStore: Send + Sync {
    /// The scheme's members (public information).
    async fn economies(&self) -> StoreResult<Economies>;
    /// Fills an empty installation with the given economies; leaves existing ones alone.
    async fn seed_economies(&self, economies: &Economies, now: OffsetDateTime) -> StoreResult<()>;
    /// Participation and settings of any economy: the scheme administrator's call.
    async fn update_economy(
        &self,
        scope: &SchemeAdminScope,
        economy: Economy,
        now: OffsetDateTime,
    ) -> StoreResult<()>;
    /// An economy's own issuance policy and targets: its administrator's call.
    async fn update_own_policy(
        &self,
        scope: &EconomyAdminScope,
        policy: IssuancePolicy,
        pre_clearance_target_days: Option<u16>,
        now: OffsetDateTime,
    ) -> StoreResult<Economy>;
}

#[async_trait]
pub trait AccountStore: Send + Sync {
    /// Self-registration. `Conflict` when the name is taken (the caller must not reveal that).
    async fn create_applicant(&self, account: NewAccount, now: OffsetDateTime) -> StoreResult<()>;
    /// Keeps the hash of a confirmation link's token for `account`'s email address (an applicant's
    /// own, unconfirmed account; otherwise `NotFound`).
    async fn add_email_confirmation(
        &self,
        account: AccountId,
        token_hash: &str,
        expires_at: OffsetDateTime,
    ) -> StoreResult<()>;
    /// Confirms the address whose link carries this token, if it has not expired; the link then
    /// stops working. `false` for an unknown or expired token.
    async fn confirm_email(&self, token_hash: &str, now: OffsetDateTime) -> StoreResult<bool>;
    async fn email_confirmed(&self, scope: &ApplicantScope) -> StoreResult<bool>;
    /// The applicant's own user name (the address registered) and display name, for mail to them.
    async fn applicant_contact(&self, scope: &ApplicantScope) -> StoreResult<(String, String)>;
    async fn create_staff(
        &self,
        by: StaffAuthority,
        account: NewAccount,
        now: OffsetDateTime,
    ) -> StoreResult<()>;
    async fn list_staff(&self, by: StaffAuthority) -> StoreResult<Vec<AccountSummary>>;
    async fn login_record(&self, username: &str) -> StoreResult<Option<LoginRecord>>;
    async fn login_throttle(&self, username: &str) -> StoreResult<Option<LoginThrottle>>;
    /// Counts a failed login for the name, known or not, and returns the new count.
    async fn record_login_failure(&self, username: &str, now: OffsetDateTime) -> StoreResult<u32>;
    async fn clear_login_failures(&self, username: &str) -> StoreResult<()>;
    async fn create_session(
        &self,
        token_hash: &str,
        account: AccountId,
        now: OffsetDateTime,
        expires_at: OffsetDateTime,
    ) -> StoreResult<()>;
    async fn session_principal(
        &self,
        token_hash: &str,
        now: OffsetDateTime,
    ) -> StoreResult<Option<Principal>>;
    async fn delete_session(&self, token_hash: &str) -> StoreResult<()>;
    /// Forgets sessions that have expired; returns how many.
    async fn purge_expired_sessions(&self, now: OffsetDateTime) -> StoreResult<u64>;
    /// A national-system client of the administrator's economy (or any economy, for the operator).
    async fn create_api_client(
        &self,
        by: StaffAuthority,
        economy: EconomyCode,
        id: AccountId,
        name: &str,
        token_hash: &str,
        now: OffsetDateTime,
    ) -> StoreResult<()>;
    async fn list_api_clients(&self, scope: &EconomyAdminScope) -> StoreResult<Vec<ApiClient>>;
    async fn revoke_api_client(
        &self,
        scope: &EconomyAdminScope,
        id: AccountId,
        now: OffsetDateTime,
    ) -> StoreResult<()>;
    async fn token_principal(&self, token_hash: &str) -> StoreResult<Option<Principal>>;
}

#[async_trait]
pub trait CaseStore: Send + Sync {
    async fn create_application(
        &self,
        scope: &ApplicantScope,
        home: EconomyCode,
        form: ApplicationForm,
        now: OffsetDateTime,
    ) -> StoreResult<Case>;
    /// Runs a command on a case the caller may act on, and persists the result with its events,
    /// audit record and outbox messages in one transaction.
    async fn execute(
        &self,
        access: CaseAccess,
        id: ApplicationId,
        command: Command,
        now: OffsetDateTime,
    ) -> StoreResult<Case>;
    /// A decision (or withdrawal of an approval) on a request addressed to the caller's economy.
    async fn execute_pre_clearance(
        &self,
        scope: &PreClearanceScope,
        id: PreClearanceId,
        action: PreClearanceAction,
        now: OffsetDateTime,
    ) -> StoreResult<PreClearanceView>;
    /// Up to 1000 decisions, each with its own result; with a key, a repeated request returns the
    /// first answer and decides nothing.
    async fn decide_batch(
        &self,
        scope: &PreClearanceScope,
        items: Vec<BatchItem>,
        key: Option<IdempotencyKey>,
        now: OffsetDateTime,
    ) -> StoreResult<BatchOutcome>;
    async fn attach_photo(
        &self,
        scope: &ApplicantScope,
        id: ApplicationId,
        photo: Photo,
        now: OffsetDateTime,
    ) -> StoreResult<Case>;
    /// Reads of personal data by staff and national systems (`case`, `photo`, `history`,
    /// `pre_clearance*`) are audited at `now` before the data is returned; an applicant's reads of
    /// their own records are not.
    async fn case(
        &self,
        access: CaseAccess,
        id: ApplicationId,
        now: OffsetDateTime,
    ) -> StoreResult<Case>;
    async fn photo(
        &self,
        access: CaseAccess,
        id: ApplicationId,
        now: OffsetDateTime,
    ) -> StoreResult<Vec<u8>>;
    async fn pre_clearance_photo(
        &self,
        scope: &PreClearanceScope,
        id: PreClearanceId,
        now: OffsetDateTime,
    ) -> StoreResult<Vec<u8>>;
    async fn history(
        &self,
        access: CaseAccess,
        id: ApplicationId,
        now: OffsetDateTime,
    ) -> StoreResult<Vec<Event>>;
    async fn my_applications(&self, scope: &ApplicantScope)
        -> StoreResult<Vec<ApplicationSummary>>;
    async fn home_queue(
        &self,
        scope: &HomeScope,
        filter: ApplicationFilter,
        now: OffsetDateTime,
    ) -> StoreResult<Page<ApplicationSummary>>;
    async fn pre_clearance(
        &self,
        scope: &PreClearanceScope,
        id: PreClearanceId,
        now: OffsetDateTime,
    ) -> StoreResult<PreClearanceView>;
    async fn pre_clearance_history(
        &self,
        scope: &PreClearanceScope,
        id: PreClearanceId,
        now: OffsetDateTime,
    ) -> StoreResult<Vec<Event>>;
    async fn pre_clearance_queue(
        &self,
        scope: &PreClearanceScope,
        filter: PreClearanceFilter,
        now: OffsetDateTime,
    ) -> StoreResult<Page<PreClearanceView>>;
    async fn my_cards(&self, scope: &ApplicantScope) -> StoreResult<Vec<Card>>;
    async fn home_cards(
        &self,
        scope: &HomeScope,
        page: u32,
        per_page: u32,
    ) -> StoreResult<Page<Card>>;
    async fn card(&self, access: CaseAccess, number: &CardNumber) -> StoreResult<Card>;
    /// The application a card belongs to, for card commands (scoped like `card`).
    async fn card_application(
        &self,
        access: CaseAccess,
        number: &CardNumber,
    ) -> StoreResult<ApplicationId>;
    async fn public_status(&self, reference: &Reference) -> StoreResult<PublicStatus>;
    /// Claims cases whose time has come (issuance after waiting days, card expiry) and ticks them;
    /// several servers may run this at once and none handles a case another holds.
    async fn run_due_ticks(&self, now: OffsetDateTime, limit: u32) -> StoreResult<u32>;
    /// Writes whole cases built elsewhere (demo data, imports), with their events, in one transaction.
    async fn import_cases(&self, cases: Vec<ImportedCase>, now: OffsetDateTime) -> StoreResult<()>;
    /// Reserves card serial numbers for `import_cases` callers.
    async fn reserve_card_serials(&self, economy: EconomyCode, count: u64) -> StoreResult<u64>;
}

#[async_trait]
pub trait AuditStore: Send + Sync {
    async fn record_audit(&self, entry: NewAudit) -> StoreResult<()>;
    async fn audit_log(
        &self,
        scope: &AuditScope,
        page: u32,
        per_page: u32,
    ) -> StoreResult<Page<AuditEntry>>;
    /// Checks the whole log against its hash chain (the operator's `abtc audit verify`; no scope,
    /// since it reads hashes and ids only and reports no record's content).
    async fn verify_audit_chain(&self) -> StoreResult<ChainReport>;
    /// Figures on the period [from, to) for the auditor.
    async fn audit_report(
        &self,
        scope: &AuditScope,
        from: OffsetDateTime,
        to: OffsetDateTime,
    ) -> StoreResult<AuditReport>;
}

#[async_trait]
pub trait OutboxStore: Send + Sync {
    /// Leases up to `limit` undelivered messages to `worker` until `lease_until`.
    async fn claim_outbox(
        &self,
        worker: &str,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        limit: u32,
    ) -> StoreResult<Vec<OutboxItem>>;
    /// Puts a claimed message in its recipient's inbox and marks it delivered, once.
    async fn deliver_to_inbox(
        &self,
        worker: &str,
        item: &OutboxItem,
        now: OffsetDateTime,
    ) -> StoreResult<bool>;
    /// Gives a message back for a later try.
    async fn retry_outbox(
        &self,
        worker: &str,
        id: i64,
        available_at: OffsetDateTime,
    ) -> StoreResult<()>;
    async fn outbox_pending(&self) -> StoreResult<u64>;
    async fn notifications(&self, scope: &ApplicantScope) -> StoreResult<Vec<Notification>>;
    /// What mailing a claimed message needs: its recipient's address, name and language, the
    /// application's reference and, for a notice, its text. Only the worker holding the lease gets
    /// it; `None` when the lease is gone or the recipient has no mail address.
    async fn outbox_mail(&self, worker: &str, item: &OutboxItem)
        -> StoreResult<Option<OutboxMail>>;
    /// Puts a claimed message in its recipient's inbox and leaves it claimed for its mail, so the
    /// inbox does not wait for a slow or failing mail server. Repeating it changes nothing.
    async fn post_to_inbox(
        &self,
        worker: &str,
        item: &OutboxItem,
        now: OffsetDateTime,
    ) -> StoreResult<bool>;
    /// Completes a claimed message: its inbox entry (if not there yet), its delivery and what became
    /// of its mail, in one transaction, once; a completed message is never claimed (nor mailed)
    /// again. `false` when the worker no longer holds it.
    async fn complete_outbox(
        &self,
        worker: &str,
        item: &OutboxItem,
        mail: MailOutcome,
        now: OffsetDateTime,
    ) -> StoreResult<bool>;
    /// Records the outcome of a mail claimed from `queue`; false when this worker no longer holds it.
    async fn complete_queued_mail(
        &self,
        queue: MailQueueKind,
        worker: &str,
        id: i64,
        outcome: MailOutcome,
        now: OffsetDateTime,
    ) -> StoreResult<bool>;
    /// Gives a mail claimed from `queue` back for another try at `available_at`.
    async fn retry_queued_mail(
        &self,
        queue: MailQueueKind,
        worker: &str,
        id: i64,
        available_at: OffsetDateTime,
    ) -> StoreResult<()>;
    /// Remembers the language an applicant uses, for the mail sent to them.
    async fn set_mail_language(&self, scope: &ApplicantScope, language: &str) -> StoreResult<()>;
    /// Keeps a notice and queues it in the outbox once per cardholder of its audience, in one
    /// transaction. An economy's administrator addressing anyone but its own cardholders, or those
    /// pre-cleared for it, gets `Forbidden` and nothing is queued.
    async fn send_notice(
        &self,
        by: NoticeAuthority,
        notice: NewNotice,
        now: OffsetDateTime,
    ) -> StoreResult<NoticeReceipt>;
}

/// Keys, trust lists, device keys and credentials of the virtual card.
#[async_trait]
pub trait CredentialStore: Send + Sync {
    async fn add_signing_key(
        &self,
        economy: Option<EconomyCode>,
        role: KeyRole,
        cert_der: Vec<u8>,
        secret: Vec<u8>,
        now: OffsetDateTime,
    ) -> StoreResult<i64>;
    /// Every key, retired ones too (they verify what they signed until it expires).
    async fn signing_keys(&self) -> StoreResult<Vec<StoredKey>>;
    async fn retire_signing_key(&self, id: i64, now: OffsetDateTime) -> StoreResult<()>;
    /// Stores a signed trust list; `Conflict` if the version exists.
    async fn save_trust_list(
        &self,
        version: u64,
        signed: Vec<u8>,
        now: OffsetDateTime,
    ) -> StoreResult<()>;
    async fn latest_trust_list(&self) -> StoreResult<Option<(u64, Vec<u8>)>>;
    /// The holder registers their wallet's device key for an active card of theirs.
    async fn register_device_key(
        &self,
        scope: &ApplicantScope,
        card: &CardNumber,
        public_key: Vec<u8>,
        now: OffsetDateTime,
    ) -> StoreResult<()>;
    async fn device_key(
        &self,
        access: CaseAccess,
        card: &CardNumber,
    ) -> StoreResult<Option<Vec<u8>>>;
    /// The credential slot of (card, revision, device key), created with a fresh status-list index
    /// the first time.
    async fn credential_slot(
        &self,
        access: CaseAccess,
        card: &CardNumber,
        revision: u32,
        device_key_hash: &str,
    ) -> StoreResult<CredentialSlot>;
    async fn put_credential(
        &self,
        card: &CardNumber,
        revision: u32,
        device_key_hash: &str,
        cose: Vec<u8>,
        expires_at: OffsetDateTime,
    ) -> StoreResult<()>;
    /// Status-list indices of the economy's revoked credentials: those whose card is no longer active,
    /// or has a newer revision or another device key.
    async fn revoked_indices(&self, economy: EconomyCode) -> StoreResult<Vec<u64>>;
}

#[async_trait]
pub trait ReportStore: Send + Sync {
    /// The processing, backlog, issuance, inclusivity and card-form figures of one economy (or the
    /// whole scheme when `query.economy` is none) over `query.from..=query.to`. The answer is
    /// aggregates only, so the scope need only prove a staff caller: any economy's figures may be
    /// read by any economy, and nothing in the answer identifies a person.
    async fn processing_report(
        &self,
        scope: &ReportScope,
        query: ReportQuery,
    ) -> StoreResult<ProcessingReport>;
}

/// Cardholder service: tickets and lessons learned. Every ticket method takes a `TicketScope`
/// and the backend puts it into the SQL: a ticket outside the scope is `NotFound`, whoever asks.
#[async_trait]
pub trait TicketStore: Send + Sync {
    /// Raises a ticket for the cardholder, routed as asked; `UnknownEconomy` when the named economy
    /// is not a member, `NotFound` when routed home and the cardholder has no application yet.
    async fn raise_ticket(
        &self,
        scope: &ApplicantScope,
        ticket: NewTicket,
        now: OffsetDateTime,
    ) -> StoreResult<Ticket>;
    /// The cardholder's own tickets, or those routed to the officer's economy, newest activity first.
    async fn tickets(&self, scope: &TicketScope) -> StoreResult<Vec<TicketSummary>>;
    /// One ticket with its history. An officer's read is audited at `now`: the text is personal data.
    async fn ticket(
        &self,
        scope: &TicketScope,
        id: TicketId,
        now: OffsetDateTime,
    ) -> StoreResult<Ticket>;
    /// A reply, close, reopen or refund decision, through the domain's transition, with its
    /// history entry and audit record in one transaction.
    async fn act_on_ticket(
        &self,
        scope: &TicketScope,
        id: TicketId,
        action: TicketAction,
        now: OffsetDateTime,
    ) -> StoreResult<Ticket>;
    /// Shares a lesson learned, credited to the writer's economy (`Forbidden` without one).
    async fn add_lesson(
        &self,
        scope: &LessonScope,
        lesson: NewLesson,
        now: OffsetDateTime,
    ) -> StoreResult<Lesson>;
    /// Every economy's lessons, newest first.
    async fn lessons(&self, scope: &LessonScope) -> StoreResult<Vec<Lesson>>;
    /// Claims up to `limit` due mails about the economies' steps on tickets (queued by
    /// `act_on_ticket` in the step's transaction), leased to `worker` until `lease_until`. A mail
    /// whose ticket or account was purged meanwhile is recorded as not mailed and not returned.
    async fn claim_ticket_mail(
        &self,
        worker: &str,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        limit: u32,
    ) -> StoreResult<Vec<TicketMail>>;
}

/// Escalation of slow processing: contacts per channel, escalations of overdue pre-clearances,
/// weekly digests, and the mail they queue. The jobs (`escalate_overdue`, `queue_digests`) may run
/// on any number of servers at once: each request is escalated once and each digest queued once.
#[async_trait]
pub trait EscalationStore: Send + Sync {
    /// Replaces the channel's contacts (checked by `check_contacts`), audited as a configuration
    /// change.
    async fn set_contacts(
        &self,
        scope: &ContactsScope,
        contacts: &[Contact],
        now: OffsetDateTime,
    ) -> StoreResult<()>;
    async fn contacts(&self, scope: &ContactsScope) -> StoreResult<Vec<Contact>>;
    /// Resolves the escalations of requests decided or closed since, escalates up to `limit`
    /// pending requests newly past their due date, and queues their mail to the economies'
    /// contacts and the efficiency channel, all in one transaction. Returns how many it escalated.
    async fn escalate_overdue(&self, now: OffsetDateTime, limit: u32) -> StoreResult<u64>;
    /// Queues last week's digest (see `digest_week`) for every economy with contacts, and the
    /// scheme digest for the efficiency channel, unless already queued. Returns how many mails.
    async fn queue_digests(&self, now: OffsetDateTime) -> StoreResult<u64>;
    /// Escalations as the scope may see them: counts for the scheme, references for the economy.
    async fn escalations(
        &self,
        scope: &EscalationScope,
        now: OffsetDateTime,
    ) -> StoreResult<EscalationOverview>;
    async fn claim_staff_mail(
        &self,
        worker: &str,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        limit: u32,
    ) -> StoreResult<Vec<StaffMail>>;
}

/// Data retention: removes the personal data of finished records once their period has passed.
#[async_trait]
pub trait RetentionStore: Send + Sync {
    /// Purges up to `limit` applications (each in its own transaction, with its audit record),
    /// then old closed tickets and delivered messages. Aggregates and the audit chain stay intact.
    async fn purge(
        &self,
        policy: &RetentionPolicy,
        now: OffsetDateTime,
        limit: u32,
    ) -> StoreResult<PurgeSummary>;
}

/// Everything the server needs from storage.
#[async_trait]
pub trait Store:
    EconomyStore
    + AccountStore
    + CaseStore
    + AuditStore
    + OutboxStore
    + CredentialStore
    + ReportStore
    + TicketStore
    + EscalationStore
    + RetentionStore
{
    /// The backend's name, for logs and readiness output.
    fn backend(&self) -> &'static str;
    async fn ping(&self) -> StoreResult<()>;
    async fn close(&self);
}
