// SPDX-License-Identifier: MIT
#pragma once
// When minutes are due and what a meeting still owes: rules with no SQL, called by
// minutes/owed.cpp (minutes list --owed, report reminders) and by tests/unit directly.

#include <lpg/dates.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lpg::meetings {

/// The day a meeting's minutes are due under minutes.deadline `rule`: "Nd" (N days after the
/// meeting) or "end-of-term" (the last day of the term holding the meeting, `term_end`; 14
/// days after the meeting where no term covers it).
Date minutes_due(const std::string& rule, Date meeting_day, std::optional<Date> term_end);

/// What a held meeting still owes, in this order: "no minutes", "not approved", "not
/// submitted". `kind_rule` is its group kind's minutes rule ("submitted", "recorded" or
/// "none"); `overdue` whether today is past the due day; `later_held` whether the group has
/// held a meeting since (where the minutes should have been approved).
struct MinutesState {
  bool has_minutes = false;
  bool approved = false;
  bool submitted = false;
  bool overdue = false;
  bool later_held = false;
};
std::vector<std::string> minutes_owed(const std::string& kind_rule, const MinutesState& state);

}  // namespace lpg::meetings
