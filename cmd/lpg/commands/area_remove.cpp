// SPDX-License-Identifier: MIT
// lpg area remove AREA: only an area nothing uses; there is no --force.
#include <lpg/areas.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/registry.hpp"

namespace lpg::cli {

Action setup_area_remove(CLI::App& sub) {
  auto ref = std::make_shared<std::string>();
  sub.add_option("area", *ref, "Name, code or #id")->required();
  sub.footer(
      "Prints the area removed. An area that groups, organisations or other areas use is\n"
      "refused: move them first (group edit --area/--no-area, area edit --no-parent).");
  return [ref](Context& ctx) {
    Session s = ctx.session();
    ctx.print(render::area_record(remove_area(s, *ref)));
  };
}

}  // namespace lpg::cli
