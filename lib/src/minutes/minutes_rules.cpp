// SPDX-License-Identifier: MIT
#include "minutes/minutes_rules.hpp"

namespace lpg::meetings {

Date minutes_due(const std::string& rule, Date meeting_day, std::optional<Date> term_end) {
  if (rule == "end-of-term") {
    if (term_end) return *term_end;
    return Date{date::sys_days{meeting_day} + date::days{14}};
  }
  int days = std::stoi(rule.substr(0, rule.size() - 1));
  return Date{date::sys_days{meeting_day} + date::days{days}};
}

std::vector<std::string> minutes_owed(const std::string& kind_rule, const MinutesState& m) {
  std::vector<std::string> owed;
  bool asked = kind_rule != "none";
  if (asked && !m.has_minutes && m.overdue) owed.emplace_back("no minutes");
  if (asked && !m.approved && m.later_held) owed.emplace_back("not approved");
  if (kind_rule == "submitted" && m.has_minutes && !m.submitted && m.overdue) {
    owed.emplace_back("not submitted");
  }
  return owed;
}

}  // namespace lpg::meetings
