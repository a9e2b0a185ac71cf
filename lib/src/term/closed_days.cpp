// SPDX-License-Identifier: MIT
// Which days meetings may be held on: not at weekends (unless asked), and, where term dates
// are stored for the year, not in half-terms, holidays or closure days.
#include <lpg/meetings.hpp>
#include <lpg/terms.hpp>

#include <string>

namespace lpg {

std::optional<std::string> closed_day_reason(const Session& s, Date day, bool allow_weekend) {
  date::weekday wd{date::sys_days{day}};
  if (!allow_weekend && wd == date::Saturday) return "a Saturday";
  if (!allow_weekend && wd == date::Sunday) return "a Sunday";
  Calendar calendar = load_calendar(s);
  switch (calendar.classify(day)) {
    case DayKind::HalfTerm:
      return "half-term";
    case DayKind::Holiday:
      return "school holiday";
    case DayKind::Closure: {
      const Closure* closure = calendar.closure_on(day);
      return closure != nullptr && !closure->note.empty() ? "closed: " + closure->note
                                                          : std::string("a closure day");
    }
    default:
      return std::nullopt;
  }
}

}  // namespace lpg
