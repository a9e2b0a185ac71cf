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
    GroupFilter all;
    all.archived = true;
    // The columns are the groups' declaration (group_csv_columns).
    auto t = declared_table(group_csv_columns(), list_groups(ctx.read_session(), all));
    export_table(ctx, *out, t);
  };
}

}  // namespace lpg::cli
