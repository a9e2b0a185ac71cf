// SPDX-License-Identifier: MIT
#pragma once
// Who came to a meeting: present, apologies, absent, or represented by someone else (which
// counts as attendance for the member represented). People who are not members on the day,
// themselves or through their organisation, are recorded as guests.

#include <lpg/meetings.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace lpg {

struct AttendanceMark {
  PersonId person;
  std::string status;                      ///< present, apologies, absent, represented
  std::optional<PersonId> represented_by;  ///< with represented
};

struct AttendanceRow {
  std::int64_t person_id = 0;
  std::string name;
  std::string organisation;
  std::string status;
  std::string represented_by;  ///< the deputy's name
  bool guest = false;
};

/// Records (or replaces) each person's attendance, in one transaction. Throws Error{Conflict}
/// for a cancelled meeting, or one still in the future unless `force`; Error{Invalid} for an
/// unknown status, a representation without a deputy, or someone representing themselves.
std::vector<AttendanceRow> record_attendance(const Session& s, MeetingId meeting,
                                             const std::vector<AttendanceMark>& marks, bool force);

/// A meeting's attendance, members first, by name.
std::vector<AttendanceRow> attendance(const Session& s, MeetingId meeting);

struct SignInResult {
  std::vector<AttendanceRow> attendance;  ///< the meeting's attendance afterwards
  int recorded = 0;                       ///< rows of the sheet recorded
  int new_people = 0;                     ///< people the sheet named that lpg did not know
};

/// Records a sign-in sheet: a CSV with a header naming `name` and/or `email`, and optionally
/// `status` (present when blank) and `represented_by`. People are found by email, else by name;
/// someone lpg does not know is added as a person (and recorded as a guest). One transaction:
/// a bad row ("NAME:LINE: ...") stores nothing. Throws as record_attendance does.
SignInResult record_sign_in(const Session& s, MeetingId meeting, std::istream& sheet,
                            const std::string& name, bool force);

/// One membership current on a meeting's day, and whether it counted towards the quorum.
struct QuorumMember {
  std::int64_t membership_id = 0;
  std::string member;    ///< the organisation's or the person's name
  std::string type;      ///< organisation or person
  std::string kind;      ///< core or additional
  std::string category;  ///< the core category; empty for an additional member
  bool counts = false;   ///< the rule counts members of this kind (N/M: core members only)
  bool counted = false;  ///< present, and counted towards the quorum
  std::string why;       ///< "Jo Bloggs present", "apologies from Jo Bloggs", ...
};

/// A meeting's quorum, as committees count it. A member organisation is present when any of
/// its people was present or represented; a person member when they were present or
/// represented. Each person present (or represented) makes at most one member present,
/// however many memberships they could stand for (their own and their organisation's): the
/// count is the largest number of members that distinct people account for.
struct QuorumResult {
  std::string rule;       ///< "5" or "1/2" as set on the group; empty when the group has none
  bool fraction = false;  ///< N/M: of the core members current on the day
  std::string day;        ///< the meeting's date, on which memberships are judged
  int required = 0;       ///< members needed: N, or N/M of the core members rounded up (>= 1)
  int counted = 0;        ///< members present that the rule counts (core ones for N/M)
  int attended = 0;       ///< members present, of any kind
  int core_members = 0;   ///< core members current on the day
  bool met = false;       ///< counted >= required; true when there is no rule
  std::vector<QuorumMember> members;  ///< every membership current on the day
};

/// Whether a meeting was quorate, and who counted. Without a rule, met is true and counted is
/// every member present. Throws Error{NotFound} for an unknown meeting.
QuorumResult quorum(const Session& s, MeetingId meeting_id);

}  // namespace lpg
