-- Meetings planned relative to another body's meetings (meeting schedule --after, --between):
-- which meetings each was planned from, so that moving one of those names (or, with --follow,
-- moves) the meetings that depend on it, and report compliance flags a meeting that no longer
-- keeps its place. Until now only schedule_key recorded it ("after:UID", "between:UID"), and
-- neither the weeks nor the second body's meeting.
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

-- Meetings planned before this migration, from their schedule keys. The weeks of an "after"
-- are the whole weeks between the two days (a planned day moved past a closed day moves at
-- most six days); the second meeting of a "between" was never recorded, so it stays unknown
-- and the meeting is held only to come after the first.
INSERT INTO meeting_relation (meeting_id, kind, first_id, weeks)
SELECT m.id, 'after', f.id,
       max(0, CAST((julianday(substr(m.starts_at, 1, 10)) -
                    julianday(substr(f.starts_at, 1, 10))) / 7 AS INTEGER))
  FROM meeting m JOIN meeting f ON f.uid = substr(m.schedule_key, 7)
 WHERE m.schedule_key LIKE 'after:%' AND f.id <> m.id;

INSERT INTO meeting_relation (meeting_id, kind, first_id)
SELECT m.id, 'between', f.id
  FROM meeting m JOIN meeting f ON f.uid = substr(m.schedule_key, 9)
 WHERE m.schedule_key LIKE 'between:%' AND f.id <> m.id;
