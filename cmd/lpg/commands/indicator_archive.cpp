// SPDX-License-Identifier: MIT
// lpg indicator archive NAME: hide it from lists and dashboards, keeping its values.
#include <lpg/indicators.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

Action setup_indicator_archive(CLI::App& sub) {
  auto name = std::make_shared<std::string>();
  sub.add_option("indicator", *name, "The indicator (name or #id)")->required();
  return [name](Context& ctx) {
    Session s = ctx.session();
    ctx.print(render::indicator_record(archive_indicator(s, find_indicator(s, *name))));
  };
}

}  // namespace lpg::cli
