// SPDX-License-Identifier: MIT
#pragma once
// Reading meeting rows: shared by the meeting, schedule and attendance services.

#include <lpg/meetings.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

namespace lpg::meetings {

/// SELECT of every Meeting field; append WHERE/ORDER BY. Binds nothing itself.
extern const char* const kSelectMeeting;

/// Builds a Meeting from a row of kSelectMeeting; `now` decides scheduled vs held.
Meeting read_meeting(SQLite::Statement& q, LocalTime now);

/// A fresh iCalendar UID: 128 random bits.
std::string new_uid();

/// The group's other live (not cancelled) meeting on `day`, if any, other than `except`.
std::optional<std::int64_t> clash(const Session& s, std::int64_t group_id, Date day,
                                  std::int64_t except = 0);

/// Marks a meeting changed: bumps its iCalendar SEQUENCE and its updated_at stamp.
void touch(const Session& s, std::int64_t id);

/// Throws Error{Conflict} when the group is archived.
void require_active_group(const Session& s, std::int64_t group_id);

}  // namespace lpg::meetings
