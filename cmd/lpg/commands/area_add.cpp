// SPDX-License-Identifier: MIT
// lpg area add NAME [--code CODE] [--parent AREA]
#include <lpg/areas.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/registry.hpp"

namespace lpg::cli {

Action setup_area_add(CLI::App& sub) {
  auto o = std::make_shared<NewArea>();
  sub.add_option("name", o->name, "The area's name, e.g. Cherwell")->required();
  sub.add_option("--code", o->code, "ONS or council code, e.g. E07000177")->option_text("CODE");
  sub.add_option("--parent", o->parent, "The area this one lies within")->option_text("AREA");
  sub.footer("Names are unique whatever their case; so are codes.");
  return [o](Context& ctx) {
    Session s = ctx.session();
    ctx.print(render::area_record(add_area(s, *o)));
  };
}

}  // namespace lpg::cli
