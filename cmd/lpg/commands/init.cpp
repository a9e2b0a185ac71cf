// SPDX-License-Identifier: MIT
// lpg init [--force]: writes the configuration file and creates the database.
#include <lpg/setup.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

Action setup_init(CLI::App& sub) {
  auto force = std::make_shared<bool>(false);
  sub.add_flag("--force", *force, "Overwrite an existing configuration file");
  sub.footer(
      "Writes the commented configuration at --config, $LPG_CONFIG or\n"
      "$XDG_CONFIG_HOME/lpg/config.toml, recording --db as database.path when given,\n"
      "then creates the database (mode 0600). Safe to run again: nothing is overwritten\n"
      "without --force, and an existing database is only brought up to date.");
  return [force](Context& ctx) {
    InitResult result = initialise(ctx.environment(), *force, ctx.command_line());
    render::Record record;
    record.add("config_file", result.config_file, "configuration")
        .add("config_written", result.config_written, "written")
        .add("database", result.db_path)
        .add("database_created", result.db_created, "created");
    ctx.print(record);
  };
}

}  // namespace lpg::cli
