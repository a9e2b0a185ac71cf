// SPDX-License-Identifier: MIT
// lpg area list
#include <lpg/areas.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

Action setup_area_list(CLI::App&) {
  return [](Context& ctx) {
    Session s = ctx.read_session();
    render::Table table({{"id", ""}, {"name", ""}, {"code", ""}, {"parent", ""}});
    for (const auto& a : list_areas(s)) {
      table.add(
          {a.id.v, a.name, render::optional_cell(a.code), render::optional_cell(a.parent_name)});
    }
    ctx.print(table);
  };
}

}  // namespace lpg::cli
