// SPDX-License-Identifier: MIT
// lpg meeting schedule GROUP (--at "DATE TIME" | --termly --year Y | --every 8w --from --until |
//                             --after GROUP --weeks N --year Y | --between A B --year Y)
#include <lpg/errors.hpp>
#include <lpg/schedule.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app.hpp"
#include "render/meetings.hpp"

namespace lpg::cli {

namespace {

struct MeetingScheduleOptions {
  std::string group, at, year, weekday = "thu", time = "18:30", every, from, until, after;
  std::vector<std::string> between;
  std::string duration = "90m", venue, host;
  bool termly = false, allow_closed = false, dry_run = false;
  int week = 4, weeks = 2;
};

date::weekday parse_weekday(const std::string& text) {
  static const std::vector<std::string> names = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  std::string key = text.substr(0, 3);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (key.size() == 3 && fold_key(key) == names[i])
      return date::weekday{static_cast<unsigned>(i)};
  }
  throw Error(ErrorKind::Invalid, "invalid --weekday '" + text + "'",
              "use mon, tue, wed, thu or fri");
}

ScheduleRequest request_of(const Session& s, const MeetingScheduleOptions& o) {
  ScheduleRequest r;
  r.group = find_group(s, o.group);
  int modes = !o.at.empty() + o.termly + !o.every.empty() + !o.after.empty() + !o.between.empty();
  if (modes != 1) {
    throw Error(ErrorKind::Usage, "choose one of --at, --termly, --every, --after and --between");
  }
  if (!o.at.empty()) r.at = parse_local_time_at(o.at, "--at");
  r.mode = !o.at.empty()      ? ScheduleMode::At
           : o.termly         ? ScheduleMode::Termly
           : !o.every.empty() ? ScheduleMode::Every
           : !o.after.empty() ? ScheduleMode::After
                              : ScheduleMode::Between;
  if (r.mode == ScheduleMode::Termly || r.mode == ScheduleMode::After ||
      r.mode == ScheduleMode::Between) {
    if (o.year.empty()) throw Error(ErrorKind::Usage, "this schedule needs --year, e.g. 2026/27");
    r.year = parse_academic_year(o.year);
  }
  r.week = o.week;
  if (o.week < 1 || o.week > 16) throw Error(ErrorKind::Invalid, "--week must be 1 to 16");
  r.weekday = parse_weekday(o.weekday);
  r.time = parse_time_of_day_at(o.time, "--time");
  if (!o.every.empty()) parse_every(o.every, r.every_count, r.every_unit);
  if (!o.from.empty()) r.from = parse_date_at(o.from, "--from");
  if (!o.until.empty()) r.until = parse_date_at(o.until, "--until");
  if (!o.after.empty()) r.other = find_group(s, o.after);
  if (!o.between.empty()) {
    r.other = find_group(s, o.between.at(0));
    r.second = find_group(s, o.between.at(1));
  }
  r.weeks_after = o.weeks;
  r.duration = parse_duration_at(o.duration, "--duration");
  r.venue = o.venue;
  if (o.host == "rotate") {
    r.rotate_hosts = true;
  } else if (!o.host.empty()) {
    r.host = find_org(s, o.host);
  }
  r.allow_closed = o.allow_closed;
  r.dry_run = o.dry_run;
  return r;
}

}  // namespace

Action setup_meeting_schedule(CLI::App& sub) {
  auto o = std::make_shared<MeetingScheduleOptions>();
  sub.add_option("group", o->group, "The group")->required();
  sub.add_option("--at", o->at, "One meeting: \"YYYY-MM-DD HH:MM\"");
  sub.add_flag("--termly", o->termly, "One meeting a term of --year");
  sub.add_option("--year", o->year, "Academic year, e.g. 2026/27");
  sub.add_option("--week", o->week, "With --termly: week of the term (default 4)");
  sub.add_option("--weekday", o->weekday, "With --termly: mon..fri (default thu)");
  sub.add_option("--time", o->time, "Time of day, HH:MM (default 18:30)");
  sub.add_option("--every", o->every, "Every N days, weeks or months: 14d, 8w, 2m");
  sub.add_option("--from", o->from, "First day (with --every; narrows --year)");
  sub.add_option("--until", o->until, "Last day (with --every; narrows --year)");
  sub.add_option("--after", o->after, "N --weeks after each meeting of this group");
  sub.add_option("--weeks", o->weeks, "With --after: how many weeks (default 2)");
  sub.add_option("--between", o->between,
                 "Midway between a meeting of the first group and "
                 "the next of the second")
      ->expected(2);
  sub.add_option("--duration", o->duration, "Length, e.g. 90m or 2h (default 90m)");
  auto* venue = sub.add_option("--venue", o->venue, "Where, as text");
  sub.add_option("--host", o->host,
                 "A host organisation, or 'rotate' among the members that "
                 "can host")
      ->excludes(venue);
  sub.add_flag("--allow-closed", o->allow_closed,
               "Keep a meeting on a weekend or closed day instead of moving it");
  // The old name, kept working for scripts; one name, as meeting move has.
  sub.add_flag("--allow-weekends", o->allow_closed)->group("");
  sub.add_flag("--dry-run", o->dry_run, "Show the plan; store nothing");
  sub.footer(
      "A meeting never lands on a closed day (weekend, half-term, holiday), unless\n"
      "--allow-closed, or on a day the group already meets: it moves to the next open day\n"
      "and the note says so (and stderr, for --at). Running the same schedule again adds\n"
      "nothing (state 'exists').");
  return [o](Context& ctx) {
    Session s = ctx.session();
    auto plan = schedule_meetings(s, request_of(s, *o));
    ctx.print(render::plan_table(plan));
    // A day asked for by name that the meeting could not keep: say so where people look.
    for (const auto& p : plan) {
      if (o->at.empty() || !p.moved_from || p.state == "exists") continue;
      ctx.warn(fmt::format("the meeting cannot be on {} ({}): it is planned for {} {} instead",
                           format_date(*p.moved_from), p.moved_because,
                           render::weekday_name(date_of(p.starts)),
                           format_date(date_of(p.starts))));
      if (p.closed_day) ctx.note("hint: give --allow-closed to keep the day");
    }
  };
}

}  // namespace lpg::cli
