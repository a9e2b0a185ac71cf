// SPDX-License-Identifier: MIT
// lpg export actions [--group G] [--open]: every action with its owner, dates and carries, in
// the columns `lpg import actions FILE` reads back.
#include <lpg/meeting_io.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/export_out.hpp"

namespace lpg::cli {

namespace {
struct ExportActionsOptions {
  std::string out, group;
  bool open = false;
};

}  // namespace

Action setup_export_actions(CLI::App& sub) {
  auto o = std::make_shared<ExportActionsOptions>();
  add_out_option(sub, o->out);
  sub.add_option("--group", o->group, "Only this group's actions");
  sub.add_flag("--open", o->open, "Only open actions");
  sub.footer("Owners as person:#id or org:#id; 'lpg import actions FILE' reads it back by id.");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    ActionExportFilter f;
    if (!o->group.empty()) f.group = find_group(s, o->group);
    f.open_only = o->open;
    // The columns are the declaration's (action_csv_columns).
    auto t = declared_table(action_csv_columns(), export_actions(s, f));
    export_table(ctx, o->out, t);
  };
}

}  // namespace lpg::cli
