-- The audit log becomes a hash chain (see abtc-store's audit_chain.rs). A record's id is now its place
-- in the chain, given out under the head row's lock when its transaction commits, so ids run 1, 2, 3…
-- without gaps; `seq` repeats it inside what the hash covers, so a row moved elsewhere still says
-- where it belongs. Rows written before this migration are chained once, when the store next opens.
ALTER TABLE audit_log ADD COLUMN seq BIGINT;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

CREATE INDEX audit_log_at ON audit_log (at);

-- The chain's head: the last record's id and hash. One row, read and updated by every append.
CREATE TABLE audit_head (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_id BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (singleton, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Records written during a transaction wait here until it commits, when they are chained in one go:
-- the head is locked last, after every row the transaction needed, so appends cannot deadlock.
CREATE TABLE audit_pending (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at BIGINT NOT NULL,
    actor_account TEXT,
    actor_role TEXT,
    actor_economy TEXT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    outcome TEXT NOT NULL
);
