// SPDX-License-Identifier: MIT
#pragma once
// The meetings a schedule request wants, before closed days and clashes move them.

#include <lpg/schedule.hpp>

#include <string>
#include <vector>

namespace lpg::meetings {

struct Slot {
  LocalTime when;   ///< the wanted start
  Date last_day;    ///< the latest day it may move to
  std::string key;  ///< identifies it across runs: "termly:2026/27:autumn", ...
};

/// The wanted meetings of a request, in time order. Throws as schedule_meetings does.
std::vector<Slot> slots_for(const Session& s, const ScheduleRequest& r);

/// Termly slots: week `r.week` of each term of `r.year`, on `r.weekday`, within the term.
std::vector<Slot> termly_slots(const Session& s, const ScheduleRequest& r);

/// Stores one planned meeting and returns its id (inside the caller's transaction).
std::int64_t insert_meeting(const Session& s, const ScheduleRequest& r, LocalTime starts,
                            std::optional<std::int64_t> host, const std::string& key);

std::string org_name(const Session& s, std::int64_t org);

}  // namespace lpg::meetings
