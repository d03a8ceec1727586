-- Cardholder service in the reports: tickets raised in a period per economy, and those not yet
-- closed (with the overdue ones), each an indexed range or group instead of a scan.
CREATE INDEX tickets_created ON tickets (created_at, economy, kind);
CREATE INDEX tickets_status_economy ON tickets (status, economy, due_on);
