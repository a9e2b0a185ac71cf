// SPDX-License-Identifier: MIT
#pragma once
// The academic year: ONE way to name it and ONE rule for when it begins, for the whole program
// (terms and closures, termly scheduling, meeting schedule --year, the reports' default period,
// indicator periods, priorities and grant years).
//
// A year is named "2026/27" (also read as "2026/2027") and begins on the 1st of the month the
// configuration names (lpg.toml: [terms] academic_year_starts): 1 September by default, the
// school year as the DfE's statistics count it, so that a report run in August covers the year
// just ended; or 1 August, where a county counts the year as further education funding does.
// It ends the day before the next one begins.

#include <lpg/dates.hpp>

#include <compare>
#include <string>
#include <string_view>

namespace lpg {

/// When academic years begin: the 1st of `month` (9 September, the default, or 8 August).
/// Plain value, from Config::year_start.
struct YearStart {
  unsigned month = 9;
  friend bool operator==(const YearStart&, const YearStart&) = default;
};

/// The months a year may begin in, as the configuration spells them: "august", "september".
/// Returns nullopt for any other text.
std::optional<YearStart> parse_year_start(std::string_view month_name);
/// "august" or "september".
std::string to_string(YearStart rule);

/// An academic year, by the calendar year it starts in: {2026} is 2026/27.
struct AcademicYear {
  int start = 0;

  std::string name() const;  ///< "2026/27"
  /// The first day: the 1st of rule.month in `start`.
  Date first_day(YearStart rule) const;
  /// The last day: the day before the next year's first day.
  Date last_day(YearStart rule) const;
  friend auto operator<=>(const AcademicYear&, const AcademicYear&) = default;
};

/// THE academic-year parser: "2026/27" or "2026/2027" (the second year the first plus one),
/// spaces around ignored; years 1900 to 9998. Throws Error{Invalid} naming the text for
/// "2026/28", "26/27", "2026".
AcademicYear parse_academic_year(std::string_view text);
/// The academic year a day falls in under `rule`: with September, 2027-08-31 is in 2026/27
/// and 2027-09-01 in 2027/28.
AcademicYear academic_year_of(Date day, YearStart rule);
/// "1 August to 31 July", for messages.
std::string describe(YearStart rule);

}  // namespace lpg
