// SPDX-License-Identifier: MIT
// Termly compliance: for each group, meetings against its cadence, minutes on time, roles in
// post, core categories filled, overdue actions. A query a group for each, so the work grows
// with the groups in scope, never with the years of history.
#include <lpg/cadence.hpp>
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/members.hpp>
#include <lpg/reports.hpp>
#include <lpg/terms.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "db/store_impl.hpp"
#include "reports/scope_sql.hpp"

namespace lpg {

namespace {

std::int64_t days_in(Date from, Date to) {
  return (date::sys_days{to} - date::sys_days{from}).count() + 1;
}

Date minus_days(Date day, std::int64_t n) { return Date{date::sys_days{day} - date::days{n}}; }

std::int64_t count_meetings(const Session& s, std::int64_t group, Date from, Date to,
                            const std::string& until) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT count(*) FROM meeting WHERE group_id = ? AND status <> 'cancelled' "
                      "AND starts_at >= ? AND starts_at < ? AND starts_at <= ?");
  q.bind(1, static_cast<int64_t>(group));
  q.bind(2, reports::start_bound(from));
  q.bind(3, reports::end_bound(to));
  q.bind(4, until);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

// Meetings the cadence asks for in the period: whole intervals only, so a group that kept its
// cadence is never short; termly is one a term overlapping the period.
std::optional<std::int64_t> expected(const Session& s, const Calendar& cal,
                                     const std::string& cadence, const ReportScope& p) {
  if (cadence.empty()) return std::nullopt;
  Cadence c = parse_cadence(cadence);
  std::int64_t days = days_in(p.from, p.to);
  switch (c.kind) {
    case CadenceKind::Termly:
      return std::count_if(cal.terms().begin(), cal.terms().end(), [&](const Term& t) {
        return t.dates.start <= p.to && p.from <= t.dates.end;
      });
    case CadenceKind::EveryWeeks:
      return days / (7 * static_cast<std::int64_t>(c.count));
    case CadenceKind::EveryMonths:
      return static_cast<std::int64_t>(static_cast<double>(days) / (30.436875 * c.count));
    case CadenceKind::PerYear:
      return static_cast<std::int64_t>(static_cast<double>(days) * c.count / 365.2425);
    case CadenceKind::After: {
      SQLite::Statement q(db::conn(s.store), "SELECT id FROM grp WHERE name_key = ?");
      q.bind(1, fold_key(c.after));
      if (!q.executeStep()) return std::nullopt;
      std::int64_t lag = 7 * static_cast<std::int64_t>(c.count);
      return count_meetings(s, q.getColumn(0).getInt64(), minus_days(p.from, lag),
                            minus_days(p.to, lag), "9999");
    }
  }
  return std::nullopt;
}

std::int64_t overdue_actions(const Session& s, std::int64_t group) {
  SQLite::Statement q(db::conn(s.store),
                      "SELECT count(*) FROM meeting m JOIN action a ON a.meeting_id = m.id "
                      "WHERE m.group_id = ? AND a.status = 'open' AND a.due < ?");
  q.bind(1, static_cast<int64_t>(group));
  q.bind(2, format_date(s.clock.today()));
  q.executeStep();
  return q.getColumn(0).getInt64();
}

void minutes_figures(const Session& s, const ReportScope& p, ComplianceLine& line) {
  MinutesFilter f;
  f.group = GroupId{line.group_id};
  f.from = p.from;
  f.to = p.to;
  std::string today = format_date(s.clock.today());
  for (const auto& m : minutes_status(s, f)) {
    if (m.due > today) continue;  // not due yet: neither on time nor late
    ++line.minutes_due;
    if (!m.submitted_on.empty() && m.submitted_on <= m.due) ++line.minutes_on_time;
  }
}

void judge(const Session& s, Date roles_day, ComplianceLine& line, std::int64_t scheduled) {
  for (auto& gap : group_gaps(s, GroupId{line.group_id}, roles_day)) {
    if (gap == "no chair") {
      line.chair = false;
    } else if (gap == "no safeguarding lead") {
      line.safeguarding_lead = false;
    } else if (gap.starts_with("core category unfilled: ")) {
      line.unfilled.push_back(gap.substr(24));
    }
    line.gaps.push_back(gap);
  }
  if (line.expected && line.held + scheduled < *line.expected) {
    line.gaps.insert(line.gaps.begin(),
                     fmt::format("held {} of {} meetings{}", line.held, *line.expected,
                                 scheduled > 0 ? fmt::format(" ({} to come)", scheduled) : ""));
  }
  if (line.minutes_on_time < line.minutes_due) {
    line.gaps.push_back(fmt::format("minutes on time for {} of {} meetings", line.minutes_on_time,
                                    line.minutes_due));
  }
  if (line.overdue_actions > 0) {
    line.gaps.push_back(fmt::format("{} overdue action{}", line.overdue_actions,
                                    line.overdue_actions == 1 ? "" : "s"));
  }
}

}  // namespace

std::vector<ComplianceLine> compliance(const Session& s, const ReportScope& scope) {
  db::ReadTx tx(s.store);
  Calendar cal = load_calendar(s);
  SQLite::Statement q(db::conn(s.store),
                      std::string(reports::kScopeCte) +
                          "SELECT g.id, g.name, coalesce(g.cadence, '') FROM grp g "
                          "WHERE g.id IN (SELECT id FROM scope_grp) AND g.archived_at IS NULL "
                          "ORDER BY g.name_key, g.id");
  reports::bind_scope(q, scope);
  std::string now = format_local_time(s.clock.local_now());
  Date roles_day = std::min(scope.as_of, scope.to);
  std::vector<ComplianceLine> out;
  while (q.executeStep()) {
    check_interrupted();
    ComplianceLine line;
    line.group_id = q.getColumn(0).getInt64();
    line.group = q.getColumn(1).getString();
    line.period = scope.label;
    line.cadence = q.getColumn(2).getString();
    line.chair = line.safeguarding_lead = true;
    line.held = count_meetings(s, line.group_id, scope.from, scope.to, now);
    std::int64_t all = count_meetings(s, line.group_id, scope.from, scope.to, "9999");
    line.expected = expected(s, cal, line.cadence, scope);
    minutes_figures(s, scope, line);
    line.overdue_actions = overdue_actions(s, line.group_id);
    judge(s, roles_day, line, all - line.held);
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace lpg
