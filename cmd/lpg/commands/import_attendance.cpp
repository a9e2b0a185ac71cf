// SPDX-License-Identifier: MIT
// lpg import attendance FILE: attendance as 'lpg export attendance' writes them.
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

Action setup_import_attendance(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  sub.add_option("file", o->in.file, "The file (CSV, as lpg export attendance writes it)")
      ->required();
  add_list_import_options(sub, o->in, o->rejects);
  sub.footer(
      "Matched by meeting (meeting_uid, else meeting) and person (#id checked against name,\n"
      "else email or name). One transaction.");
  return [o](Context& ctx) {
    if (!o->rejects.empty()) o->in.rejects_file = o->rejects;
    print_import_summary(ctx, o->in.file, import_attendance(ctx.session(), o->in));
  };
}

}  // namespace lpg::cli
