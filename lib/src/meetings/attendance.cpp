// SPDX-License-Identifier: MIT
#include <lpg/attendance.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <charconv>

#include "db/audit.hpp"
#include "db/store_impl.hpp"

namespace lpg {

namespace {

// Is the person a member on `day`, themselves or through their organisation?
bool is_member(const Session& s, std::int64_t group, std::int64_t person, const std::string& day) {
  SQLite::Statement q(db::conn(s.store), R"sql(
    SELECT 1 FROM membership m WHERE m.group_id = ?1 AND m.from_date <= ?3
       AND (m.to_date IS NULL OR m.to_date > ?3)
       AND (m.person_id = ?2 OR m.org_id = (SELECT org_id FROM person WHERE id = ?2)) LIMIT 1)sql");
  q.bind(1, static_cast<int64_t>(group));
  q.bind(2, static_cast<int64_t>(person));
  q.bind(3, day);
  return q.executeStep();
}

void check_mark(const AttendanceMark& mark) {
  static const std::vector<std::string> statuses = {"present", "apologies", "absent",
                                                    "represented"};
  if (std::find(statuses.begin(), statuses.end(), mark.status) == statuses.end()) {
    throw Error(ErrorKind::Invalid, fmt::format("unknown attendance \"{}\"", mark.status),
                "present, apologies, absent or represented");
  }
  if ((mark.status == "represented") != mark.represented_by.has_value()) {
    throw Error(ErrorKind::Invalid, "a representation names who represented the member");
  }
  if (mark.represented_by && mark.represented_by->v == mark.person.v) {
    throw Error(ErrorKind::Invalid, "a person cannot represent themselves");
  }
}

}  // namespace

std::vector<AttendanceRow> record_attendance(const Session& s, MeetingId id,
                                             const std::vector<AttendanceMark>& marks, bool force) {
  db::WriteTx tx(s.store);
  Meeting m = get_meeting(s, id);
  if (m.status == "cancelled") {
    throw Error(ErrorKind::Conflict, fmt::format("meeting {} was cancelled", m.id));
  }
  if (m.status == "scheduled" && !force) {
    throw Error(
        ErrorKind::Conflict,
        fmt::format("meeting {} has not happened yet ({})", m.id, format_local_time(m.starts)),
        "give --force to record attendance in advance");
  }
  std::string day = format_date(date_of(m.starts));
  SQLite::Statement upsert(db::conn(s.store), R"sql(
    INSERT INTO attendance (meeting_id, person_id, status, represented_by, guest, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status,
      represented_by = excluded.represented_by, guest = excluded.guest,
      recorded_at = excluded.recorded_at)sql");
  for (const auto& mark : marks) {
    check_mark(mark);
    upsert.reset();
    upsert.clearBindings();
    upsert.bind(1, static_cast<int64_t>(m.id));
    upsert.bind(2, static_cast<int64_t>(mark.person.v));
    upsert.bind(3, mark.status);
    if (mark.represented_by) upsert.bind(4, static_cast<int64_t>(mark.represented_by->v));
    upsert.bind(5, is_member(s, m.group_id, mark.person.v, day) ? 0 : 1);
    upsert.bind(6, s.clock.utc_stamp());
    upsert.exec();
    db::audit(s, "attend", "meeting", m.id, fmt::format("person {} {}", mark.person.v, mark.status),
              {mark.person.v, mark.represented_by ? mark.represented_by->v : 0});
  }
  tx.commit();
  return attendance(s, id);
}

std::vector<AttendanceRow> attendance(const Session& s, MeetingId meeting) {
  SQLite::Statement q(db::conn(s.store), R"sql(
    SELECT a.person_id, p.name, coalesce(o.name, ''), a.status, coalesce(d.name, ''), a.guest
      FROM attendance a JOIN person p ON p.id = a.person_id
      LEFT JOIN organisation o ON o.id = p.org_id
      LEFT JOIN person d ON d.id = a.represented_by
     WHERE a.meeting_id = ? ORDER BY a.guest, p.name_key, p.id)sql");
  q.bind(1, static_cast<int64_t>(meeting.v));
  std::vector<AttendanceRow> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                   q.getColumn(2).getString(), q.getColumn(3).getString(),
                   q.getColumn(4).getString(), q.getColumn(5).getInt() != 0});
  }
  return out;
}

}  // namespace lpg
