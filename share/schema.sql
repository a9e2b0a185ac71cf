-- lpg's schema at version 17, made by applying share/migrations/ to an empty database.
-- Generated: do not edit; regenerate it: scripts/schema.py build/lpg --write share/schema.sql

CREATE TABLE action (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meeting (id),
  text            TEXT NOT NULL,
  owner_person_id INTEGER REFERENCES person (id),
  owner_org_id    INTEGER REFERENCES organisation (id),
  due             TEXT,
  status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  done_on         TEXT,
  done_note       TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  CHECK ((owner_person_id IS NULL) <> (owner_org_id IS NULL)),
  CHECK ((status = 'done') = (done_on IS NOT NULL))
) STRICT;

CREATE INDEX action_meeting ON action (meeting_id);

CREATE INDEX action_org ON action (owner_org_id);

CREATE INDEX action_person ON action (owner_person_id);

CREATE TABLE action_carry (                         -- carried forward to a later meeting
  action_id  INTEGER NOT NULL REFERENCES action (id),
  meeting_id INTEGER NOT NULL REFERENCES meeting (id),
  carried_on TEXT NOT NULL,
  PRIMARY KEY (action_id, meeting_id)
) STRICT;

CREATE TABLE agenda_item (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL CHECK (position >= 1),
  title      TEXT NOT NULL,
  detail     TEXT NOT NULL DEFAULT '',
  UNIQUE (meeting_id, position)
) STRICT;

CREATE TABLE area (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL UNIQUE,
  code        TEXT,                                 -- ONS or council code, optional
  parent_id   INTEGER REFERENCES area (id),
  archived_at TEXT,
  created_at  TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX area_code ON area (code COLLATE NOCASE) WHERE code IS NOT NULL;

CREATE TABLE attendance (
  meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  person_id      INTEGER NOT NULL REFERENCES person (id),
  status         TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'absent', 'represented')),
  represented_by INTEGER REFERENCES person (id),
  guest          INTEGER NOT NULL DEFAULT 0 CHECK (guest IN (0, 1)),
  recorded_at    TEXT NOT NULL,
  PRIMARY KEY (meeting_id, person_id),
  CHECK ((status = 'represented') = (represented_by IS NOT NULL)),
  CHECK (represented_by IS NULL OR represented_by <> person_id)
) STRICT;

CREATE INDEX attendance_person ON attendance (person_id);

CREATE INDEX attendance_status_meeting ON attendance (status, guest, meeting_id);

CREATE INDEX attendance_status_person ON attendance (status, guest, person_id);

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

