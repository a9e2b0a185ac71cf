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
  add_list_import_options(sub, o->in, o->rejects);
  sub.footer(
      "Fields: id, name, email, phone, organisation, job_title, note. A row is matched by id,\n"
      "then email; otherwise the person is added. One transaction.");
  return [o](Context& ctx) {
    if (!o->rejects.empty()) o->in.rejects_file = o->rejects;
    print_import_summary(ctx, o->in.file, import_people(ctx.session(), o->in));
  };
}

}  // namespace lpg::cli
