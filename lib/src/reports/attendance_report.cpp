// SPDX-License-Identifier: MIT
// Attendance rates from the register, aggregated in SQL: one pass over the period's meetings
// and their attendance rows, grouped by person (or group), then rolled up by organisation or
// sector over the per-person totals, which are few.
#include <lpg/interrupt.hpp>
#include <lpg/reports.hpp>
#include <lpg/sectors.hpp>

#include <algorithm>
#include <cmath>

#include "db/store_impl.hpp"
#include "reports/scope_sql.hpp"

namespace lpg {

namespace {

// Totals a person (or a group: KEY is replaced) over held meetings in the period and scope.
constexpr const char* kPer = R"sql(,
  per AS (
    SELECT KEY AS k, count(*) AS n,
           sum(a.status = 'present') AS pr, sum(a.status = 'represented') AS rp,
           sum(a.status = 'apologies') AS ap, sum(a.status = 'absent') AS ab
      FROM meeting m JOIN attendance a ON a.meeting_id = m.id
     WHERE m.starts_at >= ?3 AND m.starts_at < ?4 AND m.starts_at <= ?5
       AND m.status <> 'cancelled' AND a.guest = 0
       AND m.group_id IN (SELECT id FROM scope_grp)
     GROUP BY KEY)
)sql";

constexpr const char* kSums = "sum(n), sum(pr), sum(rp), sum(ap), sum(ab)";

std::string select_for(AttendanceBy by) {
  switch (by) {
    case AttendanceBy::Member:
      return "SELECT p.id, p.name, coalesce(o.name, ''), coalesce(o.sector, ''), n, pr, rp, ap, "
             "ab FROM per JOIN person p ON p.id = per.k LEFT JOIN organisation o ON o.id = "
             "p.org_id ORDER BY p.name_key, p.id";
    case AttendanceBy::Organisation:
      return std::string(
                 "SELECT coalesce(o.id, 0), coalesce(o.name, 'No organisation'), '', "
                 "coalesce(o.sector, ''), ") +
             kSums +
             " FROM per JOIN person p ON p.id = per.k LEFT JOIN organisation o ON o.id = "
             "p.org_id GROUP BY o.id ORDER BY o.id IS NULL, o.name_key, o.id";
    case AttendanceBy::Sector:
      return std::string("SELECT 0, coalesce(o.sector, ''), '', coalesce(o.sector, ''), ") + kSums +
             " FROM per JOIN person p ON p.id = per.k LEFT JOIN organisation o ON o.id = "
             "p.org_id GROUP BY 2";
    case AttendanceBy::Group:
      return std::string(
          "SELECT g.id, g.name, '', '', n, pr, rp, ap, ab FROM per JOIN grp g ON "
          "g.id = per.k ORDER BY g.name_key, g.id");
  }
  return {};
}

AttendanceLine read_line(SQLite::Statement& q) {
  AttendanceLine l;
  l.id = q.getColumn(0).getInt64();
  l.name = q.getColumn(1).getString();
  l.organisation = q.getColumn(2).getString();
  l.sector = q.getColumn(3).getString();
  l.recorded = q.getColumn(4).getInt64();
  l.present = q.getColumn(5).getInt64();
  l.represented = q.getColumn(6).getInt64();
  l.apologies = q.getColumn(7).getInt64();
  l.absent = q.getColumn(8).getInt64();
  double rate = l.recorded == 0 ? 0.0
                                : 100.0 * static_cast<double>(l.present + l.represented) /
                                      static_cast<double>(l.recorded);
  l.rate = std::round(rate * 10.0) / 10.0;
  return l;
}

}  // namespace

std::vector<AttendanceLine> attendance_report(const Session& s, const ReportScope& scope,
                                              AttendanceBy by, std::optional<double> below) {
  db::ReadTx tx(s.store);
  std::string per = kPer;
  std::string key = by == AttendanceBy::Group ? "m.group_id" : "a.person_id";
  for (auto at = per.find("KEY"); at != std::string::npos; at = per.find("KEY"))
    per.replace(at, 3, key);
  SQLite::Statement q(db::conn(s.store), std::string(reports::kScopeCte) + per + select_for(by));
  reports::bind_scope(q, scope);
  q.bind(3, reports::start_bound(scope.from));
  q.bind(4, reports::end_bound(scope.to));
  q.bind(5, format_local_time(s.clock.local_now()));
  std::vector<AttendanceLine> out;
  while (q.executeStep()) {
    check_interrupted();
    AttendanceLine line = read_line(q);
    if (by == AttendanceBy::Sector) {
      const Sector* known = find_sector(line.sector);
      line.name =
          known != nullptr ? known->name : (line.sector.empty() ? "No organisation" : line.sector);
    }
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
