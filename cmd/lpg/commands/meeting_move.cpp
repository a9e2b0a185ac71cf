// SPDX-License-Identifier: MIT
// lpg meeting move MEETING --to "YYYY-MM-DD HH:MM" [--duration D] [--allow-closed] [--follow]
#include <lpg/meetings.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app.hpp"
#include "render/meetings.hpp"

namespace lpg::cli {

namespace {
struct MeetingMoveOptions {
  std::string meeting, to, duration;
  bool allow_closed = false, follow = false;
};

std::string when(const Meeting& m) {
  return fmt::format("{} on {}", m.group_name, format_date(date_of(m.starts)));
}

std::string line_of(const DependentMeeting& d) {
  std::string line = fmt::format("  {}, {}: ", when(d.meeting), d.relation);
  if (d.moved) return line + fmt::format("moved to {}", format_local_time(*d.to));
  if (d.kept && d.to) {
    return line + fmt::format("keeps its place; --follow, moving the others, moves it to {}",
                              format_local_time(*d.to));
  }
  if (d.kept) return line + "keeps its place";
  line += "now " + d.now;
  if (d.to) line += fmt::format("; --follow moves it to {}", format_local_time(*d.to));
  if (!d.stays.empty()) line += "; it stays: " + d.stays;
  if (!d.to && d.stays.empty()) line += "; in its place again once the others follow";
  return line;
}

// On stderr: the meetings planned relative to this one, and what became of each. A warning
// when any is left out of its place.
void tell(Context& ctx, const MoveResult& r, bool follow) {
  if (r.own) {
    ctx.warn(
        fmt::format("this meeting was planned {}; it now comes {}", r.own->first, r.own->second));
  }
  if (r.dependents.empty()) return;
  std::size_t n = r.dependents.size();
  std::string head = fmt::format("{} planned relative to this one{}",
                                 n == 1 ? "1 meeting is" : fmt::format("{} meetings are", n),
                                 follow ? ", and followed it where it had to" : "");
  bool out_of_step = false, offer = false;
  for (const auto& d : r.dependents) {
    out_of_step = out_of_step || (!d.kept && !d.moved);
    offer = offer || (d.to && !d.moved);
  }
  if (out_of_step) {
    ctx.warn(head + ":");
  } else {
    ctx.note("lpg: " + head + ":");
  }
  for (const auto& d : r.dependents) ctx.note(line_of(d));
  if (offer) ctx.note("hint: give --follow to move them with it, in one go");
}
}  // namespace

Action setup_meeting_move(CLI::App& sub) {
  auto o = std::make_shared<MeetingMoveOptions>();
  sub.add_option("meeting", o->meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  sub.add_option("--to", o->to, "The new date and time, \"YYYY-MM-DD HH:MM\"")->required();
  sub.add_option("--duration", o->duration, "A new length, e.g. 2h");
  sub.add_flag("--allow-closed", o->allow_closed, "Allow a weekend or closed day");
  sub.add_flag("--follow", o->follow,
               "Move the meetings planned after or between it too, as one change");
  sub.footer(
      "The calendar export carries the move (same UID, higher SEQUENCE). Meetings planned\n"
      "with 'schedule --after' or '--between' relative to this one are named on stderr;\n"
      "--follow moves each that would no longer keep its place.");
  return [o](Context& ctx) {
    Session s = ctx.session();
    std::optional<Minutes> duration;
    if (!o->duration.empty()) duration = parse_duration_at(o->duration, "--duration");
    LocalTime to = parse_local_time_at(o->to, "--to");
    if (auto twice = check_wall_clock(s.clock, to, "--to")) ctx.note(*twice);
    MoveResult r =
        move_meeting(s, find_meeting(s, o->meeting), to, duration, o->allow_closed, o->follow);
    ctx.print(render::meeting_record(r.meeting));
    tell(ctx, r, o->follow);
  };
}

}  // namespace lpg::cli
