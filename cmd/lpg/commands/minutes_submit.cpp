// SPDX-License-Identifier: MIT
// lpg minutes submit MEETING [--to "Name <email>"] [--on DATE]
#include <lpg/minutes.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/minutes.hpp"

namespace lpg::cli {

namespace {
struct MinutesSubmitOptions {
  std::string meeting, to, on;
};
}  // namespace

Action setup_minutes_submit(CLI::App& sub) {
  auto o = std::make_shared<MinutesSubmitOptions>();
  sub.add_option("meeting", o->meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  sub.add_option("--to", o->to, "Who they went to (default: minutes.officer in the config)");
  sub.add_option("--on", o->on, "When (default today)");
  return [o](Context& ctx) {
    Session s = ctx.session();
    MeetingId id = find_meeting(s, o->meeting);
    std::optional<Date> on;
    if (!o->on.empty()) on = parse_date_at(o->on, "--on");
    ctx.print(render::minutes_record(submit_minutes(s, id, o->to, on)));
  };
}

}  // namespace lpg::cli
