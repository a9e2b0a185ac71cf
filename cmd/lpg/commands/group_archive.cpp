// SPDX-License-Identifier: MIT
// lpg group archive GROUP: hidden from lists, history kept; `unarchive` brings it back.
#include <lpg/groups.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/registry.hpp"

namespace lpg::cli {

Action setup_group_archive(CLI::App& sub) {
  auto ref = std::make_shared<std::string>();
  sub.add_option("group", *ref, "Name or #id")->required();
  return [ref](Context& ctx) {
    Session s = ctx.session();
    ctx.print(render::group_record(archive_group(s, *ref)));
  };
}

}  // namespace lpg::cli
