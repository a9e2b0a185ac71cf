// SPDX-License-Identifier: MIT
// lpg import members GROUP FILE: a group's membership list.
#include <lpg/import.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/import_summary.hpp"

namespace lpg::cli {

namespace {
struct ImportMembersOptions {
  std::string group;
  ListImportOptions in;
  std::string rejects;
};
}  // namespace

Action setup_import_members(CLI::App& sub) {
  auto o = std::make_shared<ImportMembersOptions>();
  sub.add_option("group", o->group, "The group")->required();
  sub.add_option("file", o->in.file, "The membership list (CSV)")->required();
  add_list_import_options(sub, o->in, o->rejects);
  sub.footer(
      "Fields: organisation or person, kind, core_category, role, can_host, from, to, note.\n"
      "A row is the member's membership that began on 'from', else their current one. A\n"
      "current one is updated (category, can-host, note, role; ended on 'to'), a past one\n"
      "left as it was; others added.");
  return [o](Context& ctx) {
    if (!o->rejects.empty()) o->in.rejects_file = o->rejects;
    print_import_summary(ctx, o->in.file, import_members(ctx.session(), o->group, o->in));
  };
}

}  // namespace lpg::cli
