-- The virtual card: economies' signing keys (CSCA roots and document signers), the scheme's trust
-- anchor, signed trust lists, holders' device keys and issued credentials. A credential is revoked
-- when its card is no longer active or has moved on (new revision or device key), which the status
-- list query derives; nothing has to be remembered to revoke.
CREATE TABLE signing_keys (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    economy TEXT,
    role TEXT NOT NULL,
    cert_der BYTEA NOT NULL,
    secret BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    retired_at BIGINT
);
CREATE INDEX signing_keys_economy ON signing_keys (economy, role);

CREATE TABLE trust_lists (
    version BIGINT PRIMARY KEY,
    signed BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);

ALTER TABLE cards ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;

CREATE TABLE device_keys (
    card TEXT PRIMARY KEY REFERENCES cards (number),
    key_hash TEXT NOT NULL,
    public_key BYTEA NOT NULL,
    registered_at BIGINT NOT NULL
);

CREATE TABLE status_counters (
    economy TEXT PRIMARY KEY,
    next_index BIGINT NOT NULL
);

CREATE TABLE credentials (
    card TEXT NOT NULL REFERENCES cards (number),
    revision BIGINT NOT NULL,
    device_key_hash TEXT NOT NULL,
    economy TEXT NOT NULL,
    status_index BIGINT NOT NULL,
    cose BYTEA NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (card, revision, device_key_hash),
    UNIQUE (economy, status_index)
);
CREATE INDEX credentials_economy ON credentials (economy);
