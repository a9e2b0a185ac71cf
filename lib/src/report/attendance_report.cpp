// SPDX-License-Identifier: MIT
// Attendance rates from the register, aggregated in SQL: one pass over the period's meetings
// and their attendance rows, grouped by person or group; organisations and sectors count
// organisation-meetings (attended when anyone of the organisation was there).
#include <lpg/interrupt.hpp>
#include <lpg/reports.hpp>
#include <lpg/sectors.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "db/bulk_load.hpp"
#include "db/store_impl.hpp"
#include "report/attendance_orgs.hpp"
#include "report/id_batches.hpp"
#include "report/scope_sql.hpp"

namespace lpg {

namespace {

// The meetings a report counts: held (not cancelled, started by ?5) in the period and scope.
constexpr const char* kCounted =
    "m.starts_at >= ?3 AND m.starts_at < ?4 AND m.starts_at <= ?5 AND m.status <> 'cancelled' "
    "AND m.group_id IN (SELECT id FROM scope_grp)";

// per(k, n, pr, rp, ap, ab): attendance rows (guests left out) of counted meetings by key,
// counted by status in one pass. From the counted meetings: cheap when they are few (a group,
// a term). One aggregate, not counts by key and status pivoted after: PostgreSQL cannot
// estimate the rows of a pivot's HAVING, and joined its thousands of lines to person and
// organisation a row at a time.
std::string per_from_meetings(const std::string& key) {
  // CROSS JOIN keeps SQLite to this join order; the join's condition is in WHERE because
  // PostgreSQL takes no ON after CROSS JOIN.
  return ", per AS (SELECT " + key +
         " AS k, count(*) AS n, "
         "sum(CASE a.status WHEN 'present' THEN 1 ELSE 0 END) AS pr, "
         "sum(CASE a.status WHEN 'represented' THEN 1 ELSE 0 END) AS rp, "
         "sum(CASE a.status WHEN 'apologies' THEN 1 ELSE 0 END) AS ap, "
         "sum(CASE a.status WHEN 'absent' THEN 1 ELSE 0 END) AS ab "
         "FROM meeting m CROSS JOIN attendance a WHERE a.meeting_id = m.id AND " +
         kCounted + " AND a.guest = 0 GROUP BY 1)";
}

// Every non-guest row by `column` (person_id or meeting_id) and status: one range of the
// attendance_status_* index a status, each already in `column` order, so no sort.
std::string counted_by(const std::string& column) {
  std::string sql;
  for (const char* status : {"present", "represented", "apologies", "absent"}) {
    if (!sql.empty()) sql += " UNION ALL ";
    sql += fmt::format(
        "SELECT {0} AS k, '{1}' AS st, count(*) AS n FROM attendance "
        "WHERE status = '{1}' AND guest = 0 GROUP BY {0}",
        column, status);
  }
  return sql;
}

// By person over most of the database: every row counted by person, less the rows of the few
// meetings not counted. Exact, and no sort of millions of rows.
std::string per3_all_but_people() {
  return std::string(", excl(id) AS MATERIALIZED (SELECT m.id FROM meeting m WHERE NOT (") +
         kCounted + ")), allp AS (" + counted_by("person_id") +
         "), expp AS MATERIALIZED (SELECT a.person_id AS k, a.status AS st, count(*) AS n "
         "FROM excl CROSS JOIN attendance a WHERE a.meeting_id = excl.id AND a.guest = 0 "
         "GROUP BY 1, 2), "
         "per3 AS (SELECT allp.k, allp.st, allp.n - coalesce(expp.n, 0) AS n FROM allp "
         "LEFT JOIN expp ON expp.k = allp.k AND expp.st = allp.st)";
}

// By group over most of the database: rows counted by meeting, then those totals (a few a
// meeting) joined to the meetings counted.
std::string per3_all_groups() {
  return ", allm AS (" + counted_by("meeting_id") +
         "), per3 AS (SELECT m.group_id AS k, allm.st, sum(allm.n) AS n FROM allm "
         "JOIN meeting m ON m.id = allm.k WHERE " +
         kCounted + " GROUP BY 1, 2)";
}

// per(k, n, pr, rp, ap, ab) from per3(k, st, n): one row a key.
constexpr const char* kPivot = R"sql(,
  per AS (SELECT k, sum(n) AS n,
                 sum(CASE st WHEN 'present' THEN n ELSE 0 END) AS pr,
                 sum(CASE st WHEN 'represented' THEN n ELSE 0 END) AS rp,
                 sum(CASE st WHEN 'apologies' THEN n ELSE 0 END) AS ap,
                 sum(CASE st WHEN 'absent' THEN n ELSE 0 END) AS ab
            FROM per3 GROUP BY k HAVING sum(n) > 0)
)sql";

// The lines of records by member or group (organisations and sectors: by_organisations).
std::string select_for(AttendanceBy by) {
  switch (by) {
    case AttendanceBy::Member:
      return "SELECT p.id, p.name, coalesce(o.name, ''), coalesce(o.sector, ''), n, pr, rp, ap, "
             "ab FROM per JOIN person p ON p.id = per.k LEFT JOIN organisation o ON o.id = "
             "p.org_id ORDER BY p.name_key, p.id";
    case AttendanceBy::Group:
      return std::string(
          "SELECT g.id, g.name, '', '', n, pr, rp, ap, ab FROM per JOIN grp g ON "
          "g.id = per.k ORDER BY g.name_key, g.id");
    case AttendanceBy::Organisation:
    case AttendanceBy::Sector:
      break;
  }
  return {};
}

// Which plan: from the counted meetings when they are under half of all meetings, else from
// the whole attendance table in index order. The query planner cannot know how much of the
// table a scope covers, so count the meetings first: one index range.
bool most_meetings(const Session& s, const ReportScope& scope) {
  db::Statement q(db::connection(s.store),
                  std::string(reports::kScopeCte) +
                      "SELECT (SELECT count(*) FROM meeting m WHERE m.starts_at >= ?3 AND "
                      "m.starts_at < ?4 AND m.group_id IN (SELECT id FROM scope_grp)), "
                      "(SELECT count(*) FROM meeting)");
  reports::bind_scope(q, scope);
  q.bind(3, reports::start_bound(scope.from));
  q.bind(4, reports::end_bound(scope.to));
  q.step();
  return q.column(0).int64() * 2 >= q.column(1).int64();
}

AttendanceLine read_line(db::Statement& q) {
  AttendanceLine l;
  l.id = q.column(0).int64();
  l.name = q.column(1).text();
  l.organisation = q.column(2).text();
  l.sector = q.column(3).text();
  l.recorded = q.column(4).int64();
  l.present = q.column(5).int64();
  l.represented = q.column(6).int64();
  l.apologies = q.column(7).int64();
  l.absent = q.column(8).int64();
  return l;
}

void set_rate(AttendanceLine& l) {
  double rate = l.recorded == 0 ? 0.0
                                : 100.0 * static_cast<double>(l.present + l.represented) /
                                      static_cast<double>(l.recorded);
  l.rate = std::round(rate * 10.0) / 10.0;
}

// By member or group: records counted in SQL.
std::vector<AttendanceLine> by_records(const Session& s, const ReportScope& scope, AttendanceBy by,
                                       bool most) {
  bool group = by == AttendanceBy::Group;
  std::string per;
  if (!most) {
    per = per_from_meetings(group ? "m.group_id" : "a.person_id");
  } else {
    per = (group ? per3_all_groups() : per3_all_but_people()) + kPivot;
  }
  db::Statement q(db::connection(s.store), std::string(reports::kScopeCte) + per + select_for(by));
  reports::bind_scope(q, scope);
  q.bind(3, reports::start_bound(scope.from));
  q.bind(4, reports::end_bound(scope.to));
  q.bind(5, format_local_time(s.clock.local_now()));
  std::vector<AttendanceLine> out;
  while (q.step()) {
    check_interrupted();
    out.push_back(read_line(q));
  }
  return out;
}

void add_count(AttendanceLine& l, const reports::OrgMeetingCount& c) {
  l.recorded += c.recorded;
  l.present += c.by_rank[0];
  l.represented += c.by_rank[1];
  l.apologies += c.by_rank[2];
  l.absent += c.by_rank[3];
}

struct OrgName {
  std::string name, name_key, sector;
};

// The names of organisations `ids`, thousands a statement (on PostgreSQL a statement a name took
// seconds over the whole country).
std::unordered_map<std::int64_t, OrgName> org_names(const Session& s,
                                                    std::vector<std::int64_t> ids) {
  reports::IdBatches q(db::connection(s.store),
                       "SELECT id, name, name_key, sector FROM organisation WHERE id IN ({ids})",
                       std::move(ids));
  std::unordered_map<std::int64_t, OrgName> out;
  while (q.step()) {
    out[q.column(0).int64()] = {q.column(1).text(), q.column(2).text(), q.column(3).text()};
  }
  return out;
}

// By organisation or sector: organisation-meetings (reports/attendance_orgs.hpp), named and
// summed here. People without an organisation make one line, "No organisation", last.
std::vector<AttendanceLine> by_organisations(const Session& s, const ReportScope& scope,
                                             AttendanceBy by, bool most) {
  reports::OrgMeetingTotals totals = reports::organisation_meetings(s, scope, most);
  std::vector<std::int64_t> ids;
  for (const auto& [key, count] : totals) {
    if (key > 0) ids.push_back(key);
  }
  std::sort(ids.begin(), ids.end());
  std::unordered_map<std::int64_t, OrgName> names = org_names(s, std::move(ids));
  std::map<std::pair<std::string, std::int64_t>, AttendanceLine> lines;  // ordered by key
  for (const auto& [key, count] : totals) {
    AttendanceLine l;
    std::string sort_key = "\xff";  // no organisation: last
    if (key > 0) {
      OrgName& org = names[key];
      l.id = key;
      l.name = org.name;
      sort_key = org.name_key;
      l.sector = org.sector;
    }
    if (by == AttendanceBy::Sector) {
      const Sector* known = find_sector(l.sector);
      l.id = 0;
      l.name = known != nullptr ? known->name : (key > 0 ? l.sector : "No organisation");
      sort_key = l.sector;
    } else if (key <= 0) {
      l.id = 0;
      l.name = "No organisation";
    }
    add_count(lines.try_emplace({sort_key, l.id}, l).first->second, count);
  }
  std::vector<AttendanceLine> out;
  out.reserve(lines.size());
  for (auto& [key, line] : lines) out.push_back(std::move(line));
  return out;
}

}  // namespace

std::vector<AttendanceLine> attendance_report(const Session& s, const ReportScope& scope,
                                              AttendanceBy by, std::optional<double> below) {
  db::ReadTx tx(s.store);
  // A report over years of attendance looks up a meeting for every row: keep the meeting table
  // in SQLite's page cache (32 MB at most, for this connection only).
  db::PageCache cache(db::connection(s.store), 32768);
  bool most = most_meetings(s, scope);
  std::vector<AttendanceLine> lines = by == AttendanceBy::Member || by == AttendanceBy::Group
                                          ? by_records(s, scope, by, most)
                                          : by_organisations(s, scope, by, most);
  std::vector<AttendanceLine> out;
  for (auto& line : lines) {
    set_rate(line);
    if (below && !(line.rate < *below)) continue;
    out.push_back(std::move(line));
  }
  if (by == AttendanceBy::Sector) {
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return reports::sector_rank(a.sector) < reports::sector_rank(b.sector);
    });
  }
  return out;
}

}  // namespace lpg
