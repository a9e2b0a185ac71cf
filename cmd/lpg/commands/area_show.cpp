// SPDX-License-Identifier: MIT
// lpg area show AREA
#include <lpg/areas.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/registry.hpp"

namespace lpg::cli {

Action setup_area_show(CLI::App& sub) {
  auto ref = std::make_shared<std::string>();
  sub.add_option("area", *ref, "Name, code or #id")->required();
  return [ref](Context& ctx) {
    Session s = ctx.read_session();
    AreaDetail d = show_area(s, *ref);
    render::Record record = render::area_record(d.area);
    record.add("groups", d.use.groups)
        .add("organisations", d.use.organisations)
        .add("child_areas", d.use.child_areas, "child areas");
    render::Table children({{"id", ""}, {"name", ""}, {"code", ""}});
    for (const auto& c : d.children) children.add({c.id.v, c.name, render::optional_cell(c.code)});
    render::print(ctx.out(), record, {{"children", children}}, ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
