-- Cardholder service. A ticket (enquiry, complaint or refund request) belongs to one applicant and
-- is routed to one economy: the cardholder's home economy or the economy they named. Each scoped
-- query filters on applicant or economy, so both are indexed with the listing order.
CREATE TABLE tickets (
    id TEXT PRIMARY KEY,
    applicant TEXT NOT NULL REFERENCES accounts (id),
    economy TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    subject TEXT NOT NULL,
    refund_reason TEXT,
    refund_status TEXT,
    due_on TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX tickets_economy ON tickets (economy, updated_at);
CREATE INDEX tickets_applicant ON tickets (applicant, updated_at);

-- A ticket's history: who (cardholder or the economy, never an officer's name), what, when, and the
-- message if the step had one.
CREATE TABLE ticket_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket TEXT NOT NULL REFERENCES tickets (id),
    at BIGINT NOT NULL,
    party TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT
);
CREATE INDEX ticket_entries_ticket ON ticket_entries (ticket, id);

-- Lessons learned that economies share. Anonymized by construction: no author account, no ticket,
-- no instant (the day only), and text screened for personal data before it is stored.
CREATE TABLE lessons (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    economy TEXT NOT NULL,
    topic TEXT NOT NULL,
    body TEXT NOT NULL,
    written_on TEXT NOT NULL
);
