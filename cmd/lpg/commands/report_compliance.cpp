// SPDX-License-Identifier: MIT
// lpg report compliance [--term T | --from D --to D] [--area A] [--group G] [--fail-on-gaps]
#include <lpg/errors.hpp>
#include <lpg/reports.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>

#include "app.hpp"
#include "commands/report_scope.hpp"
#include "render/reports.hpp"

namespace lpg::cli {

namespace {
struct ReportComplianceOptions {
  ScopeInput scope;
  bool fail_on_gaps = false;
};
}  // namespace

Action setup_report_compliance(CLI::App& sub) {
  auto o = std::make_shared<ReportComplianceOptions>();
  add_scope_options(sub, o->scope);
  sub.add_flag("--fail-on-gaps", o->fail_on_gaps, "Exit 65 when any group has a gap (for cron)");
  sub.footer(
      "One line a group for a term (default: the term of --as-of, else the last one ended):\n"
      "meetings held against its cadence, minutes on time by its kind's rule, the roles and\n"
      "core categories its kind requires, overdue actions, and the gaps. What each kind must\n"
      "have is [requirements] and [core_categories] in the configuration (lpg.toml(5)).");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    auto lines = compliance(s, resolve_scope(s, o->scope, DefaultPeriod::Term));
    ctx.print(render::compliance_table(lines));
    auto gaps = std::count_if(lines.begin(), lines.end(),
                              [](const ComplianceLine& l) { return !l.gaps.empty(); });
    if (o->fail_on_gaps && gaps > 0) {
      ctx.out().flush();
      throw Error(ErrorKind::Conflict,
                  fmt::format("{} of {} groups have compliance gaps", gaps, lines.size()));
    }
  };
}

}  // namespace lpg::cli
