// SPDX-License-Identifier: MIT
#include "action/action_fields.hpp"

#include <lpg/meeting_io.hpp>

#include "core/text_check.hpp"

namespace lpg {

const std::vector<std::string>& action_columns() {
  static const std::vector<std::string> columns = {
      "id",         "meeting", "meeting_uid", "group",   "meeting_date", "text",    "owner",
      "owner_name", "due",     "status",      "done_on", "done_note",    "carried", "created_at"};
  return columns;
}

namespace meetings {

void check_action_text(const std::string& text) { check_line(text, "action text"); }

void check_done_note(const std::string& note) { check_text(note, "note"); }

}  // namespace meetings
}  // namespace lpg
