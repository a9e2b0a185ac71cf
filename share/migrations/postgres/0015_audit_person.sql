-- PostgreSQL twin of 0015_audit_person.sql: the people each audit row is about, and every
-- value a person has had, kept by triggers (PL/pgSQL here); the back-fill of old rows spelled
-- for PostgreSQL (a regular expression where SQLite uses instr and a CAST).
CREATE TABLE audit_person (
  person_id BIGINT NOT NULL,
  audit_id  BIGINT NOT NULL REFERENCES audit_log (id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, audit_id)
);
CREATE INDEX audit_person_row ON audit_person (audit_id);

CREATE TABLE person_former (
  person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  field     TEXT COLLATE "C" NOT NULL
            CHECK (field IN ('name', 'email', 'phone', 'job_title', 'note')),
  value     TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (person_id, field, value)
);

CREATE FUNCTION person_former_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_former (person_id, field, value)
    SELECT NEW.id, f, v FROM (VALUES ('name', NEW.name), ('email', NEW.email),
                                     ('phone', NEW.phone), ('job_title', NEW.job_title),
                                     ('note', NEW.note)) AS x (f, v)
     WHERE v IS NOT NULL AND v <> ''
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER person_former_insert AFTER INSERT ON person
  FOR EACH ROW WHEN (NEW.erased_at IS NULL) EXECUTE FUNCTION person_former_keep();
CREATE TRIGGER person_former_update AFTER UPDATE OF name, email, phone, job_title, note ON person
  FOR EACH ROW WHEN (NEW.erased_at IS NULL) EXECUTE FUNCTION person_former_keep();

INSERT INTO person_former (person_id, field, value)
  SELECT id, f, v FROM person,
         LATERAL (VALUES ('name', name), ('email', email), ('phone', phone),
                         ('job_title', job_title), ('note', note)) AS x (f, v)
   WHERE erased_at IS NULL AND v IS NOT NULL AND v <> ''
ON CONFLICT DO NOTHING;

INSERT INTO audit_person (person_id, audit_id)
  SELECT entity_id, id FROM audit_log WHERE entity = 'person' AND entity_id IS NOT NULL
ON CONFLICT DO NOTHING;
INSERT INTO audit_person (person_id, audit_id)
  SELECT m.person_id, a.id FROM audit_log a JOIN membership m ON m.id = a.entity_id
   WHERE a.entity = 'membership' AND m.person_id IS NOT NULL
ON CONFLICT DO NOTHING;
INSERT INTO audit_person (person_id, audit_id)
  SELECT x.owner_person_id, a.id FROM audit_log a JOIN action x ON x.id = a.entity_id
   WHERE a.entity = 'action' AND x.owner_person_id IS NOT NULL
ON CONFLICT DO NOTHING;
INSERT INTO audit_person (person_id, audit_id)
  SELECT p, id FROM (SELECT id, CAST(substring(detail FROM '^(?:attendance: )?person ([0-9]+)')
                                     AS BIGINT) AS p
                       FROM audit_log WHERE entity = 'meeting') AS t
   WHERE p > 0
ON CONFLICT DO NOTHING;
INSERT INTO audit_person (person_id, audit_id)
  SELECT t.represented_by, ap.audit_id FROM audit_person ap
    JOIN audit_log a ON a.id = ap.audit_id AND a.entity = 'meeting'
    JOIN attendance t ON t.meeting_id = a.entity_id AND t.person_id = ap.person_id
   WHERE t.represented_by IS NOT NULL
ON CONFLICT DO NOTHING;
