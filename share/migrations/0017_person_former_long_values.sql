-- A person's former values keyed by a unique index instead of the primary key (issue 19).
--
-- PostgreSQL refuses an index row over 2.7 kB (after compression), so a long note could not be
-- stored there while person_former's key held the whole value: `import people` with a 1 MB
-- note failed. Its twin (postgres/0017_...) indexes an MD5 digest of the value instead; SQLite
-- keeps indexing the value itself, in an index of the same name, so that `db check` finds
-- the same keys on both stores. The triggers write with INSERT OR IGNORE as before.
DROP TRIGGER person_former_insert;
DROP TRIGGER person_former_update;

CREATE TABLE person_former_new (
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  field     TEXT NOT NULL CHECK (field IN ('name', 'email', 'phone', 'job_title', 'note')),
  value     TEXT NOT NULL
) STRICT;
INSERT INTO person_former_new (person_id, field, value)
  SELECT person_id, field, value FROM person_former ORDER BY person_id, field, value;
DROP TABLE person_former;
ALTER TABLE person_former_new RENAME TO person_former;
CREATE UNIQUE INDEX person_former_value ON person_former (person_id, field, value);

CREATE TRIGGER person_former_insert AFTER INSERT ON person WHEN NEW.erased_at IS NULL
BEGIN
  INSERT OR IGNORE INTO person_former (person_id, field, value)
    SELECT NEW.id, f, v FROM (SELECT 'name' AS f, NEW.name AS v UNION ALL
                              SELECT 'email', NEW.email UNION ALL
                              SELECT 'phone', NEW.phone UNION ALL
                              SELECT 'job_title', NEW.job_title UNION ALL
                              SELECT 'note', NEW.note)
     WHERE v IS NOT NULL AND v <> '';
END;

CREATE TRIGGER person_former_update AFTER UPDATE OF name, email, phone, job_title, note ON person
  WHEN NEW.erased_at IS NULL
BEGIN
  INSERT OR IGNORE INTO person_former (person_id, field, value)
    SELECT NEW.id, f, v FROM (SELECT 'name' AS f, NEW.name AS v UNION ALL
                              SELECT 'email', NEW.email UNION ALL
                              SELECT 'phone', NEW.phone UNION ALL
                              SELECT 'job_title', NEW.job_title UNION ALL
                              SELECT 'note', NEW.note)
     WHERE v IS NOT NULL AND v <> '';
END;
