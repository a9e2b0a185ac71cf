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
    std::vector<render::Column> columns;
    for (const auto& name : action_columns()) columns.push_back({name, ""});
    render::Table t(std::move(columns));
    auto day = [](const std::string& iso) {
      return iso.empty() ? render::Cell{} : render::date_cell(parse_date(iso));
    };
    for (const auto& a : export_actions(s, f)) {
      t.add({a.id, a.meeting_id, a.meeting_uid, a.group, day(a.meeting_date), a.text, a.owner,
             a.owner_name, day(a.due), a.status, day(a.done_on), render::text_or_null(a.done_note),
             render::text_or_null(a.carried), a.created_at});
    }
    export_table(ctx, o->out, t);
  };
}

}  // namespace lpg::cli
