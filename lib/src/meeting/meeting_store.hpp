// SPDX-License-Identifier: MIT
#pragma once
// The owner of the table meeting (issue 18): the only code that writes its rows, and the code
// that reads them into Meeting. Schedule, move, cancel, place, agenda, import: all call here.
// Every function runs inside the caller's transaction unless it says otherwise.

#include <lpg/meeting_io.hpp>
#include <lpg/meetings.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/sql.hpp"
#include "meeting/schedule_rules.hpp"

namespace lpg::meetings {

/// SELECT of every Meeting field; append WHERE/ORDER BY. Binds nothing itself.
extern const char* const kSelectMeeting;

/// Builds a Meeting from a row of kSelectMeeting; `now` decides scheduled vs held.
Meeting read_meeting(db::Statement& q, LocalTime now);

/// A fresh iCalendar UID: 128 random bits.
std::string new_uid();

/// A meeting row as stored, for insert_meeting.
struct MeetingRow {
  std::optional<std::int64_t> id;  ///< an id to keep (an import), when it is free
  std::int64_t group_id = 0;
  std::string starts_at;  ///< "YYYY-MM-DD HH:MM", local
  std::int64_t duration_min = 90;
  std::optional<std::string> venue;
  std::optional<std::int64_t> host_org_id;
  std::string status = "scheduled";
  std::optional<std::string> cancel_reason;
  std::string uid;  ///< "" makes a new one
  std::int64_t sequence = 0;
  std::optional<std::string> schedule_key;
};

/// Inserts a meeting (created_at and updated_at now) and returns its id.
std::int64_t insert_meeting(const Session& s, const MeetingRow& row);

/// Every meeting as stored (id set; sequence and schedule_key left unread), by id: for the
/// Popolo export.
std::vector<MeetingRow> stored_rows(const Session& s);

/// Every meeting as completion offers it, "GROUP@YYYY-MM-DD", newest first.
std::vector<std::string> completion_labels(const Session& s);

/// True when no meeting has this id.
bool meeting_id_free(const Session& s, std::int64_t id);

/// The group's meetings that start at `starts_at` ("YYYY-MM-DD HH:MM"), by id.
std::vector<std::int64_t> meetings_starting(const Session& s, std::int64_t group,
                                            const std::string& starts_at);
/// The meeting with this uid, if any.
std::optional<std::int64_t> meeting_by_uid(const Session& s, const std::string& uid);

/// The group's meeting generated from `key` (schedule_key), other than `except`, if any.
std::optional<std::int64_t> meeting_by_key(const Session& s, std::int64_t group,
                                           const std::string& key, std::int64_t except = 0);

/// The group's other live (not cancelled) meeting on `day`, if any, other than `except`.
std::optional<std::int64_t> clash(const Session& s, std::int64_t group_id, Date day,
                                  std::int64_t except = 0);

/// The group's live (not cancelled) meetings from `from` to `to` inclusive, in time order.
std::vector<LiveMeeting> live_meetings(const Session& s, GroupId group, Date from, Date to);

/// The host of the group's latest live meeting before `before` that had one.
std::optional<std::int64_t> last_host_before(const Session& s, std::int64_t group,
                                             LocalTime before);

/// How many live (not cancelled) meetings, of any group, start from `from` to `to` inclusive.
std::int64_t live_meeting_count(const Session& s, Date from, Date to);

/// Whether the group has held a live meeting after `after` and up to now.
bool held_since(const Session& s, std::int64_t group, LocalTime after);

/// Marks a meeting changed: bumps its iCalendar SEQUENCE and its updated_at stamp.
void touch(const Session& s, std::int64_t id);

/// Cancels it, with a reason (no touch: the caller touches).
void store_cancel(const Session& s, std::int64_t id, const std::string& reason);

/// Sets its venue (nullopt: none) and host (nullopt: none).
void store_place(const Session& s, std::int64_t id, const std::optional<std::string>& venue,
                 std::optional<std::int64_t> host);

/// Sets its start and length.
void store_start(const Session& s, std::int64_t id, LocalTime starts, Minutes duration);

/// The columns an import may set on a stored meeting.
enum class MeetingColumn {
  StartsAt,
  Duration,
  Venue,
  Host,
  Status,
  CancelReason,
  ScheduleKey,
  Sequence,
  UpdatedAt
};

/// Sets one column of a meeting when it differs (nullopt is NULL); true when it did.
bool set_if_changed(const Session& s, std::int64_t id, MeetingColumn column,
                    const std::optional<std::string>& value);
bool set_if_changed(const Session& s, std::int64_t id, MeetingColumn column,
                    std::optional<std::int64_t> value);

/// The WHERE clause of an export filter over `meeting m` (?1 to ?4), and its binding.
std::string export_where(const MeetingExportFilter& f);
void bind_export_filter(db::Statement& q, const MeetingExportFilter& f);

/// Throws Error{Conflict} when the group is archived.
void require_active_group(const Session& s, std::int64_t group_id);

/// The cells of one kSelectMeeting row.
struct MeetingCells {
  std::int64_t id = 0, group_id = 0;
  std::string group_name, starts_at;
  int duration = 0;
  std::string venue;
  std::optional<std::int64_t> host;
  std::string host_name, host_address, status, cancel_reason, uid;
  int sequence = 0;
  std::string updated_at;
};
Meeting meeting_of(const MeetingCells& c, LocalTime now);

}  // namespace lpg::meetings
