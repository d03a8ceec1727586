-- Expired sessions are purged by the workers; find them without a scan.
CREATE INDEX sessions_expiry ON sessions (expires_at);
