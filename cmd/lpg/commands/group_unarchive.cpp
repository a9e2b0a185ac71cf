// SPDX-License-Identifier: MIT
// lpg group unarchive GROUP
#include <lpg/groups.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/registry.hpp"

namespace lpg::cli {

Action setup_group_unarchive(CLI::App& sub) {
  auto ref = std::make_shared<std::string>();
  sub.add_option("group", *ref, "Name or #id")->required();
  return [ref](Context& ctx) {
    Session s = ctx.session();
    ctx.print(render::group_record(unarchive_group(s, *ref)));
  };
}

}  // namespace lpg::cli
