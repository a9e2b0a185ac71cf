// SPDX-License-Identifier: MIT
#include "report/owed.hpp"

#include "db/store_impl.hpp"
#include "report/id_batches.hpp"

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

namespace {

// What is owed for one row of the query in owed_minutes(), by the group's minutes rule.
MinutesStatus status_of(const IdBatches& q, const std::string& rule, const std::string& today) {
  MinutesStatus st;
  st.meeting.id = q.column(0).int64();
  st.meeting.group_id = q.column(8).int64();
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
  return st;
}

}  // namespace

std::unordered_map<std::int64_t, std::vector<MinutesStatus>> owed_minutes(
    const Session& s, std::vector<std::int64_t> groups) {
  db::Connection& c = db::connection(s.store);
  IdBatches q(c,
              "SELECT m.id, g.name, m.starts_at, " + due_sql(c) +
                  ", mi.meeting_id IS NOT NULL, mi.approved_at IS NOT NULL, "
                  "coalesce(mi.submitted_on, ''), EXISTS (SELECT 1 FROM meeting l WHERE "
                  "l.group_id = m.group_id AND l.status <> 'cancelled' AND l.starts_at > "
                  "m.starts_at AND l.starts_at <= :now), m.group_id, g.kind "
                  "FROM meeting m JOIN grp g ON g.id = m.group_id "
                  "LEFT JOIN minutes mi ON mi.meeting_id = m.id "
                  "WHERE m.group_id IN ({ids}) AND m.status <> 'cancelled' AND m.starts_at <= :now "
                  "AND (mi.meeting_id IS NULL OR mi.submitted_on IS NULL OR mi.approved_at IS "
                  "NULL) ORDER BY m.group_id, m.starts_at, m.id",
              std::move(groups));
  bind_due(s, q.statement());
  q.statement().bind(":now", format_local_time(s.clock.local_now()));
  std::string today = format_date(s.clock.today());
  std::unordered_map<std::int64_t, std::vector<MinutesStatus>> out;
  while (q.step()) {
    std::string rule = requirements_of(s.config, q.column(9).text()).minutes;
    if (rule == "none") continue;
    MinutesStatus st = status_of(q, rule, today);
    if (!st.owed.empty()) out[st.meeting.group_id].push_back(std::move(st));
  }
  return out;
}

}  // namespace lpg::reports
