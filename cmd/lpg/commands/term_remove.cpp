// SPDX-License-Identifier: MIT
// lpg term remove YEAR TERM
#include <lpg/terms.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

namespace {
struct TermRemoveOptions {
  std::string year, term;
};
}  // namespace

Action setup_term_remove(CLI::App& sub) {
  auto o = std::make_shared<TermRemoveOptions>();
  sub.add_option("year", o->year, "Academic year, e.g. 2026/27")->required();
  sub.add_option("term", o->term, "autumn, spring or summer")->required();
  sub.footer("The year's closure days stay. A term with meetings cannot be removed.");
  return [o](Context& ctx) {
    Term term = remove_term(ctx.session(), parse_academic_year(o->year), parse_term_name(o->term));
    ctx.note("removed term " + term.label());
  };
}

}  // namespace lpg::cli
