-- Communications. Each outbox message is also mailed to its recipient: the outcome is recorded with
-- the delivery itself (mail_status 'sent', 'failed' or 'none', mailed_at when sent), in the same
-- transaction, so a delivered message is never mailed again. Mail goes in the language the applicant
-- registered in (NULL: English).
ALTER TABLE accounts ADD COLUMN language TEXT;
ALTER TABLE outbox ADD COLUMN mail_status TEXT;
ALTER TABLE outbox ADD COLUMN mailed_at BIGINT;
-- Set for notices: the notice the message carries.
ALTER TABLE outbox ADD COLUMN notice BIGINT;

-- Notices to cardholders by the scheme's or an economy's administrator: kept once, queued in the
-- outbox once per recipient. The audience is 'all', 'home' (cardholders of audience_economy) or
-- 'pre_cleared' (cardholders pre-cleared for audience_economy).
CREATE TABLE notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    author TEXT NOT NULL,
    author_role TEXT NOT NULL,
    author_economy TEXT,
    audience TEXT NOT NULL,
    audience_economy TEXT,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    recipients BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
-- Addressing all cardholders reads the active cards without a scan of the others.
CREATE INDEX cards_status_holder ON cards (status, holder);
