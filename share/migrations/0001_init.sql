-- The audit log: every change lpg makes, with who ran what. Read with `lpg log`.
CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,             -- UTC, ISO 8601
  os_user   TEXT NOT NULL,
  command   TEXT NOT NULL,             -- the command line, as run
  action    TEXT NOT NULL,             -- add, edit, remove, archive, ...
  entity    TEXT NOT NULL,             -- table name: grp, organisation, person, ...
  entity_id INTEGER,
  detail    TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
