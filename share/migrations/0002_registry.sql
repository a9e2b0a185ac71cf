-- The partnership registry: areas, groups, organisations, people and memberships.
-- name_key columns hold the Unicode case-folded name (lpg::fold_key) for case-insensitive
-- lookups and uniqueness; SQLite's NOCASE folds ASCII only.
-- Dates are ISO 8601 text (YYYY-MM-DD); timestamps are UTC ISO 8601 (…Z).

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

CREATE TABLE group_reports_to (
  group_id  INTEGER NOT NULL REFERENCES grp (id) ON DELETE CASCADE,
  parent_id INTEGER NOT NULL REFERENCES grp (id),
  PRIMARY KEY (group_id, parent_id),
  CHECK (group_id <> parent_id)
) STRICT;
CREATE INDEX group_reports_to_parent ON group_reports_to (parent_id);

CREATE TABLE organisation (
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
  status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'suspended')),
  status_since  TEXT,
  note          TEXT NOT NULL DEFAULT '',
  source        TEXT,                               -- NULL: hand-entered; else ofsted, gias, csv:NAME
  archived_at   TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX organisation_name ON organisation (name_key);
CREATE INDEX organisation_area ON organisation (area_id, sector);

CREATE TABLE org_identifier (                       -- register identifiers, unique per scheme
  org_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  scheme TEXT NOT NULL,                             -- ofsted-urn, dfe-urn, la-ref
  value  TEXT NOT NULL,
  PRIMARY KEY (scheme, value)
) STRICT;
CREATE INDEX org_identifier_org ON org_identifier (org_id);

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
CREATE INDEX person_name ON person (name_key);
CREATE UNIQUE INDEX person_email ON person (email) WHERE email IS NOT NULL;

-- A membership is [from_date, to_date): current on from_date, no longer current on to_date.
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
