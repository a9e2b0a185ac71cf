// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/terms.hpp>

#include <fmt/format.h>

#include "meetings/slots.hpp"

namespace lpg::meetings {

// Week 1 of a term is the week (Monday to Sunday) holding its first day; the meeting goes on
// `r.weekday` of week `r.week`, or the first day of the term if that falls before it.
std::vector<Slot> termly_slots(const Session& s, const ScheduleRequest& r) {
  if (!r.year) throw Error(ErrorKind::Usage, "a termly schedule needs --year, e.g. 2026/27");
  std::vector<Term> terms = terms_of_year(s, *r.year);
  if (terms.empty()) {
    throw Error(ErrorKind::NotFound, fmt::format("no term dates for {}", r.year->name()),
                "load them with 'lpg term import FILE' or 'lpg term add'");
  }
  std::vector<Slot> out;
  for (const auto& term : terms) {
    date::sys_days first{term.dates.start};
    date::weekday first_wd{first};
    date::sys_days monday = first - (first_wd - date::Monday);
    date::sys_days day = monday + date::weeks{r.week - 1} + (r.weekday - date::Monday);
    if (day < first) day = first;
    if (Date{day} > term.dates.end) {
      throw Error(ErrorKind::Invalid, fmt::format("{} has no week {}", term.label(), r.week),
                  "choose an earlier --week");
    }
    out.push_back({date::local_days{Date{day}} + r.time, term.dates.end,
                   fmt::format("termly:{}", term.label())});
  }
  return out;
}

}  // namespace lpg::meetings
