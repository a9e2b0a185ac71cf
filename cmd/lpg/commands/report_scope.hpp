// SPDX-License-Identifier: MIT
#pragma once
// The options every report shares: --area, --group and a period (--term, --from/--to,
// --as-of), declared once so that they read the same in every report's help.
#include <lpg/reports.hpp>

#include <CLI/CLI.hpp>

namespace lpg::cli {

/// Declares --area, --group (unless `with_group` is false: the command has its own),
/// --term, --from, --to and --as-of into `in`.
inline void add_scope_options(CLI::App& sub, ScopeInput& in, bool with_group = true) {
  sub.add_option("--area", in.area, "Only groups in this area (and the areas inside it)");
  if (with_group) sub.add_option("--group", in.group, "Only this group");
  auto* term = sub.add_option("--term", in.term, "The period is this term (2026/27 autumn, next)");
  sub.add_option("--from", in.from, "The period starts on this day (inclusive)")->excludes(term);
  sub.add_option("--to", in.to, "The period ends on this day (inclusive)")->excludes(term);
  sub.add_option("--as-of", in.as_of, "Judge memberships and roles on this day (default today)");
}

}  // namespace lpg::cli
