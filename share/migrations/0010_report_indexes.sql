-- Indexes the reports need at national scale (3,000 groups, 300,000 people, 2 million
-- attendance rows; see bench/).
-- The people of an organisation: reminders invite the people of member organisations, and
-- without this every lookup scans the whole person table.
CREATE INDEX person_org ON person (org_id);
-- Attendance counted by status, then by person or by meeting: the attendance report counts
-- each status with one range of one index read in order (no sort, no table lookups), which
-- over years of history is several times faster than reading the rows.
CREATE INDEX attendance_status_person ON attendance (status, guest, person_id);
CREATE INDEX attendance_status_meeting ON attendance (status, guest, meeting_id);
