// SPDX-License-Identifier: MIT
// lpg minutes approve MEETING --at LATER_MEETING
#include <lpg/minutes.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/minutes.hpp"

namespace lpg::cli {

Action setup_minutes_approve(CLI::App& sub) {
  auto meeting = std::make_shared<std::string>();
  auto at = std::make_shared<std::string>();
  sub.add_option("meeting", *meeting, "The meeting whose minutes were approved")->required();
  sub.add_option("--at", *at, "The later meeting of the same group that approved them")->required();
  return [meeting, at](Context& ctx) {
    Session s = ctx.session();
    MeetingId id = find_meeting(s, *meeting);
    ctx.print(render::minutes_record(approve_minutes(s, id, find_meeting(s, *at))));
  };
}

}  // namespace lpg::cli
