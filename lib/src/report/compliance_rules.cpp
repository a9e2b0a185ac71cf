// SPDX-License-Identifier: MIT
#include "report/compliance_rules.hpp"

#include <lpg/members.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lpg::report {

std::optional<std::int64_t> expected_meetings(const Cadence& c, Date from, Date to,
                                              const std::vector<Term>& terms) {
  std::int64_t days = (date::sys_days{to} - date::sys_days{from}).count() + 1;
  switch (c.kind) {
    case CadenceKind::Termly:
      return std::count_if(terms.begin(), terms.end(), [&](const Term& t) {
        return t.dates.start <= to && from <= t.dates.end;
      });
    case CadenceKind::EveryWeeks:
      return days / (7 * static_cast<std::int64_t>(c.count));
    case CadenceKind::EveryMonths:
      return static_cast<std::int64_t>(static_cast<double>(days) / (30.436875 * c.count));
    case CadenceKind::PerYear:
      return static_cast<std::int64_t>(static_cast<double>(days) * c.count / 365.2425);
    case CadenceKind::After:
      break;
  }
  return std::nullopt;
}

void judge(const KindRequirements& req, const Figures& x, ComplianceLine& line) {
  line.held = x.held;
  line.minutes_rule = req.minutes;
  if (req.minutes != "none") line.minutes_due = x.minutes_due;
  line.minutes_on_time = req.minutes == "recorded" ? x.recorded_on_time : x.on_time;
  if (req.minutes == "none") line.minutes_on_time = 0;
  line.overdue_actions = x.overdue;
  line.chair = x.roles.contains("chair");
  line.safeguarding_lead = x.roles.contains("safeguarding-lead");
  std::int64_t to_come = x.all - x.held;
  if (line.expected && line.held + to_come < *line.expected) {
    line.gaps.push_back(fmt::format("held {} of {} meetings{}", line.held, *line.expected,
                                    to_come > 0 ? fmt::format(" ({} to come)", to_come) : ""));
  }
  for (const auto& role : req.roles) {
    if (x.roles.contains(role)) continue;
    line.missing_roles.push_back(role);
    line.gaps.push_back("no " + role_name(role));
  }
  for (const auto& category : req.core_categories) {
    if (x.categories.contains(category)) continue;
    line.unfilled.push_back(category);
    line.gaps.push_back("core category unfilled: " + category);
  }
  if (line.minutes_on_time < line.minutes_due) {
    line.gaps.push_back(fmt::format("minutes {}on time for {} of {} meetings",
                                    req.minutes == "recorded" ? "recorded " : "",
                                    line.minutes_on_time, line.minutes_due));
  }
  if (line.overdue_actions > 0) {
    line.gaps.push_back(fmt::format("{} overdue action{}", line.overdue_actions,
                                    line.overdue_actions == 1 ? "" : "s"));
  }
}

}  // namespace lpg::report
