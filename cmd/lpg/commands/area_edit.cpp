// SPDX-License-Identifier: MIT
// lpg area edit AREA [--name NAME] [--code CODE|--no-code] [--parent AREA|--no-parent]
#include <lpg/areas.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/registry.hpp"

namespace lpg::cli {

namespace {
struct AreaEditOptions {
  std::string ref;
  AreaEdit edit;
};
}  // namespace

Action setup_area_edit(CLI::App& sub) {
  auto o = std::make_shared<AreaEditOptions>();
  sub.add_option("area", o->ref, "Name, code or #id")->required();
  sub.add_option("--name", o->edit.name, "A new name")->option_text("NAME");
  auto* code = sub.add_option("--code", o->edit.code, "A new code")->option_text("CODE");
  sub.add_flag("--no-code", o->edit.no_code, "Clear the code")->excludes(code);
  auto* parent =
      sub.add_option("--parent", o->edit.parent, "The area it lies within")->option_text("AREA");
  sub.add_flag("--no-parent", o->edit.no_parent, "It lies within no other area")->excludes(parent);
  return [o](Context& ctx) {
    Session s = ctx.session();
    ctx.print(render::area_record(edit_area(s, o->ref, o->edit)));
  };
}

}  // namespace lpg::cli
