// SPDX-License-Identifier: MIT
// lpg grant status ID NEW_STATUS [--on DATE]
#include <lpg/grants.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

namespace {
struct GrantStatusOptions {
  std::int64_t id = 0;
  std::string status, on;
};
}  // namespace

Action setup_grant_status(CLI::App& sub) {
  auto o = std::make_shared<GrantStatusOptions>();
  sub.add_option("id", o->id, "The grant's id")->required();
  sub.add_option("status", o->status, "awarded, paid, reported or withdrawn")->required();
  sub.add_option("--on", o->on, "The date of the change (default today)");
  return [o](Context& ctx) {
    Session s = ctx.session();
    Date on = o->on.empty() ? s.clock.today() : parse_date_at(o->on, "--on");
    Grant g = set_grant_status(s, o->id, o->status, on);
    render::print(ctx.out(), render::grant_record(g), {{"history", render::grant_history_table(g)}},
                  ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
