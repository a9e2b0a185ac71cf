// SPDX-License-Identifier: MIT
#pragma once
// Organisation-meetings for the attendance report: each organisation counts once a meeting at
// which any of its people was recorded, with the best status any of them had.

#include <lpg/reports.hpp>

#include <array>
#include <cstdint>
#include <unordered_map>

namespace lpg::reports {

struct OrgMeetingCount {
  std::int64_t recorded = 0;              ///< meetings at which any of its people was recorded
  std::array<std::int64_t, 4> by_rank{};  ///< of those: present, represented, apologies, absent
};

/// Keyed by organisation id, or by -person id for a person without an organisation.
using OrgMeetingTotals = std::unordered_map<std::int64_t, OrgMeetingCount>;

/// The counts over the meetings the report counts (held, in the scope's period and groups),
/// guests left out. `most_meetings` picks the plan for a scope covering most of the database.
OrgMeetingTotals organisation_meetings(const Session& s, const ReportScope& scope,
                                       bool most_meetings);

}  // namespace lpg::reports
