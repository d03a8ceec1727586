-- Applicants confirm the address they registered with (a link mailed to it) before they may submit.
-- Accounts that existed before confirmation was asked for count as confirmed.
ALTER TABLE accounts ADD COLUMN email_confirmed_at BIGINT;
UPDATE accounts SET email_confirmed_at = created_at;

CREATE TABLE email_confirmations (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL
);
CREATE INDEX email_confirmations_account ON email_confirmations (account_id);
