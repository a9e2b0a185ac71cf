// SPDX-License-Identifier: MIT
#include "attendance/attendance_rules.hpp"

#include <lpg/errors.hpp>
#include <lpg/meeting_io.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lpg {

// export attendance's columns and cells; import attendance reads the same names.
const columns::Columns<AttendanceRecord>& attendance_csv_columns() {
  using columns::Cell;
  using columns::id_cell;
  using columns::text_or_null;
  using A = AttendanceRecord;
  static const columns::Columns<A> out = {
      {"meeting", [](const A& a) -> Cell { return a.meeting_id; }},
      {"meeting_uid", [](const A& a) -> Cell { return a.meeting_uid; }},
      {"group", [](const A& a) -> Cell { return a.group; }},
      {"date", [](const A& a) -> Cell { return parse_date(a.date); }},
      {"person", [](const A& a) { return id_cell(a.person_id); }},
      {"name", [](const A& a) -> Cell { return a.name; }},
      {"email", [](const A& a) { return text_or_null(a.email); }},
      {"organisation", [](const A& a) { return id_cell(a.org_id); }},
      {"organisation_name", [](const A& a) { return text_or_null(a.organisation); }},
      {"status", [](const A& a) -> Cell { return a.status; }},
      {"represented_by", [](const A& a) { return id_cell(a.represented_by_id); }},
      {"represented_by_name", [](const A& a) { return text_or_null(a.represented_by); }},
      {"guest", [](const A& a) -> Cell { return a.guest; }},
      {"recorded_at", [](const A& a) -> Cell { return a.recorded_at; }},
  };
  return out;
}

const std::vector<std::string>& attendance_columns() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& c : attendance_csv_columns()) out.emplace_back(c.name);
    return out;
  }();
  return names;
}

namespace meetings {

const std::vector<std::string>& attendance_statuses() {
  static const std::vector<std::string> statuses = {"present", "apologies", "absent",
                                                    "represented"};
  return statuses;
}

void check_status(const std::string& status, std::string_view as_written) {
  const auto& statuses = attendance_statuses();
  if (std::find(statuses.begin(), statuses.end(), status) == statuses.end()) {
    throw Error(ErrorKind::Invalid, fmt::format("unknown attendance \"{}\"", as_written),
                "present, apologies, absent or represented");
  }
}

void check_deputy(const std::string& status, std::optional<std::int64_t> deputy,
                  std::int64_t person, std::string_view representation_hint) {
  if ((status == "represented") != deputy.has_value()) {
    throw Error(ErrorKind::Invalid, "a representation names who represented the member",
                std::string(representation_hint));
  }
  if (deputy && *deputy == person) {
    throw Error(ErrorKind::Invalid, "a person cannot represent themselves");
  }
}

}  // namespace meetings
}  // namespace lpg
