// SPDX-License-Identifier: MIT
// lpg grant show ID: the grant with its status history.
#include <lpg/grants.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

Action setup_grant_show(CLI::App& sub) {
  auto id = std::make_shared<std::int64_t>(0);
  sub.add_option("id", *id, "The grant's id")->required();
  return [id](Context& ctx) {
    Grant g = get_grant(ctx.read_session(), *id);
    render::print(ctx.out(), render::grant_record(g), {{"history", render::grant_history_table(g)}},
                  ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
