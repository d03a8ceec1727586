-- Core schema (PostgreSQL). Times are unix microseconds (BIGINT), dates ISO text; whole aggregates are kept
-- as JSON beside the columns the queries filter on.
CREATE TABLE economies (
    code TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT,
    role TEXT NOT NULL,
    economy TEXT,
    display_name TEXT NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL
);
CREATE INDEX accounts_economy ON accounts (economy, role);

CREATE TABLE login_throttle (
    username TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    last_failure_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account TEXT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    account TEXT NOT NULL REFERENCES accounts (id),
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    applicant TEXT NOT NULL REFERENCES accounts (id),
    home TEXT NOT NULL,
    state TEXT NOT NULL,
    family_name TEXT,
    given_names TEXT,
    submitted_at BIGINT,
    review_due_on TEXT,
    wake_at BIGINT,
    version BIGINT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX applications_applicant ON applications (applicant);
CREATE INDEX applications_home_state ON applications (home, state, review_due_on);
CREATE INDEX applications_wake ON applications (wake_at) WHERE wake_at IS NOT NULL;

CREATE TABLE photos (
    application TEXT PRIMARY KEY REFERENCES applications (id),
    bytes BYTEA NOT NULL
);

CREATE TABLE pre_clearances (
    id TEXT PRIMARY KEY,
    application TEXT NOT NULL REFERENCES applications (id),
    economy TEXT NOT NULL,
    home TEXT NOT NULL,
    status TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    due_on TEXT NOT NULL,
    decided_at BIGINT,
    data TEXT NOT NULL,
    UNIQUE (application, economy)
);
CREATE INDEX pre_clearances_queue ON pre_clearances (economy, status, due_on);

CREATE TABLE cards (
    number TEXT PRIMARY KEY,
    application TEXT NOT NULL REFERENCES applications (id),
    holder TEXT NOT NULL,
    home TEXT NOT NULL,
    status TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX cards_holder ON cards (holder);
CREATE INDEX cards_home ON cards (home, status);
CREATE INDEX cards_application ON cards (application);

CREATE TABLE card_serials (
    economy TEXT PRIMARY KEY,
    next_serial BIGINT NOT NULL
);

CREATE TABLE events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application TEXT NOT NULL,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    economy TEXT,
    data TEXT NOT NULL
);
CREATE INDEX events_application ON events (application, id);

CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_account TEXT,
    actor_role TEXT,
    actor_economy TEXT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    outcome TEXT NOT NULL
);

CREATE TABLE outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient TEXT NOT NULL,
    application TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    available_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    claimed_by TEXT,
    claimed_until BIGINT,
    delivered_at BIGINT
);
CREATE INDEX outbox_ready ON outbox (available_at) WHERE delivered_at IS NULL;

CREATE TABLE notifications (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outbox_id BIGINT NOT NULL UNIQUE,
    account TEXT NOT NULL,
    application TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX notifications_account ON notifications (account, id);

CREATE TABLE idempotency (
    account TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    response TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account, key)
);
