// SPDX-License-Identifier: MIT
// The owner of the table attendance: every INSERT and UPDATE of it, and its reads.
#include "attendance/attendance_store.hpp"

#include <lpg/meeting_io.hpp>

#include "db/store_impl.hpp"
#include "meeting/meeting_store.hpp"
#include "member/member_store.hpp"
#include "person/person_store.hpp"

namespace lpg::meetings {

std::optional<StoredMark> stored_mark(const Session& s, std::int64_t meeting, std::int64_t person) {
  db::Statement q(db::connection(s.store),
                  "SELECT status, represented_by, guest FROM attendance "
                  "WHERE meeting_id = ? AND person_id = ?");
  q.bind(1, meeting);
  q.bind(2, person);
  if (!q.step()) return std::nullopt;
  return StoredMark{q.column(0).text(), q.column(1).opt_int64(), q.column(2).int64() != 0};
}

// Membership is member_store's to read, a person's organisation person_store's.
bool member_on(const Session& s, std::int64_t group, std::int64_t person, const std::string& day) {
  db::Connection& c = db::connection(s.store);
  return member_store::sits_on(c, group, person, person_store::org_of(c, person), day);
}

std::vector<Attendee> attendees_of(const Session& s, std::int64_t meeting) {
  db::Statement q(db::connection(s.store), R"sql(
    SELECT a.person_id, p.name, p.org_id, a.status, coalesce(d.name, '')
      FROM attendance a JOIN person p ON p.id = a.person_id
      LEFT JOIN person d ON d.id = a.represented_by
     WHERE a.meeting_id = ? ORDER BY p.name_key, p.id)sql");
  q.bind(1, meeting);
  std::vector<Attendee> out;
  while (q.step()) {
    out.push_back({q.column(0).int64(), q.column(1).text(), q.column(2).opt_int64(),
                   q.column(3).text(), q.column(4).text()});
  }
  return out;
}

std::int64_t attendance_count_of(const Session& s, std::int64_t person) {
  db::Statement q(db::connection(s.store),
                  "SELECT count(*) FROM attendance WHERE person_id = ?1 OR represented_by = ?1");
  q.bind(1, person);
  q.step();
  return q.column(0).int64();
}

std::vector<PersonExport::Attendance> attendance_export_of(const Session& s, std::int64_t person) {
  db::Statement q(db::connection(s.store), R"sql(
    SELECT a.meeting_id, g.name, substr(m.starts_at, 1, 10), a.status, d.name, NULL
      FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN grp g ON g.id = m.group_id
      LEFT JOIN person d ON d.id = a.represented_by
     WHERE a.person_id = ?1
    UNION ALL
    SELECT a.meeting_id, g.name, substr(m.starts_at, 1, 10), 'representing', NULL, p.name
      FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN grp g ON g.id = m.group_id
      JOIN person p ON p.id = a.person_id
     WHERE a.represented_by = ?1
     ORDER BY 3, 1, 4)sql");
  q.bind(1, person);
  std::vector<PersonExport::Attendance> out;
  while (q.step()) {
    out.push_back({q.column(0).int64(), q.column(1).text(), q.column(2).text(), q.column(3).text(),
                   q.column(4).opt_text(), q.column(5).opt_text()});
  }
  return out;
}

AttendanceWriter::AttendanceWriter(const Session& s)
    : s_(s), upsert_(db::connection(s.store), R"sql(
    INSERT INTO attendance (meeting_id, person_id, status, represented_by, guest, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status,
      represented_by = excluded.represented_by, guest = excluded.guest,
      recorded_at = excluded.recorded_at)sql") {}

void AttendanceWriter::write(std::int64_t meeting, std::int64_t person, const StoredMark& mark,
                             const std::string& recorded_at) {
  upsert_.bind(1, meeting);
  upsert_.bind(2, person);
  upsert_.bind(3, mark.status);
  upsert_.bind(4, mark.deputy);
  upsert_.bind(5, mark.guest ? 1 : 0);
  upsert_.bind(6, recorded_at.empty() ? s_.clock.utc_stamp() : recorded_at);
  upsert_.exec();
}

std::vector<AttendanceRow> read_attendance(const Session& s, std::int64_t meeting) {
  db::Statement q(db::connection(s.store), R"sql(
    SELECT a.person_id, p.name, coalesce(o.name, ''), a.status, coalesce(d.name, ''), a.guest
      FROM attendance a JOIN person p ON p.id = a.person_id
      LEFT JOIN organisation o ON o.id = p.org_id
      LEFT JOIN person d ON d.id = a.represented_by
     WHERE a.meeting_id = ? ORDER BY a.guest, p.name_key, p.id)sql");
  q.bind(1, meeting);
  std::vector<AttendanceRow> out;
  while (q.step()) {
    out.push_back({q.column(0).int64(), q.column(1).text(), q.column(2).text(), q.column(3).text(),
                   q.column(4).text(), q.column(5).int64() != 0});
  }
  return out;
}

}  // namespace lpg::meetings

namespace lpg {

std::vector<AttendanceRecord> export_attendance(const Session& s, const MeetingExportFilter& f) {
  db::ReadTx tx(db::connection(s.store));
  db::Statement q(db::connection(s.store), R"sql(
    SELECT a.meeting_id, m.uid, g.name, substr(m.starts_at, 1, 10), a.person_id, p.name,
           p.email, p.org_id, o.name, a.status, a.represented_by, d.name, a.guest, a.recorded_at
      FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN grp g ON g.id = m.group_id
      JOIN person p ON p.id = a.person_id
      LEFT JOIN organisation o ON o.id = p.org_id
      LEFT JOIN person d ON d.id = a.represented_by)sql" +
                                               meetings::export_where(f) +
                                               " ORDER BY m.starts_at, g.name, m.id, a.guest, "
                                               "p.name_key, p.id");
  meetings::bind_export_filter(q, f);
  std::vector<AttendanceRecord> out;
  while (q.step()) {
    AttendanceRecord a;
    a.meeting_id = q.column(0).int64();
    a.meeting_uid = q.column(1).text();
    a.group = q.column(2).text();
    a.date = q.column(3).text();
    a.person_id = q.column(4).int64();
    a.name = q.column(5).text();
    a.email = q.column(6).text();
    a.org_id = q.column(7).opt_int64();
    a.organisation = q.column(8).text();
    a.status = q.column(9).text();
    a.represented_by_id = q.column(10).opt_int64();
    a.represented_by = q.column(11).text();
    a.guest = q.column(12).int64() != 0;
    a.recorded_at = q.column(13).text();
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace lpg
