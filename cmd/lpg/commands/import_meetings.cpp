// SPDX-License-Identifier: MIT
// lpg import meetings FILE: meetings as 'lpg export meetings' writes them.
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

Action setup_import_meetings(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  sub.add_option("file", o->in.file, "The file (CSV, as lpg export meetings writes it)")
      ->required();
  add_list_import_options(sub, o->in, o->rejects);
  sub.footer(
      "Matched by uid, else id; otherwise added. Recorded history: no closed-day or clash\n"
      "checks. One transaction.");
  return [o](Context& ctx) {
    if (!o->rejects.empty()) o->in.rejects_file = o->rejects;
    print_import_summary(ctx, o->in.file, import_meetings(ctx.session(), o->in));
  };
}

}  // namespace lpg::cli
