-- Reports (processing, backlog, issuance, inclusivity, card forms). The figures they need are kept
-- in columns beside the JSON, so that every report query is an indexed range or group over them
-- instead of a scan that parses every row's JSON: when the home economy decided, the applicant's
-- sex and employer size, and whether a card is virtual. Existing rows are filled from their JSON.
ALTER TABLE applications ADD COLUMN home_decided_at BIGINT;
ALTER TABLE applications ADD COLUMN sex TEXT;
ALTER TABLE applications ADD COLUMN small_or_medium BOOLEAN;
ALTER TABLE cards ADD COLUMN is_virtual BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE applications SET
    home_decided_at = (EXTRACT(EPOCH FROM (data::json ->> 'home_decided_at')::timestamptz) * 1000000)::BIGINT,
    sex = data::json -> 'form' ->> 'sex',
    small_or_medium = (data::json -> 'form' -> 'employer' ->> 'small_or_medium')::BOOLEAN;
UPDATE cards SET is_virtual = COALESCE((data::json ->> 'is_virtual')::BOOLEAN, FALSE);

-- Home-review times: decisions in a period, per economy and scheme-wide.
CREATE INDEX applications_home_decided ON applications (home, home_decided_at, submitted_at)
    WHERE home_decided_at IS NOT NULL;
CREATE INDEX applications_decided_at ON applications (home_decided_at, home, submitted_at)
    WHERE home_decided_at IS NOT NULL;
-- Home backlog scheme-wide (the per-economy count uses applications_home_state).
CREATE INDEX applications_state_home ON applications (state, home, review_due_on);
-- Applicants submitted in a period, by sex and employer size.
CREATE INDEX applications_home_submitted ON applications (home, submitted_at, sex, small_or_medium)
    WHERE submitted_at IS NOT NULL;
CREATE INDEX applications_submitted ON applications (submitted_at, home, sex, small_or_medium)
    WHERE submitted_at IS NOT NULL;
-- Pre-clearance times: answers in a period, per economy and scheme-wide.
CREATE INDEX pre_clearances_decided ON pre_clearances (economy, decided_at, requested_at, status)
    WHERE decided_at IS NOT NULL;
CREATE INDEX pre_clearances_decided_at ON pre_clearances (decided_at, economy, requested_at, status)
    WHERE decided_at IS NOT NULL;
-- Pre-clearance backlog scheme-wide (per economy uses pre_clearances_queue).
CREATE INDEX pre_clearances_status_economy ON pre_clearances (status, economy, due_on);
-- Cards issued in a period and active cards, by form.
CREATE INDEX cards_home_issued ON cards (home, issued_on, is_virtual);
CREATE INDEX cards_issued ON cards (issued_on, home, is_virtual);
CREATE INDEX cards_status_home_virtual ON cards (status, home, is_virtual);
