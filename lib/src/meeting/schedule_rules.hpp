// SPDX-License-Identifier: MIT
#pragma once
// The rules of `lpg meeting schedule` that need no database: which meetings a request wants
// (--at, --every, --termly, --after, --between), the window of a --year, the next open day
// for a meeting, and hosts in turn. No SQL and no Store here: the callers (meeting/schedule.cpp,
// meeting/slots.cpp) read what the rules need and store what they decide; tests/unit/
// schedule_rules_test.cpp calls them directly.

#include <lpg/schedule.hpp>
#include <lpg/terms.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lpg::meetings {

/// One meeting a request wants, before closed days and clashes move it.
struct Slot {
  LocalTime when;             ///< the wanted start
  Date last_day;              ///< the latest day it may move to
  std::string key;            ///< identifies it across runs: "termly:2026/27:autumn", ...
  std::string kind{};         ///< after or between: planned relative to other meetings
  std::int64_t first_id = 0;  ///< after, between: the meeting it follows
  std::optional<std::int64_t> second_id{};  ///< between: the meeting it comes before
};

/// Another body's live meeting, as --after and --between plan from it.
struct LiveMeeting {
  std::int64_t id = 0;
  LocalTime starts;
  std::string uid;
};

/// --at: the one meeting, which may move up to two weeks.
std::vector<Slot> at_slots(const ScheduleRequest& r);

/// --every N d|w|m from r.from to r.until: Error{Usage} without both, Error{Invalid} when
/// until is before from or the schedule makes over 1000 meetings. A month step keeps the day
/// of the month, or the month's last day. A meeting may move at most six days, and never onto
/// the next one's day.
std::vector<Slot> every_slots(const ScheduleRequest& r);

/// --termly: week r.week of each term (week 1 is the Monday-to-Sunday week holding its first
/// day), on r.weekday, or the term's first day when that comes later. Error{NotFound} when
/// there are no terms, Error{Invalid} when a term has no such week.
std::vector<Slot> termly_slots(const ScheduleRequest& r, const std::vector<Term>& terms);

/// The days --after and --between plan in: r.year under `rule`, narrowed by r.from and
/// r.until. Error{Usage} without a year.
std::pair<Date, Date> schedule_window(const ScheduleRequest& r, YearStart rule);

/// --after: r.weeks_after weeks after each of `others`, movable for six days.
/// Error{NotFound} when `others` is empty.
std::vector<Slot> after_slots(const ScheduleRequest& r, const std::vector<LiveMeeting>& others);

/// --between: midway between each of `firsts` and the next of `seconds` that starts later,
/// movable up to the day before that one; pairs with no day strictly between are skipped.
/// Error{NotFound} when no pair is left.
std::vector<Slot> between_slots(const ScheduleRequest& r, const std::vector<LiveMeeting>& firsts,
                                const std::vector<LiveMeeting>& seconds);

/// Why a day is no good for the meeting ("half-term", "the group meets that day"), or nullopt.
using DayCheck = std::function<std::optional<std::string>(Date)>;

/// Where a slot's meeting goes: its own day, or the first open day up to slot.last_day.
struct OpenDay {
  Date day;
  std::optional<Date> moved_from;  ///< the wanted day, when it had to move
  std::string why;                 ///< why it moved: the first reason `closed` or `taken` gave
  bool closed_day = false;         ///< it moved off a closed day (not a day the group meets)
};

/// The first day from the slot's own day to its last day that `closed` (closed days) and
/// `taken` (days the group meets) both accept. Error{Invalid} naming the slot when none does.
OpenDay first_open_day(const Slot& slot, const DayCheck& closed, const DayCheck& taken);

/// Hosts in turn: `hosts` (in their order) starting after `previous` (the last meeting's
/// host), so a new schedule continues the old rotation. Unchanged when previous is not one.
template <class Host>
std::vector<Host> rotation_after(std::vector<Host> hosts, std::optional<std::int64_t> previous) {
  if (!previous) return hosts;
  for (std::size_t i = 0; i < hosts.size(); ++i) {
    if (hosts[i].first == *previous) {
      std::rotate(hosts.begin(), hosts.begin() + static_cast<std::ptrdiff_t>(i) + 1, hosts.end());
      break;
    }
  }
  return hosts;
}

}  // namespace lpg::meetings
