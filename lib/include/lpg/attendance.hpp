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

struct QuorumResult {
  std::string rule;  ///< "5" or "1/2" as set on the group; empty when the group has none
  int required = 0;  ///< members needed
  int attended = 0;  ///< memberships attended: a person present or represented, or an
                     ///< organisation with one of its people present or represented
  int core_members = 0;
  bool met = false;
};

/// Whether a meeting was quorate. A fraction is of the group's current core memberships on the
/// day, rounded up. Without a rule, met is true.
QuorumResult quorum(const Session& s, MeetingId meeting);

}  // namespace lpg
