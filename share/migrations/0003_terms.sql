-- The academic calendar: terms with their half-term breaks, and closure days (INSET days, bank
-- holidays). An academic year is named "2026/27" and runs 1 August 2026 to 31 July 2027, as the
-- DfE counts it; every term and closure lies inside its year. All periods are inclusive: a term
-- from 2026-09-03 to 2026-12-18 includes both days.

CREATE TABLE term (
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
  CHECK (start_date >= substr(year, 1, 4) || '-08-01' AND
         end_date <= printf('%04d-07-31', CAST(substr(year, 1, 4) AS INTEGER) + 1)),
  CHECK ((half_term_start IS NULL) = (half_term_end IS NULL)),
  CHECK (half_term_start IS NULL OR
         (half_term_start <= half_term_end AND half_term_start >= start_date AND
          half_term_end <= end_date))
) STRICT;
CREATE INDEX term_dates ON term (start_date, end_date);

-- Terms never overlap, and their dates run in the order of (year, seq): autumn 2026/27 ends
-- before spring 2026/27 starts, summer 2026/27 ends before autumn 2027/28 starts. A CHECK cannot
-- see other rows, so triggers hold this; lpg checks it first to give a clear message, and
-- `lpg term import` orders its updates so that no step passes through a refused state.
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

-- A day the schools of the calendar are shut although it falls in a term: an INSET day, a bank
-- holiday. Scheduling never puts a meeting on one.
CREATE TABLE closure (
  id         INTEGER PRIMARY KEY,
  year       TEXT NOT NULL,                         -- the academic year the day falls in
  day        TEXT NOT NULL UNIQUE,
  note       TEXT NOT NULL DEFAULT '',              -- "INSET day", "May Day bank holiday"
  created_at TEXT NOT NULL,
  CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  CHECK (day >= substr(year, 1, 4) || '-08-01' AND
         day <= printf('%04d-07-31', CAST(substr(year, 1, 4) AS INTEGER) + 1))
) STRICT;
