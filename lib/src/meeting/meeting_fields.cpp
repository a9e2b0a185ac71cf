// SPDX-License-Identifier: MIT
#include "meeting/meeting_fields.hpp"

#include <lpg/errors.hpp>
#include <lpg/meeting_io.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/text_check.hpp"

namespace lpg {

const std::vector<std::string>& meeting_columns() {
  static const std::vector<std::string> columns = {
      "id",   "uid",       "group",  "date",          "start",    "duration",     "venue",
      "host", "host_name", "status", "cancel_reason", "sequence", "schedule_key", "agenda"};
  return columns;
}

namespace meetings {

void check_venue(const std::string& venue) { check_line(venue, "venue"); }

void check_cancel_reason(const std::string& reason) { check_line(reason, "reason"); }

std::optional<std::string> stored_status(const std::string& cell) {
  if (cell.empty()) return std::nullopt;
  std::string status = ascii_lower(cell);
  if (status != "scheduled" && status != "held" && status != "cancelled") {
    throw Error(ErrorKind::Invalid, fmt::format("invalid status \"{}\"", cell),
                "scheduled, held or cancelled");
  }
  return status == "cancelled" ? "cancelled" : "scheduled";
}

void check_agenda_item(const std::string& title, const std::string& detail) {
  check_line(title, "agenda title");
  check_text(detail, "detail");
}

}  // namespace meetings
}  // namespace lpg
