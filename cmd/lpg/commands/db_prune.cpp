// SPDX-License-Identifier: MIT
// lpg db prune [--dry-run] [--yes]: the retention rule, retention.left_years.
#include <lpg/errors.hpp>
#include <lpg/privacy.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app.hpp"
#include "render/privacy.hpp"

namespace lpg::cli {

namespace {
struct DbPruneOptions {
  bool dry_run = false;
  bool yes = false;
};
}  // namespace

Action setup_db_prune(CLI::App& sub) {
  auto o = std::make_shared<DbPruneOptions>();
  sub.add_flag("--dry-run", o->dry_run, "List who would be erased; change nothing");
  sub.add_flag("--yes", o->yes, "Erase them: required, since it cannot be undone");
  sub.footer(
      "Erases (as 'lpg person forget') people whose memberships all ended more than\n"
      "retention.left_years years ago and who own no open action. With the rule off (0) it\n"
      "says so and does nothing.");
  return [o](Context& ctx) {
    int years = ctx.config().retention_left_years;
    if (years <= 0) {
      ctx.note("retention.left_years is 0 (off): nothing to prune");
      return;
    }
    if (!o->dry_run && !o->yes) {
      throw Error(ErrorKind::Usage, "db prune erases people for good; nothing was changed",
                  "give --dry-run to list them, or --yes to erase them");
    }
    PruneResult r = prune_people(ctx.read_session(), !o->dry_run);
    ctx.print(render::prune_table(r.people));
    ctx.note(fmt::format("{} {} {} who left every group before {} ({} years)",
                         r.erased ? "erased" : "would erase", r.people.size(),
                         r.people.size() == 1 ? "person" : "people", r.cutoff, r.left_years));
    if (r.erased && !r.compaction.done) {
      ctx.warn(
          fmt::format("the file was not compacted ({}); erased values stay in its free "
                      "space until the next 'lpg db prune --yes'",
                      r.compaction.reason));
    }
  };
}

}  // namespace lpg::cli
