// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/period.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

namespace lpg {

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2999;

[[noreturn]] void invalid(std::string_view text) {
  throw Error(ErrorKind::Invalid, fmt::format("period \"{}\" is not a period", text),
              "periods look like 2026-11 (month), 2026-Q3 (calendar quarter), 2026/27 or "
              "2026/2027 (academic year) or FY2026/27 (financial year, April to March)");
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

int number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// "2026/27" or "2026/2027", read as academic years are (one rule for a pair of years).
bool parse_year_pair(std::string_view s, int& year) {
  if (s.size() < 7 || s[4] != '/' || !all_digits(s.substr(0, 4)) || !all_digits(s.substr(5))) {
    return false;
  }
  try {
    year = parse_academic_year(s).start;
  } catch (const Error&) {
    return false;
  }
  return year >= kMinYear && year < kMaxYear;
}

}  // namespace

const char* to_string(PeriodKind kind) noexcept {
  switch (kind) {
    case PeriodKind::Month:
      return "month";
    case PeriodKind::Quarter:
      return "quarter";
    case PeriodKind::AcademicYear:
      return "academic year";
    case PeriodKind::FinancialYear:
      return "financial year";
  }
  return "period";
}

Period Period::parse(std::string_view raw) {
  std::string text = ascii_lower(trim(raw));
  std::string_view s = text;
  Period p;
  if (s.starts_with("fy")) {
    p.kind = PeriodKind::FinancialYear;
    p.index = 0;
    if (!parse_year_pair(s.substr(2), p.year)) invalid(raw);
    return p;
  }
  if (s.size() > 4 && s[4] == '/') {
    p.kind = PeriodKind::AcademicYear;
    p.index = 0;
    if (!parse_year_pair(s, p.year)) invalid(raw);
    return p;
  }
  if (s.size() < 6 || s[4] != '-' || !all_digits(s.substr(0, 4))) invalid(raw);
  p.year = number(s.substr(0, 4));
  if (p.year < kMinYear || p.year > kMaxYear) invalid(raw);
  std::string_view rest = s.substr(5);
  if (rest.size() == 2 && rest[0] == 'q' && rest[1] >= '1' && rest[1] <= '4') {
    p.kind = PeriodKind::Quarter;
    p.index = rest[1] - '0';
    return p;
  }
  if (rest.size() != 2 || !all_digits(rest)) invalid(raw);
  p.kind = PeriodKind::Month;
  p.index = number(rest);
  if (p.index < 1 || p.index > 12) invalid(raw);
  return p;
}

std::string Period::to_string() const {
  switch (kind) {
    case PeriodKind::Month:
      return fmt::format("{:04}-{:02}", year, index);
    case PeriodKind::Quarter:
      return fmt::format("{:04}-Q{}", year, index);
    case PeriodKind::AcademicYear:
      return fmt::format("{:04}/{:02}", year, (year + 1) % 100);
    case PeriodKind::FinancialYear:
      return fmt::format("FY{:04}/{:02}", year, (year + 1) % 100);
  }
  return {};
}

Date Period::start(YearStart rule) const {
  using namespace date;
  switch (kind) {
    case PeriodKind::Month:
      return date::year{year} / index / 1;
    case PeriodKind::Quarter:
      return date::year{year} / ((index - 1) * 3 + 1) / 1;
    case PeriodKind::AcademicYear:
      return AcademicYear{year}.first_day(rule);
    case PeriodKind::FinancialYear:
      return date::year{year} / April / 1;
  }
  return date::year{year} / 1 / 1;
}

Date Period::end(YearStart rule) const {
  using namespace date;
  switch (kind) {
    case PeriodKind::Month:
      return date::year{year} / index / last;
    case PeriodKind::Quarter:
      return date::year{year} / (index * 3) / last;
    case PeriodKind::AcademicYear:
      return AcademicYear{year}.last_day(rule);
    case PeriodKind::FinancialYear:
      return date::year{year + 1} / March / 31;
  }
  return date::year{year} / 12 / 31;
}

bool Period::contains(Date day, YearStart rule) const {
  return day >= start(rule) && day <= end(rule);
}

Period Period::previous() const {
  Period p = *this;
  bool wraps = (kind == PeriodKind::Month || kind == PeriodKind::Quarter) && index == 1;
  if (kind == PeriodKind::AcademicYear || kind == PeriodKind::FinancialYear || wraps) {
    --p.year;
  }
  if (kind == PeriodKind::Month) p.index = wraps ? 12 : index - 1;
  if (kind == PeriodKind::Quarter) p.index = wraps ? 4 : index - 1;
  if (p.year < kMinYear) {
    throw Error(ErrorKind::Invalid, fmt::format("no period before {}", to_string()),
                "periods start in 1900");
  }
  return p;
}

}  // namespace lpg
