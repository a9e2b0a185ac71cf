// SPDX-License-Identifier: MIT
#pragma once
// How termly compliance is judged, with no SQL (report/compliance.cpp counts the figures).

#include <lpg/cadence.hpp>
#include <lpg/config.hpp>
#include <lpg/reports.hpp>
#include <lpg/terms.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lpg::report {

/// A group's figures for the period, as compliance.cpp counts them.
struct Figures {
  std::int64_t held = 0, all = 0, minutes_due = 0, on_time = 0, recorded_on_time = 0, overdue = 0;
  std::set<std::string> roles;       ///< roles held
  std::set<std::string> categories;  ///< core categories filled
};

/// Meetings cadence `c` asks for from `from` to `to` (both included): whole intervals only, so
/// a group that kept its cadence is never short; termly is one a term of `terms` overlapping
/// the period. nullopt for "after" (it counts another body's meetings: compliance.cpp).
std::optional<std::int64_t> expected_meetings(const Cadence& c, Date from, Date to,
                                              const std::vector<Term>& terms);

/// The shortfalls of a group of a kind that requires `req`, in words (group_gaps()'s words for
/// roles and categories), with the figures they come from, into `line` (whose `expected` is
/// set already).
void judge(const KindRequirements& req, const Figures& x, ComplianceLine& line);

}  // namespace lpg::report
