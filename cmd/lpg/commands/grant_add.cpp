// SPDX-License-Identifier: MIT
// lpg grant add GROUP --to ORG --project TEXT --amount 2500.00 --awarded DATE [--priority ID]
#include <lpg/grants.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

namespace {
struct GrantAddOptions {
  std::string group, to, project, amount, awarded, status = "awarded";
  std::optional<std::int64_t> priority;
};
}  // namespace

Action setup_grant_add(CLI::App& sub) {
  auto o = std::make_shared<GrantAddOptions>();
  sub.add_option("group", o->group, "The group awarding it")->required();
  sub.add_option("--to", o->to, "The organisation receiving it")->required();
  sub.add_option("--project", o->project, "The project it pays for")->required();
  sub.add_option("--amount", o->amount, "Pounds and pence: 2500, 2,500.00, £2500.50")->required();
  sub.add_option("--awarded", o->awarded, "The date it was awarded (or applied for)")->required();
  sub.add_option("--priority", o->priority, "The id of the group's priority it serves");
  sub.add_option("--status", o->status, "applied, awarded (default), paid, reported, withdrawn");
  sub.footer("Amounts are kept exactly, in pence, and print as 2500.00 (a string in JSON).");
  return [o](Context& ctx) {
    Session s = ctx.session();
    GrantInput in;
    in.group = find_group(s, o->group);
    in.recipient = find_org(s, o->to);
    in.project = o->project;
    in.amount = o->amount;
    in.awarded = parse_date_at(o->awarded, "--awarded");
    in.priority = o->priority;
    in.status = o->status;
    Grant g = add_grant(s, in);
    render::print(ctx.out(), render::grant_record(g), {{"history", render::grant_history_table(g)}},
                  ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
