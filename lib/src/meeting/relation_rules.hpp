// SPDX-License-Identifier: MIT
#pragma once
// Meetings planned relative to others (schedule --after, --between), with no SQL: whether a
// meeting keeps its relation, and the days it may go to keep it again. meeting/relations.cpp
// reads the meetings; tests/unit/relation_rules_test.cpp calls this directly.

#include <lpg/dates.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace lpg::meetings {

struct Relation {
  std::int64_t meeting_id = 0;
  std::string kind;                       ///< after or between
  std::int64_t first_id = 0;              ///< after: the meeting it follows; between: the first
  std::optional<std::int64_t> second_id;  ///< between: the meeting it comes before (if known)
  std::optional<int> weeks;               ///< after: planned this many weeks after the first
};

/// Meeting start times that differ from the stored ones: moves being planned.
using Moves = std::map<std::int64_t, LocalTime>;

/// How a meeting stands to the meetings it was planned from.
struct Standing {
  bool kept = true;      ///< it still keeps its relation (or a meeting it depends on is cancelled)
  std::string relation;  ///< "2 weeks after Kent Board on 2027-03-16"
  std::string now;       ///< where it is instead: "12 days before it"; empty when kept
};
/// A meeting as relations see it: its group, its start (a planned move applied), its status.
struct Point {
  std::int64_t id = 0;
  std::int64_t group_id = 0;
  std::string group;
  LocalTime starts;
  bool cancelled = false;
  Date day() const { return date_of(starts); }
};

/// How `self` stands to `first` (and `second`, for a between whose second is known and live).
Standing standing_of(const Relation& r, const Point& self, const Point& first,
                     const std::optional<Point>& second);

/// The days a meeting may go to keep its relation: from the planned day to the last day
/// (inclusive). nullopt with `why` set when there is no day between the two meetings.
std::optional<std::pair<Date, Date>> keep_window(const Relation& r, const Point& first,
                                                 const std::optional<Point>& second,
                                                 std::string& why);

/// The whole weeks from `first` to `self` (0 when earlier): an "after" read from a file.
int weeks_after(Date first, Date self);

}  // namespace lpg::meetings
