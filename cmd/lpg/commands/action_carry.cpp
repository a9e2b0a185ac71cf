// SPDX-License-Identifier: MIT
// lpg action carry ID --to MEETING: forward to a later meeting's agenda, keeping its history.
#include <lpg/actions.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/minutes.hpp"

namespace lpg::cli {

Action setup_action_carry(CLI::App& sub) {
  auto id = std::make_shared<std::int64_t>(0);
  auto to = std::make_shared<std::string>();
  sub.add_option("id", *id, "The action")->required();
  sub.add_option("--to", *to, "A later meeting of the same group")->required();
  return [id, to](Context& ctx) {
    Session s = ctx.session();
    ctx.print(render::action_record(carry_action(s, *id, find_meeting(s, *to))));
  };
}

}  // namespace lpg::cli
