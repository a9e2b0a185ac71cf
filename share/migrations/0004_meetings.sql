-- Meetings, their agendas and attendance.
-- starts_at is local wall-clock time in general.timezone ("2027-01-14 18:30"); conversion to
-- UTC happens only on export, through the tz database.

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
CREATE INDEX meeting_time ON meeting (starts_at);
CREATE UNIQUE INDEX meeting_schedule_key ON meeting (group_id, schedule_key)
  WHERE schedule_key IS NOT NULL;

CREATE TABLE agenda_item (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL CHECK (position >= 1),
  title      TEXT NOT NULL,
  detail     TEXT NOT NULL DEFAULT '',
  UNIQUE (meeting_id, position)
) STRICT;

-- One row a person a meeting. Representation counts as attendance for the member represented.
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
