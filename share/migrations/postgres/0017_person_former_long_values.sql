-- PostgreSQL twin of 0017_person_former_long_values.sql: a person's former values are unique
-- by the MD5 digest of the value, not the value, because an index row may not exceed 2.7 kB
-- and a note may be 1 MB. The trigger function's ON CONFLICT DO NOTHING names no key, so it
-- keeps working with this index. schema_shape (db check) reads `md5(value)` as `value`.
ALTER TABLE person_former DROP CONSTRAINT person_former_pkey;
CREATE UNIQUE INDEX person_former_value ON person_former (person_id, field, md5(value));
