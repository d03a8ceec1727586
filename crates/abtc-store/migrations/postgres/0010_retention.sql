-- Data retention. A purged application keeps its row (states, economies, dates, and the report
-- columns sex and small_or_medium) but loses its personal data; purged_at says when. Closed tickets
-- keep kind, economy, status and dates and lose their subject and messages.
ALTER TABLE applications ADD COLUMN purged_at BIGINT;
ALTER TABLE tickets ADD COLUMN purged_at BIGINT;
-- The purge job looks for finished applications not yet purged, and for old closed tickets.
CREATE INDEX applications_unpurged ON applications (state) WHERE purged_at IS NULL;
CREATE INDEX tickets_closed_unpurged ON tickets (updated_at) WHERE purged_at IS NULL AND status = 'closed';
CREATE INDEX notifications_created ON notifications (created_at);
