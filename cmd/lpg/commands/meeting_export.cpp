// SPDX-License-Identifier: MIT
// lpg meeting export --ics FILE [--group G] [--from DATE] [--to DATE]
#include <lpg/ical.hpp>
#include <lpg/output.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app.hpp"

namespace lpg::cli {

namespace {
struct MeetingExportOptions {
  std::string file, group, from, to;
};
}  // namespace

Action setup_meeting_export(CLI::App& sub) {
  auto o = std::make_shared<MeetingExportOptions>();
  sub.add_option("--ics", o->file, "The iCalendar file to write ('-' for stdout)")->required();
  sub.add_option("--group", o->group, "Only this group's meetings");
  sub.add_option("--from", o->from, "From this day (inclusive)");
  sub.add_option("--to", o->to, "Up to this day (inclusive)");
  sub.footer(
      "Outlook, Google Calendar and Thunderbird import the file; importing it again updates\n"
      "the same events (stable UIDs) rather than adding copies.");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    MeetingFilter f;
    IcalOptions options = published_calendar(s, "Partnership meetings");
    if (!o->group.empty()) {
      f.group = find_group(s, o->group);
    }
    if (!o->from.empty()) f.from = parse_date_at(o->from, "--from");
    if (!o->to.empty()) f.to = parse_date_at(o->to, "--to");
    auto meetings = list_meetings(s, f);
    if (f.group && !meetings.empty()) options.calendar_name = meetings.front().group_name;
    std::string text = to_icalendar(s, meetings, options);
    if (o->file == "-") {
      ctx.out() << text;
      return;
    }
    write_output(o->file, text, {FileMode::Private, Target::Named, true, true});
    ctx.note(fmt::format("wrote {} meeting(s) to {}", meetings.size(), o->file));
  };
}

}  // namespace lpg::cli
