// SPDX-License-Identifier: MIT
// lpg meeting cancel MEETING --reason TEXT
#include <lpg/meetings.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/meetings.hpp"

namespace lpg::cli {

Action setup_meeting_cancel(CLI::App& sub) {
  auto meeting = std::make_shared<std::string>();
  auto reason = std::make_shared<std::string>();
  sub.add_option("meeting", *meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  sub.add_option("--reason", *reason, "Why it is cancelled")->required();
  sub.footer("A cancelled meeting stays listed, and calendars show it as cancelled.");
  return [meeting, reason](Context& ctx) {
    Session s = ctx.session();
    ctx.print(render::meeting_record(cancel_meeting(s, find_meeting(s, *meeting), *reason)));
  };
}

}  // namespace lpg::cli
