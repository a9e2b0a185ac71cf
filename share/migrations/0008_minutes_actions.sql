-- Minutes (every version kept) and the actions meetings ask people to do.

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
CREATE INDEX action_person ON action (owner_person_id);
CREATE INDEX action_org ON action (owner_org_id);

CREATE TABLE action_carry (                         -- carried forward to a later meeting
  action_id  INTEGER NOT NULL REFERENCES action (id),
  meeting_id INTEGER NOT NULL REFERENCES meeting (id),
  carried_on TEXT NOT NULL,
  PRIMARY KEY (action_id, meeting_id)
) STRICT;
