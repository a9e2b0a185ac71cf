// SPDX-License-Identifier: MIT
// Whether a meeting keeps its relation, and where it may go to keep it (relation_rules.hpp).
#include "meeting/relation_rules.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace lpg::meetings {

namespace {

Date plus_days(Date d, std::int64_t n) { return Date{date::sys_days{d} + date::days{n}}; }

std::int64_t days_from(Date a, Date b) { return (date::sys_days{b} - date::sys_days{a}).count(); }

std::string count_of(std::int64_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string meeting_text(const Point& p) {
  return fmt::format("{} on {}", p.group, format_date(p.day()));
}

// "12 days before it", "on the same day as it", "3 days after it".
std::string offset_text(std::int64_t days, const std::string& it) {
  if (days == 0) return "on the same day as " + it;
  return fmt::format("{} {} {}", count_of(days < 0 ? -days : days, "day", "days"),
                     days < 0 ? "before" : "after", it);
}

}  // namespace

Standing standing_of(const Relation& r, const Point& self, const Point& first,
                     const std::optional<Point>& second) {
  Standing out;
  std::int64_t since = days_from(first.day(), self.day());
  if (r.kind == "after") {
    std::int64_t weeks = r.weeks.value_or(0);
    out.relation =
        fmt::format("{} after {}", count_of(weeks, "week", "weeks"), meeting_text(first));
    out.kept = first.cancelled || (since >= 7 * weeks && since <= 7 * weeks + 6);
    if (!out.kept) out.now = offset_text(since, "it");
    return out;
  }
  out.relation = second
                     ? fmt::format("between {} and {}", meeting_text(first), meeting_text(*second))
                     : "after " + meeting_text(first);
  if (first.cancelled) return out;
  if (since <= 0) {
    out.kept = false;
    out.now = offset_text(since, "the meeting of " + first.group);
  } else if (second && days_from(second->day(), self.day()) >= 0) {
    out.kept = false;
    out.now = offset_text(days_from(second->day(), self.day()), "the meeting of " + second->group);
  }
  return out;
}

std::optional<std::pair<Date, Date>> keep_window(const Relation& r, const Point& first,
                                                 const std::optional<Point>& second,
                                                 std::string& why) {
  Date want = plus_days(first.day(), 1);
  Date last = plus_days(first.day(), 14);  // a "between" whose second meeting is not known
  if (r.kind == "after") {
    want = plus_days(first.day(), 7 * static_cast<std::int64_t>(r.weeks.value_or(0)));
    last = plus_days(want, 6);
  } else if (second) {
    std::int64_t gap = days_from(first.day(), second->day());
    want = plus_days(first.day(), gap / 2);
    last = plus_days(second->day(), -1);
    if (gap < 2) {
      why = fmt::format("no day between {} and {}", meeting_text(first), meeting_text(*second));
      return std::nullopt;
    }
  }
  return std::pair{want, last};
}

int weeks_after(Date first, Date self) {
  return static_cast<int>(std::max<std::int64_t>(0, days_from(first, self) / 7));
}

}  // namespace lpg::meetings
