// SPDX-License-Identifier: MIT
#include <lpg/academic_year.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <array>

namespace lpg {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

int number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

std::string capitalised(std::string_view name) {
  std::string out(name);
  out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

std::optional<YearStart> parse_year_start(std::string_view month_name) {
  if (month_name == "august") return YearStart{8};
  if (month_name == "september") return YearStart{9};
  return std::nullopt;
}

std::string to_string(YearStart rule) { return std::string(kMonths.at(rule.month - 1)); }

std::string AcademicYear::name() const {
  return fmt::format("{:04}/{:02}", start, (start + 1) % 100);
}

Date AcademicYear::first_day(YearStart rule) const {
  return date::year{start} / date::month{rule.month} / 1;
}

Date AcademicYear::last_day(YearStart rule) const {
  return Date{date::sys_days{AcademicYear{start + 1}.first_day(rule)} - date::days{1}};
}

AcademicYear parse_academic_year(std::string_view raw) {
  std::string text = trim(raw);
  std::string_view t = text;
  if (t.size() >= 7 && t[4] == '/' && all_digits(t.substr(0, 4)) && all_digits(t.substr(5)) &&
      (t.size() == 7 || t.size() == 9)) {
    int first = number(t.substr(0, 4));
    int second = number(t.substr(5));
    int expected = t.size() == 7 ? (first + 1) % 100 : first + 1;
    if (second == expected && first >= 1900 && first < 9999) return {first};
  }
  throw Error(ErrorKind::Invalid, fmt::format("invalid academic year '{}'", raw),
              "expected YYYY/YY or YYYY/YYYY, the second year following the first, e.g. 2026/27");
}

AcademicYear academic_year_of(Date day, YearStart rule) {
  int y = static_cast<int>(day.year());
  return {static_cast<unsigned>(day.month()) >= rule.month ? y : y - 1};
}

std::string describe(YearStart rule) {
  unsigned before = rule.month == 1 ? 12 : rule.month - 1;
  Date last = Date{date::sys_days{date::year{2001} / date::month{rule.month} / 1} - date::days{1}};
  return fmt::format("1 {} to {} {}", capitalised(kMonths.at(rule.month - 1)),
                     static_cast<unsigned>(last.day()), capitalised(kMonths.at(before - 1)));
}

}  // namespace lpg
