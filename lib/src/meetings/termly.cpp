// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>

#include "meetings/slots.hpp"

namespace lpg::meetings {

std::vector<Slot> termly_slots(const Session& s, const ScheduleRequest& r) {
  (void)s;
  throw Error(ErrorKind::NotFound, "no term dates for " + r.year, "load them with 'lpg term add'");
}

}  // namespace lpg::meetings
