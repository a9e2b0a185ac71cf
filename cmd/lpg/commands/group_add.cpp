// SPDX-License-Identifier: MIT
// lpg group add NAME --kind KIND [--area AREA] [--cadence CADENCE] [--reports-to GROUP]...
//                    [--quorum N|N/M] [--description TEXT]
#include <lpg/groups.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/registry.hpp"

namespace lpg::cli {

Action setup_group_add(CLI::App& sub) {
  auto o = std::make_shared<NewGroup>();
  sub.add_option("name", o->name, "The group's name")->required();
  sub.add_option("--kind", o->kind, "partnership, hub, board, chairs, safeguarding, subgroup")
      ->option_text("KIND")
      ->required();
  sub.add_option("--area", o->area, "The area it serves")->option_text("AREA");
  sub.add_option("--cadence", o->cadence, "How often it meets")->option_text("CADENCE");
  sub.add_option("--reports-to", o->reports_to, "A body it reports to (repeat for more)")
      ->option_text("GROUP")
      ->allow_extra_args(false);
  sub.add_option("--quorum", o->quorum, "Members needed: N, or N/M of the core members")
      ->option_text("N|N/M");
  sub.add_option("--description", o->description, "What the group is for")->option_text("TEXT");
  sub.footer(
      "Cadences: termly, every 8w, every 2m, 3/year, after \"Countywide Board\" +2w.\n"
      "More kinds come from groups.extra_kinds in the configuration.");
  return [o](Context& ctx) {
    Session s = ctx.session();
    Group g = add_group(s, *o);
    render::print(ctx.out(), render::group_record(g), render::group_sections(g), ctx.format(),
                  ctx.style());
  };
}

}  // namespace lpg::cli
