// SPDX-License-Identifier: MIT
// lpg meeting agenda remove MEETING POSITION (later items move up)
#include <lpg/meetings.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/meetings.hpp"

namespace lpg::cli {

Action setup_meeting_agenda_remove(CLI::App& sub) {
  auto meeting = std::make_shared<std::string>();
  auto position = std::make_shared<int>(0);
  sub.add_option("meeting", *meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  sub.add_option("position", *position, "The item's number")->required();
  return [meeting, position](Context& ctx) {
    Session s = ctx.session();
    MeetingId id = find_meeting(s, *meeting);
    remove_agenda_item(s, id, *position);
    ctx.print(render::agenda_table(agenda(s, id)));
  };
}

}  // namespace lpg::cli
