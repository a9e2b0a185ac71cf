-- A database at schema version 1 (share/migrations/0001_init.sql) holding one row, so that
-- opening it migrates and first takes a backup, lpg.db.v1.bak.
CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  os_user   TEXT NOT NULL,
  command   TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id INTEGER,
  detail    TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
INSERT INTO audit_log (at, os_user, command, action, entity)
  VALUES ('2026-01-01T00:00:00Z', 'tester', 'lpg group add X', 'add', 'grp');
PRAGMA user_version = 1;
