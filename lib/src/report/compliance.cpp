// SPDX-License-Identifier: MIT
// Termly compliance: for each group, meetings against its cadence, minutes on time, roles in
// post, core categories filled (what the group's kind requires: requirements_of), overdue
// actions. A query a group for each, so the work grows
// with the groups in scope, never with the years of history.
#include <lpg/cadence.hpp>
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/members.hpp>
#include <lpg/reports.hpp>
#include <lpg/terms.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "db/store_impl.hpp"
#include "report/compliance_rules.hpp"
#include "report/out_of_step.hpp"
#include "report/owed.hpp"
#include "report/scope_sql.hpp"

namespace lpg {

namespace {

Date minus_days(Date day, std::int64_t n) { return Date{date::sys_days{day} - date::days{n}}; }

std::int64_t count_meetings(const Session& s, std::int64_t group, Date from, Date to,
                            const std::string& until) {
  db::Statement q(db::connection(s.store),
                  "SELECT count(*) FROM meeting WHERE group_id = ? AND status <> 'cancelled' "
                  "AND starts_at >= ? AND starts_at < ? AND starts_at <= ?");
  q.bind(1, group);
  q.bind(2, reports::start_bound(from));
  q.bind(3, reports::end_bound(to));
  q.bind(4, until);
  q.step();
  return q.column(0).int64();
}

// Meetings the cadence asks for in the period (report/compliance_rules.hpp); "after" counts
// the meetings of the body it follows, as many as it held a lag earlier.
std::optional<std::int64_t> expected(const Session& s, const Calendar& cal,
                                     const std::string& cadence, const ReportScope& p) {
  if (cadence.empty()) return std::nullopt;
  Cadence c = parse_cadence(cadence);
  if (c.kind != CadenceKind::After) return report::expected_meetings(c, p.from, p.to, cal.terms());
  db::Statement q(db::connection(s.store), "SELECT id FROM grp WHERE name_key = ?");
  q.bind(1, fold_key(c.after));
  if (!q.step()) return std::nullopt;
  std::int64_t lag = 7 * static_cast<std::int64_t>(c.count);
  return count_meetings(s, q.column(0).int64(), minus_days(p.from, lag), minus_days(p.to, lag),
                        "9999");
}

// Figures for every group in scope at once, one aggregate query each, keyed by group id.
using report::Figures;

void meeting_figures(const Session& s, const ReportScope& p, std::map<std::int64_t, Figures>& f) {
  db::Statement q(
      db::connection(s.store),
      std::string(reports::kScopeCte) +
          ", due AS (SELECT m.group_id AS g, CASE WHEN m.starts_at <= :now THEN 1 ELSE 0 END "
          "AS held, " +
          reports::due_sql(db::connection(s.store)) +
          " AS due, mi.submitted_on AS sub, (SELECT substr(min(v.recorded_at), 1, 10) FROM "
          "minutes_version v WHERE v.meeting_id = m.id) AS rec FROM meeting m LEFT JOIN minutes "
          "mi ON mi.meeting_id = m.id WHERE m.group_id IN (SELECT id FROM scope_grp) AND "
          "m.status <> 'cancelled' AND m.starts_at >= :from AND m.starts_at < :to) "
          "SELECT g, sum(held), count(*), "
          "sum(CASE WHEN held = 1 AND due <= :today THEN 1 ELSE 0 END), "
          "sum(CASE WHEN held = 1 AND due <= :today AND sub IS NOT NULL AND sub <= due "
          "THEN 1 ELSE 0 END), "
          "sum(CASE WHEN held = 1 AND due <= :today AND rec IS NOT NULL AND rec <= due "
          "THEN 1 ELSE 0 END) FROM due GROUP BY g");
  reports::bind_scope(q, p);
  reports::bind_due(s, q);
  q.bind(":now", format_local_time(s.clock.local_now()));
  q.bind(":today", format_date(s.clock.today()));
  q.bind(":from", reports::start_bound(p.from));
  q.bind(":to", reports::end_bound(p.to));
  while (q.step()) {
    Figures& x = f[q.column(0).int64()];
    x.held = q.column(1).int64();
    x.all = q.column(2).int64();
    x.minutes_due = q.column(3).int64();
    x.on_time = q.column(4).int64();
    x.recorded_on_time = q.column(5).int64();
  }
}

void member_figures(const Session& s, const ReportScope& p, Date day,
                    std::map<std::int64_t, Figures>& f) {
  db::Statement q(db::connection(s.store),
                  std::string(reports::kScopeCte) +
                      "SELECT ms.group_id, coalesce(ms.role, ''), ms.kind, "
                      "coalesce(ms.core_category, '') FROM membership ms WHERE ms.group_id IN "
                      "(SELECT id FROM scope_grp) AND ms.from_date <= ?3 AND (ms.to_date IS "
                      "NULL OR ms.to_date > ?3)");
  reports::bind_scope(q, p);
  q.bind(3, format_date(day));
  while (q.step()) {
    Figures& x = f[q.column(0).int64()];
    if (std::string role = q.column(1).text(); !role.empty()) x.roles.insert(role);
    if (q.column(2).text() == "core") x.categories.insert(q.column(3).text());
  }
}

void action_figures(const Session& s, const ReportScope& p, std::map<std::int64_t, Figures>& f) {
  db::Statement q(db::connection(s.store),
                  std::string(reports::kScopeCte) +
                      "SELECT m.group_id, count(*) FROM action a JOIN meeting m ON m.id = "
                      "a.meeting_id WHERE m.group_id IN (SELECT id FROM scope_grp) AND "
                      "a.status = 'open' AND a.due < ?3 GROUP BY m.group_id");
  reports::bind_scope(q, p);
  q.bind(3, format_date(s.clock.today()));
  while (q.step()) f[q.column(0).int64()].overdue = q.column(1).int64();
}

}  // namespace

std::vector<ComplianceLine> compliance(const Session& s, const ReportScope& scope) {
  db::ReadTx tx(s.store);
  Calendar cal = load_calendar(s);
  std::map<std::int64_t, Figures> figures;
  meeting_figures(s, scope, figures);
  member_figures(s, scope, std::min(scope.as_of, scope.to), figures);
  action_figures(s, scope, figures);
  db::Statement q(db::connection(s.store),
                  std::string(reports::kScopeCte) +
                      "SELECT g.id, g.name, coalesce(g.cadence, ''), g.kind FROM grp g "
                      "WHERE g.id IN (SELECT id FROM scope_grp) AND g.archived_at IS NULL "
                      "ORDER BY g.name_key, g.id");
  reports::bind_scope(q, scope);
  std::vector<ComplianceLine> out;
  while (q.step()) {
    check_interrupted();
    ComplianceLine line;
    line.group_id = q.column(0).int64();
    line.group = q.column(1).text();
    line.period = scope.label;
    line.cadence = q.column(2).text();
    line.expected = expected(s, cal, line.cadence, scope);
    report::judge(requirements_of(s.config, q.column(3).text()), figures[line.group_id], line);
    line.out_of_step = reports::meetings_out_of_step(s, line.group_id, scope);
    line.gaps.insert(line.gaps.end(), line.out_of_step.begin(), line.out_of_step.end());
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace lpg
