// SPDX-License-Identifier: MIT
#pragma once
// Planning meetings: one at a time, termly, every N weeks or months, N weeks after another
// body's meetings, or between two bodies' meetings. A planned day that is closed (weekend,
// half-term, holiday) or on which the group already meets moves to the next open day, and the
// plan says so. Each generated meeting carries a key, so running a schedule again adds nothing.

#include <lpg/academic_year.hpp>
#include <lpg/meetings.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lpg {

enum class ScheduleMode { At, Termly, Every, After, Between };

struct ScheduleRequest {
  GroupId group;
  ScheduleMode mode = ScheduleMode::At;
  std::optional<LocalTime> at;       ///< At
  std::optional<AcademicYear> year;  ///< Termly, After, Between (required there)
  int week = 4;                      ///< Termly: week of the term (week 1 holds its first day)
  date::weekday weekday = date::Thursday;  ///< Termly
  Minutes time{18 * 60 + 30};              ///< Termly, Every, After, Between: time of day
  int every_count = 0;                     ///< Every: 8 with every_unit 'w' is every eight weeks
  char every_unit = 'w';                   ///< Every: 'd', 'w' or 'm' (calendar months)
  std::optional<Date> from, until;         ///< Every (required); After/Between: narrows the year
  std::optional<GroupId> other;            ///< After: that body; Between: the first body
  std::optional<GroupId> second;           ///< Between: the second body
  int weeks_after = 2;                     ///< After
  Minutes duration{90};
  std::string venue;
  std::optional<OrgId> host;
  bool rotate_hosts = false;  ///< hosts in turn among members that can host
  bool allow_closed = false;  ///< closed days (weekends, half-terms, holidays) do not move it
  bool dry_run = false;
};

struct PlannedMeeting {
  std::optional<std::int64_t> id;  ///< the stored meeting (existing, or added unless dry run)
  LocalTime starts;
  std::string state;  ///< "added", "planned" (dry run) or "exists"
  std::string note;   ///< e.g. "moved from 2027-02-18 (half-term)"
  std::string host_name;
  std::string venue;
  std::optional<Date> moved_from{};  ///< the day it was planned for, when it had to move
  std::string moved_because{};       ///< why: "a Saturday", "half-term", "the group meets that day"
  bool closed_day = false;           ///< it moved off a closed day (not a day the group meets)
};

/// Plans, and unless dry_run stores, the meetings a request asks for, in one transaction.
/// Throws Error{Invalid} when a meeting finds no open day in its window (naming it),
/// Error{NotFound} for unknown groups or a year without term dates (Termly), Error{Conflict}
/// for an archived group.
std::vector<PlannedMeeting> schedule_meetings(const Session& s, const ScheduleRequest& request);

/// Parses an --every value: "8w", "2m" (months), "14d". Throws Error{Invalid}.
void parse_every(std::string_view text, int& count, char& unit);

}  // namespace lpg
