// SPDX-License-Identifier: MIT
// lpg meeting list [--group G] [--from DATE] [--to DATE] [--upcoming]
#include <lpg/meetings.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/meetings.hpp"

namespace lpg::cli {

namespace {
struct Options {
  std::string group, from, to;
  bool upcoming = false;
};
}  // namespace

Action setup_meeting_list(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  sub.add_option("--group", o->group, "Only this group's meetings");
  sub.add_option("--from", o->from, "From this day (inclusive)");
  sub.add_option("--to", o->to, "Up to this day (inclusive)");
  sub.add_flag("--upcoming", o->upcoming, "From now on, without cancelled meetings");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    MeetingFilter f;
    if (!o->group.empty()) f.group = find_group(s, o->group);
    if (!o->from.empty()) f.from = parse_date(o->from, "--from date");
    if (!o->to.empty()) f.to = parse_date(o->to, "--to date");
    f.upcoming = o->upcoming;
    ctx.print(render::meetings_table(list_meetings(s, f)));
  };
}

}  // namespace lpg::cli
