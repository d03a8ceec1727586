-- Mail to a cardholder when the economy acts on their ticket (a reply, a refund decision, closing
-- it): a leased outbox like staff_mail, queued in the same transaction as the ticket's step. It
-- names the ticket and the step, not an address: the address and language are read when the mail
-- is sent, so a ticket or account purged in between gets no mail.
CREATE TABLE ticket_mail (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket TEXT NOT NULL REFERENCES tickets (id),
    entry TEXT NOT NULL,
    available_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    claimed_by TEXT,
    claimed_until BIGINT,
    delivered_at BIGINT,
    mail_status TEXT
);
CREATE INDEX ticket_mail_ready ON ticket_mail (available_at) WHERE delivered_at IS NULL;
CREATE INDEX ticket_mail_ticket ON ticket_mail (ticket) WHERE delivered_at IS NULL;
