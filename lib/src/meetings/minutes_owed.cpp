// SPDX-License-Identifier: MIT
// Which minutes are owed: the list coordinators and the termly cron job run.
#include <lpg/errors.hpp>
#include <lpg/minutes.hpp>

#include <fmt/format.h>

#include <map>

#include "db/store_impl.hpp"
#include "meetings/term_dates.hpp"

namespace lpg {

namespace {

// minutes.deadline: "Nd" after the meeting, or "end-of-term" (N = 14 where no term covers it).
Date due_date(const Session& s, Date meeting_day) {
  const std::string& rule = s.config.minutes_deadline;
  if (rule == "end-of-term") {
    if (auto end = meetings::term_end_containing(s, meeting_day)) return *end;
    return Date{date::sys_days{meeting_day} + date::days{14}};
  }
  int days = std::stoi(rule.substr(0, rule.size() - 1));
  return Date{date::sys_days{meeting_day} + date::days{days}};
}

// The minutes rule of the group's kind (requirements_of): "submitted", "recorded" or "none".
std::string minutes_rule(const Session& s, std::int64_t group) {
  SQLite::Statement q(db::conn(s.store), "SELECT kind FROM grp WHERE id = ?");
  q.bind(1, static_cast<int64_t>(group));
  return q.executeStep() ? requirements_of(s.config, q.getColumn(0).getString()).minutes
                         : std::string("submitted");
}

bool later_meeting_held(const Session& s, const Meeting& m) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT 1 FROM meeting WHERE group_id = ? AND status <> 'cancelled' "
                      "AND starts_at > ? AND starts_at <= ? LIMIT 1");
  q.bind(1, static_cast<int64_t>(m.group_id));
  q.bind(2, format_local_time(m.starts));
  q.bind(3, format_local_time(s.clock.local_now()));
  return q.executeStep();
}

}  // namespace

std::vector<MinutesStatus> minutes_status(const Session& s, const MinutesFilter& f) {
  db::ReadTx tx(s.store);
  MeetingFilter mf;
  mf.group = f.group;
  mf.from = f.from;
  mf.to = f.to;
  Date today = s.clock.today();
  std::vector<MinutesStatus> out;
  std::map<std::int64_t, std::string> rules;  // group -> minutes rule
  for (const auto& m : list_meetings(s, mf)) {
    if (m.status != "held") continue;
    auto rule = rules.find(m.group_id);
    if (rule == rules.end()) rule = rules.emplace(m.group_id, minutes_rule(s, m.group_id)).first;
    MinutesRecord r = get_minutes(s, MeetingId{m.id});
    MinutesStatus st;
    st.meeting = m;
    st.has_minutes = r.current.has_value();
    st.version = r.current ? r.current->version : 0;
    st.approved_on = r.approved_on;
    st.submitted_on = r.submitted_on;
    Date due = due_date(s, date_of(m.starts));
    st.due = format_date(due);
    bool overdue = date::sys_days{today} > date::sys_days{due};
    bool asked = rule->second != "none";
    if (asked && !st.has_minutes && overdue) st.owed.emplace_back("no minutes");
    if (asked && !r.approved_at && later_meeting_held(s, m)) st.owed.emplace_back("not approved");
    if (rule->second == "submitted" && st.has_minutes && r.submitted_on.empty() && overdue) {
      st.owed.emplace_back("not submitted");
    }
    if (f.owed_only && st.owed.empty()) continue;
    out.push_back(std::move(st));
  }
  return out;
}

}  // namespace lpg
