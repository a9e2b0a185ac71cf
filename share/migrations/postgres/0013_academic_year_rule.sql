-- PostgreSQL twin of 0013_academic_year_rule.sql: term and closure lose the CHECK that fixed
-- the academic year at 1 August to 31 July, and take instead "inside the year's two calendar
-- years", as on SQLite. PostgreSQL alters the tables in place (no rebuild); the unnamed
-- CHECKs are found by what they say.
DO $$
DECLARE c record;
BEGIN
  FOR c IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
            WHERE conrelid IN ('term'::regclass, 'closure'::regclass) AND contype = 'c'
              AND pg_get_constraintdef(oid) LIKE '%-08-01%'
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);
  END LOOP;
END
$$;

ALTER TABLE term ADD CHECK (
  CASE WHEN year ~ '^[0-9]{4}/'
       THEN substr(start_date, 1, 4) >= substr(year, 1, 4) AND
            end_date <= lpad(CAST(CAST(substr(year, 1, 4) AS INTEGER) + 1 AS TEXT), 4, '0')
                        || '-12-31'
       ELSE false END);

ALTER TABLE closure ADD CHECK (
  CASE WHEN year ~ '^[0-9]{4}'
       THEN substr(day, 1, 4) >= substr(year, 1, 4) AND
            day <= lpad(CAST(CAST(substr(year, 1, 4) AS INTEGER) + 1 AS TEXT), 4, '0') || '-12-31'
       ELSE false END);
