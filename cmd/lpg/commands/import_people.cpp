// SPDX-License-Identifier: MIT
// lpg import people FILE: a contact list.
#include <lpg/import.hpp>

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

Action setup_import_people(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  sub.add_option("file", o->in.file, "The contact list (CSV)")->required();
  sub.add_option("--map", o->in.map, "Columns: 'Column=field,...'")->option_text("MAP");
  sub.add_flag("--dry-run", o->in.dry_run, "Check and count, store nothing");
  sub.add_flag("--strict", o->in.strict, "Any bad row stops the import");
  sub.add_option("--rejects", o->rejects, "Write the rejected rows to this CSV file")
      ->option_text("FILE");
  sub.footer(
      "Fields: id, name, email, phone, organisation, job_title, note. A row is matched by id,\n"
      "then email; otherwise the person is added. One transaction.");
  return [o](Context& ctx) {
    if (!o->rejects.empty()) o->in.rejects_file = o->rejects;
    print_import_summary(ctx, o->in.file, import_people(ctx.session(), o->in));
  };
}

}  // namespace lpg::cli
