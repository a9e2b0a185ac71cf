// SPDX-License-Identifier: MIT
// lpg meeting edit MEETING (--venue TEXT | --host ORG)
#include <lpg/errors.hpp>
#include <lpg/meetings.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/meetings.hpp"

namespace lpg::cli {

namespace {
struct MeetingEditOptions {
  std::string meeting;
  std::optional<std::string> venue, host;
};
}  // namespace

Action setup_meeting_edit(CLI::App& sub) {
  auto o = std::make_shared<MeetingEditOptions>();
  sub.add_option("meeting", o->meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  auto* venue = sub.add_option("--venue", o->venue, "Where, as text (replaces the host)");
  sub.add_option("--host", o->host, "A host organisation (replaces the venue)")->excludes(venue);
  sub.footer("To change the time, use 'lpg meeting move'.");
  return [o](Context& ctx) {
    Session s = ctx.session();
    if (!o->venue && !o->host) throw Error(ErrorKind::Usage, "give --venue or --host");
    std::optional<OrgId> host;
    if (o->host) host = find_org(s, *o->host);
    ctx.print(
        render::meeting_record(set_meeting_place(s, find_meeting(s, o->meeting), o->venue, host)));
  };
}

}  // namespace lpg::cli
