// SPDX-License-Identifier: MIT
// lpg grant edit ID [--to ORG] [--project] [--amount] [--awarded] [--priority ID|--no-priority]
#include <lpg/grants.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

namespace {
struct GrantEditOptions {
  std::int64_t id = 0;
  std::optional<std::string> to, project, amount, awarded;
  std::optional<std::int64_t> priority;
  bool no_priority = false;
};
}  // namespace

Action setup_grant_edit(CLI::App& sub) {
  auto o = std::make_shared<GrantEditOptions>();
  sub.add_option("id", o->id, "The grant's id")->required();
  sub.add_option("--to", o->to, "The organisation receiving it");
  sub.add_option("--project", o->project, "The project");
  sub.add_option("--amount", o->amount, "Pounds and pence");
  sub.add_option("--awarded", o->awarded, "The date it was awarded");
  auto* priority = sub.add_option("--priority", o->priority, "The priority it serves");
  sub.add_flag("--no-priority", o->no_priority, "Unlink it from its priority")->excludes(priority);
  sub.footer("The status changes with 'lpg grant status', which keeps the history.");
  return [o](Context& ctx) {
    Session s = ctx.session();
    GrantChanges c;
    if (o->to) c.recipient = find_org(s, *o->to);
    c.project = o->project;
    c.amount = o->amount;
    if (o->awarded) c.awarded = parse_date_at(*o->awarded, "--awarded");
    if (o->priority) c.priority = o->priority;
    if (o->no_priority) c.priority = std::optional<std::int64_t>{};
    ctx.print(render::grant_record(edit_grant(s, o->id, c)));
  };
}

}  // namespace lpg::cli
