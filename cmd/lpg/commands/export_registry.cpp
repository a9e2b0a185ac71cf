// SPDX-License-Identifier: MIT
// lpg export registry: groups, organisations, people, memberships, posts and meetings as one
// Popolo JSON document, for open-data portals and other tools.
#include <lpg/popolo.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/export_out.hpp"

namespace lpg::cli {

namespace {
struct ExportRegistryOptions {
  std::string out;
  std::string area;
};
}  // namespace

Action setup_export_registry(CLI::App& sub) {
  auto o = std::make_shared<ExportRegistryOptions>();
  add_out_option(sub, o->out);
  sub.add_option("--area", o->area, "Only this area's groups and what they involve")
      ->option_text("AREA");
  sub.footer(
      "--format popolo (the default and only format): http://www.popoloproject.com/specs/.\n"
      "People erased by 'lpg person forget' are left out.");
  return [o](Context& ctx) {
    ctx.format_name({"popolo"});  // refuses any other --format (usage, exit 64)
    PopoloOptions options;
    if (!o->area.empty()) options.area = o->area;
    write_out(ctx, o->out, popolo_registry(ctx.read_session(), options));
  };
}

}  // namespace lpg::cli
