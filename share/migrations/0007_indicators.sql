-- Indicators, their values per area and period, yearly priorities and grants.
-- Periods are stored as canonical text (lpg::Period: 2026-11, 2026-Q3, 2026/27, FY2026/27)
-- with their kind and first day, so they sort chronologically within a kind.
-- Money is whole pence (INTEGER), never floating point.

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

-- A correction never overwrites: the old row gets superseded_at and the new one is current.
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
CREATE UNIQUE INDEX indicator_value_current ON indicator_value (indicator_id, area_id, period)
  WHERE superseded_at IS NULL;
CREATE INDEX indicator_value_area ON indicator_value (area_id, indicator_id, period_start);

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
