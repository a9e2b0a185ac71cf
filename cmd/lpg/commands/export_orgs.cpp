// SPDX-License-Identifier: MIT
// lpg export orgs: every organisation, in the columns `lpg import orgs` reads back.
#include <lpg/orgs.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/export_out.hpp"

namespace lpg::cli {

Action setup_export_orgs(CLI::App& sub) {
  auto out = std::make_shared<std::string>();
  add_out_option(sub, *out);
  sub.footer("Archived organisations too. 'lpg import orgs FILE' reads the CSV back by id.");
  return [out](Context& ctx) {
    OrgFilter all;
    all.archived = true;
    // The columns are the organisations' field declaration (org_csv_columns).
    auto t = declared_table(org_csv_columns(), list_orgs(ctx.read_session(), all));
    export_table(ctx, *out, t);
  };
}

}  // namespace lpg::cli
