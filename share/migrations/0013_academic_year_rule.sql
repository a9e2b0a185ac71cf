-- When an academic year begins is a setting now (lpg.toml terms.academic_year_starts: 1 August
-- or 1 September), and lpg checks that every term and closure lies inside its year by that
-- rule. The tables lose the CHECK that fixed the year at 1 August to 31 July, which would refuse
-- a closure on a late-August bank holiday of a year that begins in September; everything else
-- is as it was. Rebuilt the way SQLite documents (foreign keys are off while lpg migrates; no
-- table refers to these two).
CREATE TABLE term_new (
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
INSERT INTO term_new SELECT * FROM term;
DROP TABLE term;
ALTER TABLE term_new RENAME TO term;
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

CREATE TABLE closure_new (
  id         INTEGER PRIMARY KEY,
  year       TEXT NOT NULL,                         -- the academic year the day falls in
  day        TEXT NOT NULL UNIQUE,
  note       TEXT NOT NULL DEFAULT '',              -- "INSET day", "May Day bank holiday"
  created_at TEXT NOT NULL,
  CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  CHECK (substr(day, 1, 4) >= substr(year, 1, 4) AND
         day <= printf('%04d-12-31', CAST(substr(year, 1, 4) AS INTEGER) + 1))
) STRICT;
INSERT INTO closure_new SELECT * FROM closure;
DROP TABLE closure;
ALTER TABLE closure_new RENAME TO closure;
