// SPDX-License-Identifier: MIT
// lpg config show: every effective setting, its value and where it came from.
#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

Action setup_config_show(CLI::App& sub) {
  sub.footer(
      "origin is 'default' (embedded), FILE:LINE:COL, $LPG_DB or --db.\n"
      "The first row names the configuration file and whether it exists.");
  return [](Context& ctx) {
    const Config& config = ctx.config_allowing_missing();
    render::Table table({{"key", ""}, {"origin", ""}, {"value", ""}});
    table.add({"file", config.config_file_origin,
               config.config_file + (config.config_file_exists ? "" : " (not there: defaults)")});
    for (const auto& setting : config.settings) {
      table.add({setting.key, setting.origin, setting.value});
    }
    ctx.print(table);
  };
}

}  // namespace lpg::cli
