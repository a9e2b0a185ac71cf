// SPDX-License-Identifier: MIT
// The years priorities and grants are set for: a rule with no SQL.
#include <lpg/errors.hpp>
#include <lpg/grants.hpp>

#include <fmt/format.h>

namespace lpg {

Period parse_year(std::string_view text) {
  Period p = Period::parse(text);
  if (p.kind != PeriodKind::AcademicYear && p.kind != PeriodKind::FinancialYear) {
    throw Error(ErrorKind::Invalid,
                fmt::format("\"{}\" is a {}, not a year", text, to_string(p.kind)),
                "years are academic (2026/27, September to August) or financial (FY2026/27, "
                "April to March)");
  }
  return p;
}

}  // namespace lpg
