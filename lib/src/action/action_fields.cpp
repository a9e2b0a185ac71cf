// SPDX-License-Identifier: MIT
#include "action/action_fields.hpp"

#include <lpg/meeting_io.hpp>

#include "core/text_check.hpp"

namespace lpg {

// export actions' columns and cells; import actions reads the same names.
const columns::Columns<ActionRecord>& action_csv_columns() {
  using columns::Cell;
  using columns::date_or_null;
  using columns::text_or_null;
  using A = ActionRecord;
  static const columns::Columns<A> out = {
      {"id", [](const A& a) -> Cell { return a.id; }},
      {"meeting", [](const A& a) -> Cell { return a.meeting_id; }},
      {"meeting_uid", [](const A& a) -> Cell { return a.meeting_uid; }},
      {"group", [](const A& a) -> Cell { return a.group; }},
      {"meeting_date", [](const A& a) { return date_or_null(a.meeting_date); }},
      {"text", [](const A& a) -> Cell { return a.text; }},
      {"owner", [](const A& a) -> Cell { return a.owner; }},
      {"owner_name", [](const A& a) -> Cell { return a.owner_name; }},
      {"due", [](const A& a) { return date_or_null(a.due); }},
      {"status", [](const A& a) -> Cell { return a.status; }},
      {"done_on", [](const A& a) { return date_or_null(a.done_on); }},
      {"done_note", [](const A& a) { return text_or_null(a.done_note); }},
      {"carried", [](const A& a) { return text_or_null(a.carried); }},
      {"created_at", [](const A& a) -> Cell { return a.created_at; }},
  };
  return out;
}

const std::vector<std::string>& action_columns() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& c : action_csv_columns()) out.emplace_back(c.name);
    return out;
  }();
  return names;
}

namespace meetings {

void check_action_text(const std::string& text) { check_line(text, "action text"); }

void check_done_note(const std::string& note) { check_text(note, "note"); }

}  // namespace meetings
}  // namespace lpg
