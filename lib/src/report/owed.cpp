// SPDX-License-Identifier: MIT
#include "report/owed.hpp"

#include "db/store_impl.hpp"

namespace lpg::reports {

std::string due_sql(const db::Connection& c) {
  const db::SqlDialect& sql = c.sql();
  return "(CASE WHEN CAST(:eot AS BIGINT) = 1 THEN coalesce((SELECT t.end_date FROM term t "
         "WHERE t.start_date <= substr(m.starts_at, 1, 10) AND t.end_date >= "
         "substr(m.starts_at, 1, 10)), " +
         sql.add_days("substr(m.starts_at, 1, 10)", "14") + ") ELSE " +
         sql.add_days("substr(m.starts_at, 1, 10)", "CAST(:days AS BIGINT)") + " END)";
}

void bind_due(const Session& s, db::Statement& q) {
  const std::string& rule = s.config.minutes_deadline;
  bool eot = rule == "end-of-term";
  q.bind(":eot", eot ? 1 : 0);
  q.bind(":days", eot ? 14 : std::stoi(rule.substr(0, rule.size() - 1)));
}

OwedMinutes::OwedMinutes(const Session& s)
    : config_(s.config),
      today_(format_date(s.clock.today())),
      q_(std::make_unique<db::Statement>(
          db::connection(s.store),
          std::string("SELECT m.id, g.name, m.starts_at, ") + due_sql(db::connection(s.store)) +
              ", mi.meeting_id IS NOT NULL, mi.approved_at IS NOT NULL, coalesce(mi.submitted_on, "
              "''), EXISTS (SELECT 1 FROM meeting l WHERE l.group_id = m.group_id AND l.status <> "
              "'cancelled' AND l.starts_at > m.starts_at AND l.starts_at <= :now) "
              "FROM meeting m JOIN grp g ON g.id = m.group_id "
              "LEFT JOIN minutes mi ON mi.meeting_id = m.id "
              "WHERE m.group_id = :group AND m.status <> 'cancelled' AND m.starts_at <= :now "
              "AND (mi.meeting_id IS NULL OR mi.submitted_on IS NULL OR mi.approved_at IS NULL) "
              "ORDER BY m.starts_at, m.id")) {
  bind_due(s, *q_);
  q_->bind(":now", format_local_time(s.clock.local_now()));
  kind_ =
      std::make_unique<db::Statement>(db::connection(s.store), "SELECT kind FROM grp WHERE id = ?");
}

OwedMinutes::~OwedMinutes() = default;

std::vector<MinutesStatus> OwedMinutes::of(std::int64_t group_id) {
  kind_->reset();
  kind_->bind(1, group_id);
  std::string rule = kind_->step() ? requirements_of(config_, kind_->column(0).text()).minutes
                                   : std::string("submitted");
  if (rule == "none") return {};
  db::Statement& q = *q_;
  q.reset();
  q.bind(":group", group_id);
  const std::string& today = today_;
  std::vector<MinutesStatus> out;
  while (q.step()) {
    MinutesStatus st;
    st.meeting.id = q.column(0).int64();
    st.meeting.group_id = group_id;
    st.meeting.group_name = q.column(1).text();
    st.meeting.starts = parse_local_time(q.column(2).text());
    st.meeting.status = "held";
    st.due = q.column(3).text();
    st.has_minutes = q.column(4).int32() != 0;
    bool approved = q.column(5).int32() != 0;
    st.submitted_on = q.column(6).text();
    bool overdue = today > st.due;
    if (!st.has_minutes && overdue) st.owed.emplace_back("no minutes");
    if (!approved && q.column(7).int32() != 0) st.owed.emplace_back("not approved");
    if (rule == "submitted" && st.has_minutes && st.submitted_on.empty() && overdue) {
      st.owed.emplace_back("not submitted");
    }
    if (!st.owed.empty()) out.push_back(std::move(st));
  }
  return out;
}

}  // namespace lpg::reports
