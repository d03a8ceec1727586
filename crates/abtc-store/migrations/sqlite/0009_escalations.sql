-- Escalation of slow processing. A pending pre-clearance past its due date is escalated once (one
-- row per request), and resolved when the request is decided or closed; the economy's contacts and
-- the scheme administrator's efficiency channel are mailed. Contacts are per channel: an economy's
-- code, or 'efficiency'.
CREATE TABLE contacts (
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    language TEXT,
    position BIGINT NOT NULL,
    PRIMARY KEY (channel, address)
);

CREATE TABLE escalations (
    pre_clearance TEXT PRIMARY KEY REFERENCES pre_clearances (id),
    economy TEXT NOT NULL,
    due_on TEXT NOT NULL,
    raised_at BIGINT NOT NULL,
    resolved_at BIGINT
);
CREATE INDEX escalations_economy ON escalations (economy, resolved_at, due_on);
CREATE INDEX escalations_open ON escalations (resolved_at) WHERE resolved_at IS NULL;
CREATE INDEX escalations_raised ON escalations (raised_at, economy);

-- One weekly digest per channel and week, recorded with the mail it queues, so a digest is never
-- sent twice however many servers run the job.
CREATE TABLE digests (
    channel TEXT NOT NULL,
    week_start TEXT NOT NULL,
    queued_at BIGINT NOT NULL,
    PRIMARY KEY (channel, week_start)
);

-- Mail to staff channels (escalations, digests): a transactional outbox like the cardholders',
-- addressed to a contact rather than an account. The payload is the figures, rendered in the
-- contact's language when the mail is sent.
CREATE TABLE staff_mail (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    language TEXT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    available_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    claimed_by TEXT,
    claimed_until BIGINT,
    delivered_at BIGINT,
    mail_status TEXT
);
CREATE INDEX staff_mail_ready ON staff_mail (available_at) WHERE delivered_at IS NULL;
