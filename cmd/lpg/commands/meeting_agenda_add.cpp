// SPDX-License-Identifier: MIT
// lpg meeting agenda add MEETING TITLE [--detail] [--position N]
#include <lpg/meetings.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/meetings.hpp"

namespace lpg::cli {

namespace {
struct AddOptions {
  std::string meeting, title, detail;
  std::optional<int> position;
};
}  // namespace

Action setup_meeting_agenda_add(CLI::App& sub) {
  auto o = std::make_shared<AddOptions>();
  sub.add_option("meeting", o->meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  sub.add_option("title", o->title, "The item")->required();
  sub.add_option("--detail", o->detail, "More about it");
  sub.add_option("--position", o->position, "Where in the agenda (default: last)");
  return [o](Context& ctx) {
    Session s = ctx.session();
    MeetingId meeting = find_meeting(s, o->meeting);
    add_agenda_item(s, meeting, o->title, o->detail, o->position);
    ctx.print(render::agenda_table(agenda(s, meeting)));
  };
}

}  // namespace lpg::cli
