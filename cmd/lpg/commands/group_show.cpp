// SPDX-License-Identifier: MIT
// lpg group show GROUP: the group, then one section per list about it.
#include <lpg/groups.hpp>
#include <lpg/meetings.hpp>
#include <lpg/members.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/meetings.hpp"
#include "render/members.hpp"
#include "render/registry.hpp"

namespace lpg::cli {

Action setup_group_show(CLI::App& sub) {
  auto ref = std::make_shared<std::string>();
  sub.add_option("group", *ref, "Name or #id")->required();
  return [ref](Context& ctx) {
    Session s = ctx.read_session();
    Group g = show_group(s, *ref);
    render::Record record = render::group_record(g);
    std::vector<render::Section> sections = render::group_sections(g);
    MeetingFilter upcoming;
    upcoming.group = g.id;
    upcoming.upcoming = true;
    auto next = list_meetings(s, upcoming);
    // Both keys always, so JSON and CSV keep one shape whether or not a meeting is planned.
    const Meeting* m = next.empty() ? nullptr : &next.front();
    record.add("next_meeting", m ? render::Cell{format_local_time(m->starts)} : render::Cell{},
               "next meeting");
    record.add("next_meeting_location",
               m && !m->location().empty() ? render::Cell{m->location()} : render::Cell{}, "where");
    sections.push_back({"members", render::members_table(list_members(s, g.id, {}))});
    render::Table missing(std::vector<render::Column>{{"gap", "missing"}});
    for (const auto& gap : group_gaps(s, g.id, s.clock.today())) missing.add({gap});
    sections.push_back({"missing", missing});
    render::print(ctx.out(), record, sections, ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
