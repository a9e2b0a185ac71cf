// SPDX-License-Identifier: MIT
// lpg config path: the configuration file lpg reads (it may not exist yet).
#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

Action setup_config_path(CLI::App& sub) {
  sub.footer("Prints the path even when no file is there; `lpg config show` says whether it is.");
  return [](Context& ctx) {
    const Config& config = ctx.config_allowing_missing();
    std::string name = ctx.format_name({"table", "csv", "json"});
    if (name == "table") {
      ctx.out() << config.config_file << '\n';
      return;
    }
    render::Record record;
    record.add("path", config.config_file)
        .add("exists", config.config_file_exists)
        .add("origin", config.config_file_origin);
    ctx.print(record);
  };
}

}  // namespace lpg::cli
