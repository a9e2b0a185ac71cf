// SPDX-License-Identifier: MIT
// lpg term add YEAR TERM --start DATE --end DATE [--half-term START:END]
#include <lpg/errors.hpp>
#include <lpg/terms.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/term.hpp"

namespace lpg::cli {

namespace {
struct TermAddOptions {
  std::string year, term, start, end, half_term;
};

std::optional<DateRange> half_term_of(const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto colon = text.find(':');
  if (colon == std::string::npos) {
    throw Error(ErrorKind::Invalid, "invalid half term '" + text + "'",
                "expected START:END, e.g. 2026-10-26:2026-10-30");
  }
  return DateRange{parse_date(text.substr(0, colon), "half term start date"),
                   parse_date(text.substr(colon + 1), "half term end date")};
}
}  // namespace

Action setup_term_add(CLI::App& sub) {
  auto o = std::make_shared<TermAddOptions>();
  sub.add_option("year", o->year, "Academic year, e.g. 2026/27")->required();
  sub.add_option("term", o->term, "autumn, spring or summer")->required();
  sub.add_option("--start", o->start, "First day of term (YYYY-MM-DD)")->required();
  sub.add_option("--end", o->end, "Last day of term (YYYY-MM-DD)")->required();
  sub.add_option("--half-term", o->half_term, "The half-term break, first and last days")
      ->option_text("START:END");
  sub.footer(
      "Dates are inclusive: the term contains its first and last days, the half term both of\n"
      "its days. Terms may not overlap and run autumn, spring, summer within 1 August to\n"
      "31 July. Example:\n"
      "  lpg term add 2026/27 autumn --start 2026-09-03 --end 2026-12-18 \\\n"
      "      --half-term 2026-10-26:2026-10-30");
  return [o](Context& ctx) {
    TermInput in{parse_academic_year(o->year), parse_term_name(o->term),
                 DateRange{parse_date(o->start, "start date"), parse_date(o->end, "end date")},
                 half_term_of(o->half_term)};
    Session s = ctx.session();
    Term term = add_term(s, in);
    ctx.print(render::term_record(term, load_calendar(s)));
  };
}

}  // namespace lpg::cli
