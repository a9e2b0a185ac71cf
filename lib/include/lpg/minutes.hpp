// SPDX-License-Identifier: MIT
#pragma once
// Minutes: the record of a meeting, every version kept, approved at a later meeting of the
// same group and submitted to the council officer. lpg knows which minutes are owed.

#include <lpg/meetings.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lpg {

/// The largest minutes file lpg takes.
inline constexpr std::size_t kMaxMinutesBytes = 5 * 1024 * 1024;

/// Minutes text from bytes as read: UTF-8 (a BOM dropped) is kept; anything else is taken as
/// Windows-1252 and converted. Throws Error{Invalid} for empty text, binary data (NUL bytes)
/// or more than kMaxMinutesBytes. `converted` says what was done ("" or "from Windows-1252").
std::string minutes_text(std::string_view bytes, std::string& converted);

struct MinutesVersion {
  int version = 0;
  std::string text;
  std::string recorded_by;
  std::string recorded_at;
  std::string converted;
};

struct MinutesRecord {
  Meeting meeting;
  std::optional<MinutesVersion> current;
  std::optional<std::int64_t> approved_at;  ///< the approving meeting
  std::string approved_on;                  ///< its date
  std::string submitted_to;
  std::string submitted_on;
};

/// Stores the first version. Throws Error{Conflict} when the meeting is cancelled, has not
/// happened yet, or already has minutes ('minutes edit' adds versions).
MinutesRecord add_minutes(const Session& s, MeetingId meeting, std::string_view bytes,
                          const std::string& recorded_by);
/// Stores a new version, keeping the earlier ones.
MinutesRecord edit_minutes(const Session& s, MeetingId meeting, std::string_view bytes,
                           const std::string& recorded_by);
std::vector<MinutesVersion> minutes_history(const Session& s, MeetingId meeting);
MinutesRecord get_minutes(const Session& s, MeetingId meeting);

/// Records approval at `at`: a later meeting of the same group that has happened.
MinutesRecord approve_minutes(const Session& s, MeetingId meeting, MeetingId at);
/// Records submission to `to` ("Name <email>"; default minutes.officer) on `on` (default today).
MinutesRecord submit_minutes(const Session& s, MeetingId meeting, const std::string& to,
                             std::optional<Date> on);

struct MinutesStatus {
  Meeting meeting;
  bool has_minutes = false;
  int version = 0;
  std::string approved_on;
  std::string submitted_on;
  std::string due;                ///< when the minutes must be submitted by
  std::vector<std::string> owed;  ///< "no minutes", "not approved", "not submitted"
};

struct MinutesFilter {
  std::optional<GroupId> group;
  std::optional<Date> from, to;
  bool owed_only = false;
};

/// Held meetings with the state of their minutes. Minutes are owed when past their due date
/// (minutes.deadline: N days after the meeting, or the end of its term) without minutes or
/// without submission, or when a later meeting of the group has been held without approving
/// them; as far as the minutes rule of the group's kind asks (requirements_of: "recorded"
/// asks no submission, "none" nothing at all).
std::vector<MinutesStatus> minutes_status(const Session& s, const MinutesFilter& filter);

}  // namespace lpg
