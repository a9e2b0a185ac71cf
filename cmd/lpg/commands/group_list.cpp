// SPDX-License-Identifier: MIT
// lpg group list [--kind KIND] [--area AREA] [--archived]
#include <lpg/groups.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

Action setup_group_list(CLI::App& sub) {
  auto o = std::make_shared<GroupFilter>();
  sub.add_option("--kind", o->kind, "Only groups of this kind")->option_text("KIND");
  sub.add_option("--area", o->area, "Only groups in this area (and the areas inside it)")
      ->option_text("AREA");
  sub.add_flag("--archived", o->archived, "Include archived groups");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    render::Table table({{"id", ""},
                         {"name", ""},
                         {"kind", ""},
                         {"area", ""},
                         {"cadence", ""},
                         {"quorum", ""},
                         {"reports_to", "reports to"},
                         {"archived", ""}});
    for (const auto& g : list_groups(s, *o)) {
      table.add({g.id.v, g.name, g.kind, render::optional_cell(g.area_name),
                 render::optional_cell(g.cadence), render::optional_cell(g.quorum),
                 static_cast<std::int64_t>(g.reports_to.size()), g.archived_at.has_value()});
    }
    ctx.print(table);
  };
}

}  // namespace lpg::cli
