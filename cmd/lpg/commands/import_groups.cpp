// SPDX-License-Identifier: MIT
// lpg import groups FILE: groups and their reporting lines, as `lpg export groups` writes them.
#include <lpg/group_import.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/import_summary.hpp"

namespace lpg::cli {

namespace {
struct Options {
  ListImportOptions in;
  std::string rejects;
};
}  // namespace

Action setup_import_groups(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  sub.add_option("file", o->in.file, "The group list (CSV)")->required();
  add_list_import_options(sub, o->in, o->rejects);
  sub.footer(
      "Fields: id, name, kind, area, cadence, quorum, reports_to (names separated by ';'),\n"
      "description, archived_at. A row is matched by id, then name; otherwise the group is\n"
      "added. Parents may come after their children. One transaction.");
  return [o](Context& ctx) {
    if (!o->rejects.empty()) o->in.rejects_file = o->rejects;
    print_import_summary(ctx, o->in.file, import_groups(ctx.session(), o->in));
  };
}

}  // namespace lpg::cli
