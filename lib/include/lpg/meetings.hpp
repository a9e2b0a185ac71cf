// SPDX-License-Identifier: MIT
#pragma once
// Meetings of groups: one sitting with a time, a venue or host, a status and an agenda.
// Times are local wall-clock times in the configured zone (Europe/London).

#include <lpg/dates.hpp>
#include <lpg/refs.hpp>
#include <lpg/session.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lpg {

struct MeetingId {
  std::int64_t v = 0;
};

struct Meeting {
  std::int64_t id = 0;
  std::int64_t group_id = 0;
  std::string group_name;
  LocalTime starts;
  Minutes duration{90};
  std::string venue;
  std::optional<std::int64_t> host_org_id;
  std::string host_name;
  std::string host_address;  ///< the host's address, town and postcode, comma-separated
  std::string status;        ///< scheduled, held (started before now) or cancelled
  std::string cancel_reason;
  std::string uid;         ///< iCalendar UID
  int sequence = 0;        ///< iCalendar SEQUENCE
  std::string updated_at;  ///< UTC stamp of the last change

  /// Where it is: the venue, else the host's name and address.
  std::string location() const;
};

/// A MEETING argument: "12" or "#12" (an id), or "GROUP@YYYY-MM-DD" (that group's meeting on
/// that day). Throws Error{NotFound}, or Error{Conflict} listing the meetings of a day with two.
MeetingId find_meeting(const Session& s, std::string_view ref);
Meeting get_meeting(const Session& s, MeetingId id);

struct MeetingFilter {
  std::optional<GroupId> group;
  std::optional<Date> from;  ///< inclusive
  std::optional<Date> to;    ///< inclusive
  bool upcoming = false;     ///< from now on, cancelled left out
};
/// Meetings in time order.
std::vector<Meeting> list_meetings(const Session& s, const MeetingFilter& filter);

/// A meeting planned relative to a meeting that moves (schedule --after or --between),
/// directly or through another such meeting.
struct DependentMeeting {
  Meeting meeting;              ///< as it stood before the move
  std::string relation;         ///< "2 weeks after Kent Board on 2027-03-16" (after the move; with
                                ///< follow, after the others have moved too)
  bool kept = true;             ///< it still keeps its relation where it is
  std::string now;              ///< where it is instead: "12 days before it"; empty when kept
  std::optional<LocalTime> to;  ///< where it goes to keep its relation (when !kept)
  std::string stays;            ///< why it cannot go there: "held already", "no open day ..."
  bool moved = false;           ///< moved with the meeting (follow)
};

struct MoveResult {
  Meeting meeting;                           ///< the meeting, moved
  std::vector<DependentMeeting> dependents;  ///< in the order they were planned
  /// When the meeting was itself planned relative to another and no longer keeps that
  /// relation: what it was ("2 weeks after ...") and where it is now ("3 days before it").
  std::optional<std::pair<std::string, std::string>> own;
};

/// Moves a meeting to a new time (and duration). Bumps the iCalendar SEQUENCE. The meetings
/// planned relative to it come back in `dependents`: with `follow`, each that would no longer
/// keep its relation moves too (to the planned day, or the next open day of its window), in
/// the same transaction, and so on down the chain; without, none moves. Throws
/// Error{Conflict} for a cancelled meeting or a clash with the group's other meeting that day,
/// Error{Invalid} for a weekend or closed day unless `allow_closed_days`, and, with `follow`,
/// Error{Conflict} naming a dependent meeting that cannot follow (nothing is moved).
MoveResult move_meeting(const Session& s, MeetingId id, LocalTime to,
                        std::optional<Minutes> duration, bool allow_closed_days, bool follow);

/// The meetings planned relative to `meeting` that no longer keep their relation where they
/// are (as DependentMeeting, never moved), for commands that change a meeting's date in other
/// ways (import meetings).
std::vector<DependentMeeting> out_of_step_dependents(const Session& s, MeetingId meeting);

/// Cancels a meeting with a reason; it stays in lists and feeds as cancelled.
Meeting cancel_meeting(const Session& s, MeetingId id, const std::string& reason);

/// Sets where it is held: a venue text, or a host organisation (one replaces the other).
Meeting set_meeting_place(const Session& s, MeetingId id, const std::optional<std::string>& venue,
                          std::optional<OrgId> host);

struct AgendaItem {
  std::int64_t id = 0;
  int position = 0;
  std::string title;
  std::string detail;
};

/// Adds an item at `position` (default: last), moving later items down.
AgendaItem add_agenda_item(const Session& s, MeetingId meeting, const std::string& title,
                           const std::string& detail, std::optional<int> position);
std::vector<AgendaItem> agenda(const Session& s, MeetingId meeting);
/// Removes the item at `position`, closing the gap.
void remove_agenda_item(const Session& s, MeetingId meeting, int position);

/// Why a day is closed to meetings ("Saturday", "half-term", ...), or nullopt if open.
/// Weekends count only when !allow_weekend; term dates, when loaded, add holidays.
std::optional<std::string> closed_day_reason(const Session& s, Date day, bool allow_weekend);

}  // namespace lpg
