// SPDX-License-Identifier: MIT
#include "meetings/term_dates.hpp"

#include <lpg/terms.hpp>

namespace lpg::meetings {

std::optional<Date> term_end_containing(const Session& s, Date day) {
  if (auto term = term_containing(s, day)) return term->dates.end;
  return std::nullopt;
}

}  // namespace lpg::meetings
