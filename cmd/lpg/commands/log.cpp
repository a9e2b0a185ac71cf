// SPDX-License-Identifier: MIT
// lpg log [--entity TABLE] [--id N] [--since DATE] [--limit N]: the audit log, newest first.
#include <lpg/audit_log.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

namespace {
struct LogOptions {
  AuditQuery query;
  std::optional<std::string> since;
};
}  // namespace

Action setup_log(CLI::App& sub) {
  auto o = std::make_shared<LogOptions>();
  sub.add_option("--entity", o->query.entity, "Only changes to this table (grp or group, area...)")
      ->option_text("TABLE");
  sub.add_option("--id", o->query.id, "Only changes to this row (needs --entity)")
      ->option_text("N");
  sub.add_option("--since", o->since, "Only changes from this day on")->option_text("DATE");
  sub.add_option("--limit", o->query.limit, "At most N entries (default 50; 0 for all)")
      ->option_text("N");
  return [o](Context& ctx) {
    if (o->since) o->query.since = parse_date_at(*o->since, "--since");
    Session s = ctx.read_session();
    render::Table table({{"at", ""},
                         {"os_user", "user"},
                         {"command", ""},
                         {"action", ""},
                         {"entity", ""},
                         {"entity_id", "id"},
                         {"detail", ""}});
    for (const auto& e : read_audit_log(s, o->query)) {
      table.add({render::DateCell{e.at}, e.os_user, e.command, e.action, e.entity,
                 render::optional_cell(e.entity_id), e.detail});
    }
    ctx.print(table);
  };
}

}  // namespace lpg::cli
