// SPDX-License-Identifier: MIT
#pragma once
// Reporting periods for indicator values: a calendar month (2026-11), a calendar quarter
// (2026-Q3), an academic year (2026/27, beginning as academic_year.hpp says) and a financial
// year (FY2026/27, April to March).

#include <lpg/academic_year.hpp>
#include <lpg/dates.hpp>

#include <compare>
#include <string>
#include <string_view>

namespace lpg {

enum class PeriodKind { Month, Quarter, AcademicYear, FinancialYear };

/// "month", "quarter", "academic year", "financial year".
const char* to_string(PeriodKind kind) noexcept;

/// One period. Plain data: `year` is the calendar year of the first day; `index` is the month
/// (1-12) or quarter (1-4), and 0 for the two kinds of year. Years run 1900 to 2999.
struct Period {
  PeriodKind kind = PeriodKind::Month;
  int year = 1900;
  int index = 1;

  /// Parses "2026-11", "2026-Q3", "2026/27" or "FY2026/27" (letters in either case, spaces
  /// around the text ignored; a pair of years also as "2026/2027", read by
  /// parse_academic_year). Throws Error{Invalid} naming the text and showing the forms.
  static Period parse(std::string_view text);

  /// The canonical text parse() reads back: "2026-11", "2026-Q3", "2026/27", "FY2026/27".
  std::string to_string() const;
  /// The first and the last day of the period (both inclusive). `rule` says when an academic
  /// year begins (Config::year_start); the other kinds do not depend on it.
  Date start(YearStart rule) const;
  Date end(YearStart rule) const;
  /// True when `day` falls within [start(rule), end(rule)].
  bool contains(Date day, YearStart rule) const;
  /// The period just before, of the same kind. Throws Error{Invalid} before 1900.
  Period previous() const;

  /// Orders by kind first, then chronologically within a kind. Periods of different kinds
  /// are not comparable in time: compare their start() dates for that.
  friend auto operator<=>(const Period&, const Period&) = default;
};

}  // namespace lpg
