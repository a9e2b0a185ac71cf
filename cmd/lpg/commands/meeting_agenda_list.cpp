// SPDX-License-Identifier: MIT
// lpg meeting agenda list MEETING
#include <lpg/meetings.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/meetings.hpp"

namespace lpg::cli {

Action setup_meeting_agenda_list(CLI::App& sub) {
  auto meeting = std::make_shared<std::string>();
  sub.add_option("meeting", *meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  return [meeting](Context& ctx) {
    Session s = ctx.read_session();
    ctx.print(render::agenda_table(agenda(s, find_meeting(s, *meeting))));
  };
}

}  // namespace lpg::cli
