// SPDX-License-Identifier: MIT
// lpg import attendance FILE: attendance records as `lpg export attendance` writes them,
// matched by (meeting, person). Recorded history: cancelled and future meetings are allowed.
#include <lpg/meeting_io.hpp>
#include <lpg/text.hpp>

#include "attendance/attendance_rules.hpp"
#include "attendance/attendance_store.hpp"
#include "format/import_history.hpp"

namespace lpg {

namespace {

struct Mark {
  std::int64_t meeting = 0, person = 0;
  std::string status;
  std::optional<std::int64_t> deputy;
  std::optional<bool> guest;
};

bool yes_no(const std::string& text, std::string_view what) {
  std::string w = ascii_lower(text);
  if (w == "yes" || w == "y" || w == "true" || w == "1") return true;
  if (w == "no" || w == "n" || w == "false" || w == "0") return false;
  throw Error(ErrorKind::Invalid, fmt::format("invalid {} \"{}\"", what, text),
              "expected yes or no");
}

MeetingId meeting_of(const Session& s, const import::Get& get) {
  std::string ref = get("meeting");
  if (ref.empty() && !get("group").empty() && !get("date").empty()) {
    ref = get("group") + "@" + get("date");
  }
  return import::row_meeting(s, get("meeting_uid"), ref);
}

Mark read_mark(const Session& s, const import::Get& get) {
  Mark m;
  m.meeting = meeting_of(s, get).v;
  m.person = import::row_person(s, get("person"), get("name"), get("email"), "person").v;
  m.status = ascii_lower(get("status"));
  meetings::check_status(m.status, get("status"));
  if (!get("represented_by").empty() || !get("represented_by_name").empty()) {
    m.deputy =
        import::row_person(s, get("represented_by"), get("represented_by_name"), "", "deputy").v;
  }
  meetings::check_deputy(m.status, m.deputy, m.person,
                         "status represented with a represented_by, and only then");
  if (!get("guest").empty()) m.guest = yes_no(get("guest"), "guest");
  return m;
}

// Not a member on the meeting's day, themselves or through their organisation.
bool is_guest(const Session& s, const Mark& m) {
  Meeting meeting = get_meeting(s, MeetingId{m.meeting});
  return !meetings::member_on(s, meeting.group_id, m.person, format_date(date_of(meeting.starts)));
}

// "added", "updated" or "unchanged".
std::string store(const Session& s, meetings::AttendanceWriter& writer, const Mark& m,
                  const std::string& recorded_at) {
  std::optional<meetings::StoredMark> now = meetings::stored_mark(s, m.meeting, m.person);
  bool guest = m.guest.value_or(false);
  if (now) {
    guest = m.guest.value_or(now->guest);
    if (now->status == m.status && now->deputy == m.deputy && guest == now->guest) {
      return "unchanged";
    }
  } else if (!m.guest) {
    guest = is_guest(s, m);
  }
  writer.write(m.meeting, m.person, {m.status, m.deputy, guest}, recorded_at);
  db::audit(s, "import", "meeting", m.meeting,
            fmt::format("attendance: person {} {}", m.person, m.status),
            {m.person, m.deputy.value_or(0)});
  return now ? "updated" : "added";
}

}  // namespace

ImportSummary import_attendance(const Session& s, const ListImportOptions& o) {
  meetings::AttendanceWriter writer(s);
  return import::each_row(s, o, attendance_columns(), {"status"}, "attendance",
                          [&](const import::Get& get, ImportSummary& sum) {
                            Mark m = read_mark(s, get);
                            std::string done =
                                store(s, writer, m,
                                      import::checked_stamp(get("recorded_at"), "recorded_at"));
                            if (done == "added") ++sum.added;
                            if (done == "updated") ++sum.updated;
                            if (done == "unchanged") ++sum.unchanged;
                          });
}

}  // namespace lpg
