// SPDX-License-Identifier: MIT
#pragma once
// Meetings planned relative to another body's (schedule --after, --between) that no longer
// keep their place, for report compliance.

#include <lpg/reports.hpp>

#include <string>
#include <vector>

namespace lpg::reports {

/// For each meeting of `group` in the scope's period (not cancelled) that no longer keeps
/// its relation: "meeting of 2027-03-04 no longer 1 week after Board on 2027-03-16 (12 days
/// before it)", in time order.
std::vector<std::string> meetings_out_of_step(const Session& s, std::int64_t group,
                                              const ReportScope& scope);

}  // namespace lpg::reports
