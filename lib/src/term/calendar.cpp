// SPDX-License-Identifier: MIT
// The calendar's pure logic: names, academic years, and which days are school days.
#include <lpg/errors.hpp>
#include <lpg/terms.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "term/terms_internal.hpp"

namespace lpg {

using terms::shown;

namespace {

constexpr std::array<std::string_view, 3> kTermNames = {"autumn", "spring", "summer"};

}  // namespace

std::string_view to_string(TermName name) {
  return kTermNames.at(static_cast<std::size_t>(name) - 1);
}

TermName parse_term_name(std::string_view text) {
  std::string key = ascii_lower(trim(text));
  for (std::size_t i = 0; i < kTermNames.size(); ++i) {
    if (key == kTermNames[i]) return static_cast<TermName>(i + 1);
  }
  std::string hint = "terms are autumn, spring and summer";
  if (auto near = nearest(key, {kTermNames.begin(), kTermNames.end()})) {
    hint = fmt::format("did you mean \"{}\"? {}", *near, hint);
  }
  throw Error(ErrorKind::Invalid, fmt::format("unknown term '{}'", text), hint);
}

std::string Term::label() const { return fmt::format("{} {}", year.name(), to_string(name)); }

std::string_view to_string(DayKind kind) {
  switch (kind) {
    case DayKind::Uncharted:
      return "uncharted";
    case DayKind::Holiday:
      return "holiday";
    case DayKind::HalfTerm:
      return "half term";
    case DayKind::Closure:
      return "closure";
    case DayKind::Weekend:
      return "weekend";
    case DayKind::SchoolDay:
      return "school day";
  }
  return "unknown";
}

void check_term(const TermInput& in, YearStart year_start) {
  std::string label = fmt::format("{} {}", in.year.name(), to_string(in.name));
  if (in.dates.end < in.dates.start) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{} would end ({}) before it starts ({})", label,
                            format_date(in.dates.end), format_date(in.dates.start)),
                "check the start and end dates");
  }
  DateRange year{in.year.first_day(year_start), in.year.last_day(year_start)};
  if (!year.contains(in.dates.start) || !year.contains(in.dates.end)) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{} ({}) is not inside academic year {} ({})", label, shown(in.dates),
                            in.year.name(), shown(year)),
                fmt::format("an academic year runs from {} (lpg.toml: terms.academic_year_starts)",
                            describe(year_start)));
  }
  if (!in.half_term) return;
  if (in.half_term->end < in.half_term->start) {
    throw Error(ErrorKind::Invalid,
                fmt::format("the half term of {} would end ({}) before it starts ({})", label,
                            format_date(in.half_term->end), format_date(in.half_term->start)),
                "give the half term as START:END");
  }
  if (!in.dates.contains(in.half_term->start) || !in.dates.contains(in.half_term->end)) {
    throw Error(ErrorKind::Invalid,
                fmt::format("the half term ({}) is not inside {} ({})", shown(*in.half_term), label,
                            shown(in.dates)),
                "a half term falls between the first and last days of its term");
  }
}

Calendar::Calendar(std::vector<Term> terms, std::vector<Closure> closures, YearStart year_start)
    : terms_(std::move(terms)), closures_(std::move(closures)), year_start_(year_start) {
  std::sort(terms_.begin(), terms_.end(),
            [](const Term& a, const Term& b) { return a.dates.start < b.dates.start; });
  std::sort(closures_.begin(), closures_.end(),
            [](const Closure& a, const Closure& b) { return a.day < b.day; });
}

const Term* Calendar::term_containing(Date day) const {
  auto it =
      std::find_if(terms_.begin(), terms_.end(), [&](const Term& t) { return day <= t.dates.end; });
  return it != terms_.end() && it->contains(day) ? &*it : nullptr;
}

const Term* Calendar::next_term_after(Date day) const {
  auto it = std::find_if(terms_.begin(), terms_.end(),
                         [&](const Term& t) { return day < t.dates.start; });
  return it != terms_.end() ? &*it : nullptr;
}

const Term* Calendar::previous_term_before(Date day) const {
  auto it = std::find_if(terms_.rbegin(), terms_.rend(),
                         [&](const Term& t) { return t.dates.end < day; });
  return it != terms_.rend() ? &*it : nullptr;
}

std::vector<const Term*> Calendar::terms_of(AcademicYear year) const {
  std::vector<const Term*> out;
  for (const auto& t : terms_) {
    if (t.year == year) out.push_back(&t);
  }
  return out;
}

const Closure* Calendar::closure_on(Date day) const {
  auto it = std::lower_bound(closures_.begin(), closures_.end(), day,
                             [](const Closure& c, Date d) { return c.day < d; });
  return it != closures_.end() && it->day == day ? &*it : nullptr;
}

DayKind Calendar::classify(Date day) const {
  const Term* term = term_containing(day);
  if (term == nullptr) {
    AcademicYear year = academic_year_of(day, year_start_);
    bool charted =
        std::any_of(terms_.begin(), terms_.end(), [&](const Term& t) { return t.year == year; });
    return charted ? DayKind::Holiday : DayKind::Uncharted;
  }
  if (term->in_half_term(day)) return DayKind::HalfTerm;
  if (closure_on(day) != nullptr) return DayKind::Closure;
  date::weekday wd{date::sys_days{day}};
  if (wd == date::Saturday || wd == date::Sunday) return DayKind::Weekend;
  return DayKind::SchoolDay;
}

std::optional<Date> Calendar::next_school_day(Date day) const {
  date::sys_days d{day};
  for (;;) {
    const Term* term = term_containing(Date{d});
    if (term == nullptr) {
      term = next_term_after(Date{d});
      if (term == nullptr) return std::nullopt;
      d = date::sys_days{term->dates.start};
    }
    for (; d <= date::sys_days{term->dates.end}; d += date::days{1}) {
      if (classify(Date{d}) == DayKind::SchoolDay) return Date{d};
    }
  }
}

std::int64_t Calendar::school_days(const Term& term) const {
  std::int64_t count = 0;
  for (date::sys_days d{term.dates.start}; d <= date::sys_days{term.dates.end};
       d += date::days{1}) {
    if (term.contains(Date{d}) && !term.in_half_term(Date{d}) && closure_on(Date{d}) == nullptr) {
      date::weekday wd{d};
      if (wd != date::Saturday && wd != date::Sunday) ++count;
    }
  }
  return count;
}

}  // namespace lpg
