// SPDX-License-Identifier: MIT
// lpg minutes list [--owed] [--group G] [--from DATE] [--to DATE]
#include <lpg/minutes.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app.hpp"

namespace lpg::cli {

namespace {
struct MinutesListOptions {
  std::string group, from, to;
  bool owed = false;
};
render::Cell date_or_null(const std::string& iso) {
  return iso.empty() ? render::Cell{} : render::Cell{render::DateCell{iso}};
}
}  // namespace

Action setup_minutes_list(CLI::App& sub) {
  auto o = std::make_shared<MinutesListOptions>();
  sub.add_flag("--owed", o->owed, "Only minutes missing, unapproved or unsubmitted past due");
  sub.add_option("--group", o->group, "Only this group");
  sub.add_option("--from", o->from, "Meetings from this day");
  sub.add_option("--to", o->to, "Meetings up to this day");
  sub.footer("Due: minutes.deadline days after the meeting, or the end of its term.");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    MinutesFilter f;
    if (!o->group.empty()) f.group = find_group(s, o->group);
    if (!o->from.empty()) f.from = parse_date_at(o->from, "--from");
    if (!o->to.empty()) f.to = parse_date_at(o->to, "--to");
    f.owed_only = o->owed;
    render::Table table({{"meeting", ""},
                         {"group", ""},
                         {"date", ""},
                         {"version", ""},
                         {"approved", ""},
                         {"submitted", ""},
                         {"due", ""},
                         {"owed", ""}});
    for (const auto& st : minutes_status(s, f)) {
      table.add(
          {st.meeting.id, st.meeting.group_name, render::date_cell(date_of(st.meeting.starts)),
           st.has_minutes ? render::Cell{std::int64_t{st.version}} : render::Cell{},
           date_or_null(st.approved_on), date_or_null(st.submitted_on), render::DateCell{st.due},
           render::text_or_null(fmt::format("{}", fmt::join(st.owed, ", ")))});
    }
    ctx.print(table);
  };
}

}  // namespace lpg::cli
