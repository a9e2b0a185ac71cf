// SPDX-License-Identifier: MIT
// lpg action show ID
#include <lpg/actions.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/minutes.hpp"

namespace lpg::cli {

Action setup_action_show(CLI::App& sub) {
  auto id = std::make_shared<std::int64_t>(0);
  sub.add_option("id", *id, "The action")->required();
  return [id](Context& ctx) {
    Session s = ctx.read_session();
    ctx.print(render::action_record(get_action(s, *id)));
  };
}

}  // namespace lpg::cli
