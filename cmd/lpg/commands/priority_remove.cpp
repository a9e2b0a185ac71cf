// SPDX-License-Identifier: MIT
// lpg priority remove ID
#include <lpg/grants.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

Action setup_priority_remove(CLI::App& sub) {
  auto id = std::make_shared<std::int64_t>(0);
  sub.add_option("id", *id, "The priority's id")->required();
  return [id](Context& ctx) {
    Priority removed = remove_priority(ctx.session(), *id);
    ctx.note("removed priority #" + std::to_string(removed.id) + ": " + removed.text);
  };
}

}  // namespace lpg::cli
