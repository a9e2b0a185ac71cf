// SPDX-License-Identifier: MIT
// lpg org list [filters]: organisations by name.
#include <lpg/orgs.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/org.hpp"

namespace lpg::cli {

Action setup_org_list(CLI::App& sub) {
  auto f = std::make_shared<OrgFilter>();
  sub.add_option("--sector", f->sectors, "Only this sector (repeat for several)")
      ->option_text("SECTOR")
      ->allow_extra_args(false);
  sub.add_option("--area", f->area, "Only organisations in this area (and the areas inside it)")
      ->option_text("AREA");
  sub.add_option("--status", f->status, "Only open, closed or suspended ones")
      ->option_text("STATUS");
  sub.add_option("--not-in-group", f->not_in_group,
                 "Only those with no current or future membership of GROUP")
      ->option_text("GROUP");
  sub.add_option("--name-contains", f->name_contains, "Only names containing TEXT (any case)")
      ->option_text("TEXT");
  sub.add_flag("--archived", f->archived, "Include archived organisations");
  return [f](Context& ctx) {
    ctx.print(render::org_table(list_orgs(ctx.read_session(), *f), f->archived));
  };
}

}  // namespace lpg::cli
