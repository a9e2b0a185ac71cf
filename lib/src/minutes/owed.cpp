// SPDX-License-Identifier: MIT
// Which minutes are owed: the list coordinators and the termly cron job run.
#include <lpg/errors.hpp>
#include <lpg/minutes.hpp>
#include <lpg/terms.hpp>

#include <fmt/format.h>

#include <map>

#include "db/store_impl.hpp"
#include "group/group_store.hpp"
#include "meeting/meeting_store.hpp"
#include "minutes/minutes_rules.hpp"

namespace lpg {

namespace {

// minutes.deadline: "Nd" after the meeting, or "end-of-term" (N = 14 where no term covers it).
Date due_date(const Session& s, Date meeting_day) {
  std::optional<Date> term_end;
  if (s.config.minutes_deadline == "end-of-term") {
    if (auto term = term_containing(s, meeting_day)) term_end = term->dates.end;
  }
  return meetings::minutes_due(s.config.minutes_deadline, meeting_day, term_end);
}

// The minutes rule of the group's kind (requirements_of): "submitted", "recorded" or "none".
std::string minutes_rule(const Session& s, std::int64_t group) {
  std::optional<std::string> kind = group_store::kind_of(db::connection(s.store), group);
  return kind ? requirements_of(s.config, *kind).minutes : std::string("submitted");
}

}  // namespace

std::vector<MinutesStatus> minutes_status(const Session& s, const MinutesFilter& f) {
  db::ReadTx tx(db::connection(s.store));
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
    meetings::MinutesState state;
    state.has_minutes = st.has_minutes;
    state.approved = r.approved_at.has_value();
    state.submitted = !r.submitted_on.empty();
    state.overdue = date::sys_days{today} > date::sys_days{due};
    state.later_held =
        rule->second != "none" && !state.approved && meetings::held_since(s, m.group_id, m.starts);
    st.owed = meetings::minutes_owed(rule->second, state);
    if (f.owed_only && st.owed.empty()) continue;
    out.push_back(std::move(st));
  }
  return out;
}

}  // namespace lpg
