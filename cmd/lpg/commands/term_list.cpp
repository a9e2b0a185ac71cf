// SPDX-License-Identifier: MIT
// lpg term list [--year YEAR]
#include <lpg/terms.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/term.hpp"

namespace lpg::cli {

Action setup_term_list(CLI::App& sub) {
  auto year = std::make_shared<std::string>();
  sub.add_option("--year", *year, "Only the terms of this academic year, e.g. 2026/27");
  sub.footer(
      "Terms in date order, with their half terms and the number of school days (weekdays\n"
      "in term, outside half term and closure days).");
  return [year](Context& ctx) {
    std::optional<AcademicYear> only;
    if (!year->empty()) only = parse_academic_year(*year);
    Calendar calendar = load_calendar(ctx.read_session());
    std::vector<Term> terms;
    for (const auto& t : calendar.terms()) {
      if (!only || t.year == *only) terms.push_back(t);
    }
    ctx.print(render::term_table(terms, calendar));
    if (terms.empty()) ctx.note("no terms stored; import term dates with 'lpg term import FILE'");
  };
}

}  // namespace lpg::cli
