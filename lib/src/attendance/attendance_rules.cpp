// SPDX-License-Identifier: MIT
#include "attendance/attendance_rules.hpp"

#include <lpg/errors.hpp>
#include <lpg/meeting_io.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lpg {

const std::vector<std::string>& attendance_columns() {
  static const std::vector<std::string> columns = {
      "meeting", "meeting_uid",    "group",
      "date",    "person",         "name",
      "email",   "organisation",   "organisation_name",
      "status",  "represented_by", "represented_by_name",
      "guest",   "recorded_at"};
  return columns;
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
