// SPDX-License-Identifier: MIT
#pragma once
// What `meeting schedule` reads and stores around its rules (meeting/schedule_rules.hpp).

#include <lpg/schedule.hpp>

#include <optional>
#include <string>
#include <vector>

#include "meeting/schedule_rules.hpp"

namespace lpg::meetings {

/// The wanted meetings of a request, in time order: the rules over the terms and the other
/// bodies' meetings they need. Throws as schedule_meetings does.
std::vector<Slot> slots_for(const Session& s, const ScheduleRequest& r);

/// Stores one planned meeting, and its relation for an after or between slot, and returns its
/// id (inside the caller's transaction).
std::int64_t insert_meeting(const Session& s, const ScheduleRequest& r, LocalTime starts,
                            std::optional<std::int64_t> host, const Slot& slot);

}  // namespace lpg::meetings
