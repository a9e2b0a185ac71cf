-- Erasure and subject access by a person's identity, never by searching text (issue 20).
--
-- Which people each audit row is about: the person of a person, membership or action row, the
-- person and their stand-in for attendance, whoever a minutes recorder or recipient named.
-- `lpg person forget` scrubs exactly these rows (and the command lines of the same run);
-- `lpg person export` lists them. No foreign key to person: a removed person's rows stay.
CREATE TABLE audit_person (
  person_id INTEGER NOT NULL,
  audit_id  INTEGER NOT NULL REFERENCES audit_log (id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, audit_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX audit_person_row ON audit_person (audit_id);

-- Every value a person has had, so that erasure finds the earlier ones too (a name changed by
-- `person edit` is still in the command line that added them). Filled by the triggers below,
-- whatever writes the person; emptied when they are forgotten or removed.
CREATE TABLE person_former (
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  field     TEXT NOT NULL CHECK (field IN ('name', 'email', 'phone', 'job_title', 'note')),
  value     TEXT NOT NULL,
  PRIMARY KEY (person_id, field, value)
) STRICT, WITHOUT ROWID;

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

-- What is known of the past: today's values, and the rows the log ties to a person.
INSERT OR IGNORE INTO person_former (person_id, field, value)
  SELECT id, f, v FROM (SELECT id, 'name' AS f, name AS v, erased_at FROM person UNION ALL
                        SELECT id, 'email', email, erased_at FROM person UNION ALL
                        SELECT id, 'phone', phone, erased_at FROM person UNION ALL
                        SELECT id, 'job_title', job_title, erased_at FROM person UNION ALL
                        SELECT id, 'note', note, erased_at FROM person)
   WHERE erased_at IS NULL AND v IS NOT NULL AND v <> '';

INSERT OR IGNORE INTO audit_person (person_id, audit_id)
  SELECT entity_id, id FROM audit_log WHERE entity = 'person' AND entity_id IS NOT NULL;
INSERT OR IGNORE INTO audit_person (person_id, audit_id)
  SELECT m.person_id, a.id FROM audit_log a JOIN membership m ON m.id = a.entity_id
   WHERE a.entity = 'membership' AND m.person_id IS NOT NULL;
INSERT OR IGNORE INTO audit_person (person_id, audit_id)
  SELECT x.owner_person_id, a.id FROM audit_log a JOIN action x ON x.id = a.entity_id
   WHERE a.entity = 'action' AND x.owner_person_id IS NOT NULL;
-- Attendance rows say "person 12 present" (or "attendance: person 12 ..." from an import).
INSERT OR IGNORE INTO audit_person (person_id, audit_id)
  SELECT CAST(substr(rest, 1, instr(rest || ' ', ' ') - 1) AS INTEGER), id
    FROM (SELECT id, substr(detail, instr(detail, 'person ') + 7) AS rest FROM audit_log
           WHERE entity = 'meeting' AND (detail LIKE 'person %' OR detail LIKE 'attendance: person %'))
   WHERE CAST(substr(rest, 1, instr(rest || ' ', ' ') - 1) AS INTEGER) > 0;
-- Whoever stood in for them at that meeting.
INSERT OR IGNORE INTO audit_person (person_id, audit_id)
  SELECT t.represented_by, ap.audit_id FROM audit_person ap
    JOIN audit_log a ON a.id = ap.audit_id AND a.entity = 'meeting'
    JOIN attendance t ON t.meeting_id = a.entity_id AND t.person_id = ap.person_id
   WHERE t.represented_by IS NOT NULL;
