// SPDX-License-Identifier: MIT
// lpg meeting attend: the rules; the rows are attendance_store's.
#include <lpg/attendance.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "attendance/attendance_rules.hpp"
#include "attendance/attendance_store.hpp"
#include "db/audit.hpp"
#include "db/store_impl.hpp"

namespace lpg {

std::vector<AttendanceRow> record_attendance(const Session& s, MeetingId id,
                                             const std::vector<AttendanceMark>& marks, bool force) {
  db::WriteTx tx(db::connection(s.store));
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
  meetings::AttendanceWriter writer(s);
  for (const auto& mark : marks) {
    std::optional<std::int64_t> deputy;
    if (mark.represented_by) deputy = mark.represented_by->v;
    meetings::check_status(mark.status, mark.status);
    meetings::check_deputy(mark.status, deputy, mark.person.v);
    bool guest = !meetings::member_on(s, m.group_id, mark.person.v, day);
    writer.write(m.id, mark.person.v, {mark.status, deputy, guest});
    db::audit(s, "attend", "meeting", m.id, fmt::format("person {} {}", mark.person.v, mark.status),
              {mark.person.v, deputy.value_or(0)});
  }
  tx.commit();
  return attendance(s, id);
}

std::vector<AttendanceRow> attendance(const Session& s, MeetingId meeting) {
  return meetings::read_attendance(s, meeting.v);
}

}  // namespace lpg
