// SPDX-License-Identifier: MIT
#include "meeting/meeting_fields.hpp"

#include <lpg/errors.hpp>
#include <lpg/meeting_io.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "core/text_check.hpp"

namespace lpg {

// export meetings' columns and cells; import meetings reads the same names.
const columns::Columns<MeetingRecord>& meeting_csv_columns() {
  using columns::Cell;
  using columns::text_or_null;
  using M = MeetingRecord;
  static const columns::Columns<M> out = {
      {"id", [](const M& m) -> Cell { return m.id; }},
      {"uid", [](const M& m) -> Cell { return m.uid; }},
      {"group", [](const M& m) -> Cell { return m.group; }},
      {"date", [](const M& m) -> Cell { return parse_date(m.date); }},
      {"start", [](const M& m) -> Cell { return m.start; }},
      {"duration", [](const M& m) -> Cell { return m.duration; }},
      {"venue", [](const M& m) { return text_or_null(m.venue); }},
      {"host", [](const M& m) { return columns::id_cell(m.host_id); }},
      {"host_name", [](const M& m) { return text_or_null(m.host_name); }},
      {"status", [](const M& m) -> Cell { return m.status; }},
      {"cancel_reason", [](const M& m) { return text_or_null(m.cancel_reason); }},
      {"sequence", [](const M& m) -> Cell { return m.sequence; }},
      {"schedule_key", [](const M& m) { return text_or_null(m.schedule_key); }},
      {"agenda", [](const M& m) { return text_or_null(m.agenda); }},
  };
  return out;
}

const std::vector<std::string>& meeting_columns() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& c : meeting_csv_columns()) out.emplace_back(c.name);
    return out;
  }();
  return names;
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
