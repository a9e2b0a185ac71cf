// SPDX-License-Identifier: MIT
#pragma once
// The meetings a schedule request wants, before closed days and clashes move them.

#include <lpg/schedule.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lpg::meetings {

struct Slot {
  LocalTime when;             ///< the wanted start
  Date last_day;              ///< the latest day it may move to
  std::string key;            ///< identifies it across runs: "termly:2026/27:autumn", ...
  std::string kind{};         ///< after or between: planned relative to other meetings
  std::int64_t first_id = 0;  ///< after, between: the meeting it follows
  std::optional<std::int64_t> second_id{};  ///< between: the meeting it comes before
};

/// The wanted meetings of a request, in time order. Throws as schedule_meetings does.
std::vector<Slot> slots_for(const Session& s, const ScheduleRequest& r);

/// Termly slots: week `r.week` of each term of `r.year`, on `r.weekday`, within the term.
std::vector<Slot> termly_slots(const Session& s, const ScheduleRequest& r);

/// Stores one planned meeting, and its relation for an after or between slot, and returns its
/// id (inside the caller's transaction).
std::int64_t insert_meeting(const Session& s, const ScheduleRequest& r, LocalTime starts,
                            std::optional<std::int64_t> host, const Slot& slot);

std::string org_name(const Session& s, std::int64_t org);

}  // namespace lpg::meetings
