// SPDX-License-Identifier: MIT
// lpg export groups: every group with its reporting lines.
#include <lpg/groups.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/export_out.hpp"

namespace lpg::cli {

Action setup_export_groups(CLI::App& sub) {
  auto out = std::make_shared<std::string>();
  add_out_option(sub, *out);
  sub.footer("Archived groups too; reports_to lists the bodies a group reports to, by name.");
  return [out](Context& ctx) {
    render::Table t({{"id", ""},
                     {"name", ""},
                     {"kind", ""},
                     {"area", ""},
                     {"cadence", ""},
                     {"quorum", ""},
                     {"reports_to", ""},
                     {"description", ""},
                     {"archived_at", ""}});
    GroupFilter all;
    all.archived = true;
    for (const auto& g : list_groups(ctx.read_session(), all)) {
      std::string parents;
      for (const auto& p : g.reports_to) parents += (parents.empty() ? "" : "; ") + p.name;
      t.add({g.id.v, g.name, g.kind, render::optional_cell(g.area_name),
             render::optional_cell(g.cadence), render::optional_cell(g.quorum), parents,
             g.description, render::optional_cell(g.archived_at)});
    }
    export_table(ctx, *out, t);
  };
}

}  // namespace lpg::cli
