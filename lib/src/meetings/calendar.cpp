// SPDX-License-Identifier: MIT
// Which days meetings may be held on.
#include <lpg/meetings.hpp>

namespace lpg {

std::optional<std::string> closed_day_reason(const Session& s, Date day, bool allow_weekend) {
  (void)s;
  date::weekday wd{date::sys_days{day}};
  if (!allow_weekend && wd == date::Saturday) return "a Saturday";
  if (!allow_weekend && wd == date::Sunday) return "a Sunday";
  return std::nullopt;
}

}  // namespace lpg