CREATE TABLE audit_person (
  person_id INTEGER NOT NULL,
  audit_id  INTEGER NOT NULL REFERENCES audit_log (id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, audit_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX audit_person_row ON audit_person (audit_id);

CREATE TABLE "closure" (
  id         INTEGER PRIMARY KEY,
  year       TEXT NOT NULL,                         -- the academic year the day falls in
  day        TEXT NOT NULL UNIQUE,
  note       TEXT NOT NULL DEFAULT '',              -- "INSET day", "May Day bank holiday"
  created_at TEXT NOT NULL,
  CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  CHECK (substr(day, 1, 4) >= substr(year, 1, 4) AND
         day <= printf('%04d-12-31', CAST(substr(year, 1, 4) AS INTEGER) + 1))
) STRICT;

CREATE TABLE grant_award (                          -- "grant" is an SQL keyword
  id           INTEGER PRIMARY KEY,
  group_id     INTEGER NOT NULL REFERENCES grp (id),
  org_id       INTEGER NOT NULL REFERENCES organisation (id),
  project      TEXT NOT NULL,
  amount_pence INTEGER NOT NULL CHECK (amount_pence >= 0),
  awarded_on   TEXT NOT NULL,
  priority_id  INTEGER REFERENCES priority (id),
  status       TEXT NOT NULL CHECK (status IN ('applied', 'awarded', 'paid', 'reported',
                                               'withdrawn')),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX grant_award_group ON grant_award (group_id, awarded_on);

CREATE TABLE grant_status (
  id       INTEGER PRIMARY KEY,
  grant_id INTEGER NOT NULL REFERENCES grant_award (id) ON DELETE CASCADE,
  status   TEXT NOT NULL,
  on_date  TEXT NOT NULL,
  note     TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX grant_status_grant ON grant_status (grant_id, on_date);

CREATE TABLE group_reports_to (
  group_id  INTEGER NOT NULL REFERENCES grp (id) ON DELETE CASCADE,
  parent_id INTEGER NOT NULL REFERENCES grp (id),
  PRIMARY KEY (group_id, parent_id),
  CHECK (group_id <> parent_id)
) STRICT;

CREATE INDEX group_reports_to_parent ON group_reports_to (parent_id);

CREATE TABLE grp (                                  -- "group" is an SQL keyword
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL UNIQUE,
  kind        TEXT NOT NULL,                        -- partnership, hub, board, chairs, ...
  area_id     INTEGER REFERENCES area (id),
  cadence     TEXT,                                 -- canonical: termly, every 8w, every 2m, 3/year, after "X" +2w
  quorum      TEXT,                                 -- "5" members or "1/2" of current core members
  description TEXT NOT NULL DEFAULT '',
  archived_at TEXT,
  created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE indicator (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL,
  name_key       TEXT NOT NULL UNIQUE,
  outcome        TEXT NOT NULL,                     -- the countywide plan outcome it measures
  unit           TEXT NOT NULL CHECK (unit IN ('percent', 'count', 'rate', 'days')),
  better         TEXT NOT NULL CHECK (better IN ('higher', 'lower')),
  target         REAL,
  local_group_id INTEGER REFERENCES grp (id),       -- NULL: a countywide indicator
  description    TEXT NOT NULL DEFAULT '',
  archived_at    TEXT,
  created_at     TEXT NOT NULL
) STRICT;

CREATE INDEX indicator_local ON indicator (local_group_id);

CREATE TABLE indicator_value (
  id            INTEGER PRIMARY KEY,
  indicator_id  INTEGER NOT NULL REFERENCES indicator (id),
  area_id       INTEGER NOT NULL REFERENCES area (id),
  period        TEXT NOT NULL,
  period_kind   TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'academic year',
                                                     'financial year')),
  period_start  TEXT NOT NULL,
  value         REAL NOT NULL,
  source        TEXT NOT NULL DEFAULT '',
  recorded_at   TEXT NOT NULL,
  superseded_at TEXT
) STRICT;

CREATE INDEX indicator_value_area ON indicator_value (area_id, indicator_id, period_start);

CREATE UNIQUE INDEX indicator_value_current ON indicator_value (indicator_id, area_id, period)
  WHERE superseded_at IS NULL;

CREATE TABLE mail_outbox (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  email      TEXT NOT NULL,                  -- as normalise_email gives it (lower case)
  person_id  INTEGER REFERENCES person (id) ON DELETE SET NULL, -- NULL: an organisation's address
  method     TEXT NOT NULL CHECK (method IN ('REQUEST', 'CANCEL')),
  sequence   INTEGER NOT NULL CHECK (sequence >= 0),
  file       TEXT NOT NULL,                  -- its name in the outbox folder
  written_at TEXT NOT NULL
) STRICT;

CREATE INDEX mail_outbox_meeting ON mail_outbox (meeting_id, email);

CREATE INDEX mail_outbox_person ON mail_outbox (person_id);

CREATE TABLE mail_seen (
  digest  TEXT PRIMARY KEY,
  outcome TEXT NOT NULL,
  seen_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE meeting (
  id            INTEGER PRIMARY KEY,
  group_id      INTEGER NOT NULL REFERENCES grp (id),
  starts_at     TEXT NOT NULL,
  duration_min  INTEGER NOT NULL DEFAULT 90 CHECK (duration_min BETWEEN 1 AND 1440),
  venue         TEXT,
  host_org_id   INTEGER REFERENCES organisation (id),
  status        TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
  cancel_reason TEXT,
  uid           TEXT NOT NULL UNIQUE,            -- iCalendar UID: stable for ever
  sequence      INTEGER NOT NULL DEFAULT 0,      -- iCalendar SEQUENCE: bumped on every change
  schedule_key  TEXT,                            -- what generated it, so re-running adds nothing
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

CREATE INDEX meeting_group_time ON meeting (group_id, starts_at);

CREATE UNIQUE INDEX meeting_schedule_key ON meeting (group_id, schedule_key)
  WHERE schedule_key IS NOT NULL;

CREATE INDEX meeting_time ON meeting (starts_at);

CREATE TABLE meeting_relation (
  meeting_id INTEGER PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind = 'after' OR kind = 'between'),
  first_id   INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,  -- the meeting it follows
  second_id  INTEGER REFERENCES meeting (id) ON DELETE CASCADE,  -- between: the one it precedes
  weeks      INTEGER CHECK (weeks >= 0),                         -- after: planned N weeks after
  CHECK (kind = 'between' OR (weeks IS NOT NULL AND second_id IS NULL)),
  CHECK (kind = 'after' OR weeks IS NULL)
) STRICT;

CREATE INDEX meeting_relation_first ON meeting_relation (first_id);

CREATE INDEX meeting_relation_second ON meeting_relation (second_id);

CREATE TABLE meeting_reply (
  meeting_id  INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  email       TEXT NOT NULL,
  person_id   INTEGER REFERENCES person (id) ON DELETE SET NULL,
  partstat    TEXT NOT NULL
              CHECK (partstat IN ('ACCEPTED', 'DECLINED', 'TENTATIVE', 'DELEGATED')),
  sequence    INTEGER NOT NULL CHECK (sequence >= 0),
  dtstamp     TEXT NOT NULL,                 -- the reply's DTSTAMP, "20261014T081500Z"
  message_id  TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (meeting_id, email)
) STRICT;

CREATE INDEX meeting_reply_person ON meeting_reply (person_id);

CREATE TABLE membership (
  id            INTEGER PRIMARY KEY,
  group_id      INTEGER NOT NULL REFERENCES grp (id),
  org_id        INTEGER REFERENCES organisation (id),
  person_id     INTEGER REFERENCES person (id),
  kind          TEXT NOT NULL CHECK (kind IN ('core', 'additional')),
  core_category TEXT,
  role          TEXT,                               -- chair, vice-chair, coordinator, ...
  can_host      INTEGER NOT NULL DEFAULT 0 CHECK (can_host IN (0, 1)),
  from_date     TEXT NOT NULL,
  to_date       TEXT,
  note          TEXT NOT NULL DEFAULT '',
  CHECK ((org_id IS NULL) <> (person_id IS NULL)),
  CHECK (to_date IS NULL OR to_date >= from_date),
  CHECK (kind = 'core' OR core_category IS NULL)
) STRICT;

CREATE INDEX membership_group ON membership (group_id, to_date);

CREATE INDEX membership_org ON membership (org_id);

CREATE INDEX membership_person ON membership (person_id);

CREATE TABLE minutes (                              -- one row a meeting with minutes
  meeting_id   INTEGER PRIMARY KEY REFERENCES meeting (id),
  approved_at  INTEGER REFERENCES meeting (id),     -- the later meeting that approved them
  submitted_to TEXT,                                -- "Name <email>" of the council officer
  submitted_on TEXT,
  CHECK (approved_at IS NULL OR approved_at <> meeting_id)
) STRICT;

CREATE TABLE minutes_version (
  meeting_id  INTEGER NOT NULL REFERENCES minutes (meeting_id),
  version     INTEGER NOT NULL CHECK (version >= 1),
  text        TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  converted   TEXT NOT NULL DEFAULT '',            -- e.g. "from Windows-1252"
  PRIMARY KEY (meeting_id, version)
) STRICT;

CREATE TABLE "org_identifier" (
  scheme TEXT NOT NULL,                             -- ofsted-urn, dfe-urn, la-ref
  value  TEXT NOT NULL,
  org_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  PRIMARY KEY (scheme, value)
) STRICT, WITHOUT ROWID;

CREATE INDEX org_identifier_org ON org_identifier (org_id);

CREATE TABLE "organisation" (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  name_key      TEXT NOT NULL,                      -- not unique: two Little Acorns can exist
  sector        TEXT NOT NULL,                      -- slug: day-nursery, pre-school, ...
  source_type   TEXT,                               -- the register's own type, kept on import
  address       TEXT,
  town          TEXT,
  postcode      TEXT,                               -- normalised: "OX26 6AB"
  area_id       INTEGER REFERENCES area (id),
  phone         TEXT,
  email         TEXT,
  website       TEXT,
  offers_funded INTEGER CHECK (offers_funded IN (0, 1)),  -- funded early education; NULL unknown
  funded_places INTEGER CHECK (funded_places >= 0),
  status        TEXT NOT NULL DEFAULT 'open'
                CHECK (status = 'open' OR status = 'closed' OR status = 'suspended'),
  status_since  TEXT,
  note          TEXT NOT NULL DEFAULT '',
  source        TEXT,                               -- NULL: hand-entered; else ofsted, gias, csv:NAME
  archived_at   TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

CREATE INDEX organisation_area ON organisation (area_id, sector) WHERE area_id IS NOT NULL;

CREATE INDEX organisation_name ON organisation (name_key);

CREATE TABLE person (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  name_key   TEXT NOT NULL,
  email      TEXT,                                  -- lower-cased; unique when present
  phone      TEXT,
  org_id     INTEGER REFERENCES organisation (id),
  job_title  TEXT,
  note       TEXT NOT NULL DEFAULT '',
  erased_at  TEXT,                                  -- set by `lpg person forget`
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX person_email ON person (email) WHERE email IS NOT NULL;

CREATE INDEX person_name ON person (name_key);

CREATE INDEX person_org ON person (org_id);

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

CREATE TABLE "person_former" (
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  field     TEXT NOT NULL CHECK (field IN ('name', 'email', 'phone', 'job_title', 'note')),
  value     TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX person_former_value ON person_former (person_id, field, value);

CREATE TABLE priority (
  id          INTEGER PRIMARY KEY,
  group_id    INTEGER NOT NULL REFERENCES grp (id),
  year        TEXT NOT NULL,                        -- 2026/27 or FY2026/27
  year_start  TEXT NOT NULL,
  text        TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;

CREATE INDEX priority_group ON priority (group_id, year_start);

CREATE TABLE priority_indicator (
  priority_id  INTEGER NOT NULL REFERENCES priority (id) ON DELETE CASCADE,
  indicator_id INTEGER NOT NULL REFERENCES indicator (id),
  PRIMARY KEY (priority_id, indicator_id)
) STRICT;

CREATE TABLE "term" (
  id              INTEGER PRIMARY KEY,
  year            TEXT NOT NULL,                    -- "2026/27"
  name            TEXT NOT NULL CHECK (name IN ('autumn', 'spring', 'summer')),
  seq             INTEGER NOT NULL,                 -- 1 autumn, 2 spring, 3 summer: sorts a year
  start_date      TEXT NOT NULL,
  end_date        TEXT NOT NULL,
  half_term_start TEXT,
  half_term_end   TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (year, name),
  CHECK (year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]' AND
         CAST(substr(year, 6, 2) AS INTEGER) = (CAST(substr(year, 1, 4) AS INTEGER) + 1) % 100),
  CHECK (seq = CASE name WHEN 'autumn' THEN 1 WHEN 'spring' THEN 2 WHEN 'summer' THEN 3 END),
  CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND
         end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  CHECK (end_date >= start_date),
  -- inside the year's two calendar years, whichever month the year begins in
  CHECK (substr(start_date, 1, 4) >= substr(year, 1, 4) AND
         end_date <= printf('%04d-12-31', CAST(substr(year, 1, 4) AS INTEGER) + 1)),
  CHECK ((half_term_start IS NULL) = (half_term_end IS NULL)),
  CHECK (half_term_start IS NULL OR
         (half_term_start <= half_term_end AND half_term_start >= start_date AND
          half_term_end <= end_date))
) STRICT;

CREATE INDEX term_dates ON term (start_date, end_date);

CREATE TRIGGER term_in_order_insert BEFORE INSERT ON term
WHEN EXISTS (SELECT 1 FROM term t
             WHERE CASE WHEN (t.year, t.seq) < (NEW.year, NEW.seq)
                        THEN t.end_date >= NEW.start_date
                        ELSE t.start_date <= NEW.end_date END)
BEGIN
  SELECT RAISE(ABORT, 'terms overlap or are out of order');
END;

CREATE TRIGGER term_in_order_update BEFORE UPDATE ON term
WHEN EXISTS (SELECT 1 FROM term t
             WHERE t.id <> NEW.id AND
                   CASE WHEN (t.year, t.seq) < (NEW.year, NEW.seq)
                        THEN t.end_date >= NEW.start_date
                        ELSE t.start_date <= NEW.end_date END)
BEGIN
  SELECT RAISE(ABORT, 'terms overlap or are out of order');
END;
