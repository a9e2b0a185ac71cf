-- PostgreSQL twin of 0012_meeting_relations.sql: the same table, its checks and indexes, and the
-- same back-fill from schedule keys (date arithmetic spelled for PostgreSQL).
CREATE TABLE meeting_relation (
  meeting_id BIGINT PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
  kind       TEXT COLLATE "C" NOT NULL CHECK (kind = 'after' OR kind = 'between'),
  first_id   BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  second_id  BIGINT REFERENCES meeting (id) ON DELETE CASCADE,
  weeks      BIGINT CHECK (weeks >= 0),
  CHECK (kind = 'between' OR (weeks IS NOT NULL AND second_id IS NULL)),
  CHECK (kind = 'after' OR weeks IS NULL)
);
CREATE INDEX meeting_relation_first ON meeting_relation (first_id);
CREATE INDEX meeting_relation_second ON meeting_relation (second_id);

INSERT INTO meeting_relation (meeting_id, kind, first_id, weeks)
SELECT m.id, 'after', f.id,
       greatest(0, (CAST(substr(m.starts_at, 1, 10) AS date) -
                    CAST(substr(f.starts_at, 1, 10) AS date)) / 7)
  FROM meeting m JOIN meeting f ON f.uid = substr(m.schedule_key, 7)
 WHERE m.schedule_key LIKE 'after:%' AND f.id <> m.id;

INSERT INTO meeting_relation (meeting_id, kind, first_id)
SELECT m.id, 'between', f.id
  FROM meeting m JOIN meeting f ON f.uid = substr(m.schedule_key, 9)
 WHERE m.schedule_key LIKE 'between:%' AND f.id <> m.id;
