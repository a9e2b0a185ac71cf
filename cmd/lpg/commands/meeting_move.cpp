// SPDX-License-Identifier: MIT
// lpg meeting move MEETING --to "YYYY-MM-DD HH:MM" [--duration D] [--allow-closed]
#include <lpg/meetings.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/meetings.hpp"

namespace lpg::cli {

namespace {
struct MeetingMoveOptions {
  std::string meeting, to, duration;
  bool allow_closed = false;
};
}  // namespace

Action setup_meeting_move(CLI::App& sub) {
  auto o = std::make_shared<MeetingMoveOptions>();
  sub.add_option("meeting", o->meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  sub.add_option("--to", o->to, "The new date and time, \"YYYY-MM-DD HH:MM\"")->required();
  sub.add_option("--duration", o->duration, "A new length, e.g. 2h");
  sub.add_flag("--allow-closed", o->allow_closed, "Allow a weekend or closed day");
  sub.footer("The calendar export carries the move (same UID, higher SEQUENCE).");
  return [o](Context& ctx) {
    Session s = ctx.session();
    std::optional<Minutes> duration;
    if (!o->duration.empty()) duration = parse_duration(o->duration, "--duration");
    LocalTime to = parse_local_time(o->to, "--to");
    if (auto twice = check_wall_clock(s.clock, to, "--to")) ctx.note(*twice);
    ctx.print(render::meeting_record(
        move_meeting(s, find_meeting(s, o->meeting), to, duration, o->allow_closed)));
  };
}

}  // namespace lpg::cli
