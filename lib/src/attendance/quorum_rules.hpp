// SPDX-License-Identifier: MIT
#pragma once
// Counting a quorum, as committees count it, with no SQL: members present, each person
// standing for one member at most. Who stands for whom is a bipartite graph (people there,
// memberships), so the count is a maximum matching. attendance/quorum.cpp reads the seats and
// the attendance; tests/unit/quorum_rules_test.cpp calls this directly.

#include <lpg/attendance.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lpg::meetings {

/// A membership current on the meeting's day.
struct Seat {
  QuorumMember member;  ///< membership_id, member, type, kind, category filled in
  std::optional<std::int64_t> org_id, person_id;
};

/// A person whose attendance was recorded.
struct Attendee {
  std::int64_t person_id = 0;
  std::string name;
  std::optional<std::int64_t> org_id;
  std::string status;  ///< present, apologies, absent, represented
  std::string deputy;  ///< who represented them
  bool there() const { return status == "present" || status == "represented"; }
};

/// Members needed under `rule`: "N", or "N/M" of `core_members` rounded up, at least 1.
int required_by(const std::string& rule, int core_members);

/// The quorum of a meeting under `rule` ("" for none) on `day`: rule, fraction, day, required,
/// counted, attended, core_members, met and members of QuorumResult.
QuorumResult count_quorum(const std::string& rule, const std::string& day,
                          const std::vector<Seat>& seats, const std::vector<Attendee>& people);

}  // namespace lpg::meetings
