// SPDX-License-Identifier: MIT
// lpg import actions FILE: actions as 'lpg export actions' writes them.
#include <lpg/meeting_io.hpp>

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

Action setup_import_actions(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  sub.add_option("file", o->in.file, "The file (CSV, as lpg export actions writes it)")->required();
  add_list_import_options(sub, o->in, o->rejects);
  sub.footer(
      "Matched by id (of the same meeting); otherwise added. Owner person:REF or org:REF.\n"
      "One transaction.");
  return [o](Context& ctx) {
    if (!o->rejects.empty()) o->in.rejects_file = o->rejects;
    print_import_summary(ctx, o->in.file, import_actions(ctx.session(), o->in));
  };
}

}  // namespace lpg::cli
