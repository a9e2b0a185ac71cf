// SPDX-License-Identifier: MIT
// lpg meeting list [--group G] [--from DATE] [--to DATE] [--upcoming]
#include <lpg/meetings.hpp>
#include <lpg/terms.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/meetings.hpp"

namespace lpg::cli {

namespace {
struct MeetingListOptions {
  std::string group, from, to, term;
  bool upcoming = false;
};
}  // namespace

Action setup_meeting_list(CLI::App& sub) {
  auto o = std::make_shared<MeetingListOptions>();
  sub.add_option("--group", o->group, "Only this group's meetings");
  sub.add_option("--from", o->from, "From this day (inclusive)");
  sub.add_option("--to", o->to, "Up to this day (inclusive)");
  sub.add_option("--term", o->term, "Only this term's meetings: \"2026/27 autumn\", current, next");
  sub.add_flag("--upcoming", o->upcoming, "From now on, without cancelled meetings");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    MeetingFilter f;
    if (!o->group.empty()) f.group = find_group(s, o->group);
    if (!o->from.empty()) f.from = parse_date_at(o->from, "--from");
    if (!o->to.empty()) f.to = parse_date_at(o->to, "--to");
    if (!o->term.empty()) {
      Term term = find_term(s, o->term);
      f.from = term.dates.start;
      f.to = term.dates.end;
    }
    f.upcoming = o->upcoming;
    ctx.print(render::meetings_table(list_meetings(s, f)));
  };
}

}  // namespace lpg::cli
