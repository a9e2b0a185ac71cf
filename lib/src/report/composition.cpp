// SPDX-License-Identifier: MIT
// Sector composition: the figures councils report ("21% childminders, 46% pre-schools") and
// coverage ("57 of 102 group settings represented"). Counted in SQL, a row a sector.
#include <lpg/errors.hpp>
#include <lpg/reports.hpp>
#include <lpg/sectors.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "area/area_scope.hpp"
#include "db/store_impl.hpp"
#include "report/scope_sql.hpp"

namespace lpg {

namespace {

// Current memberships of the groups in scope on ?3 as units: an organisation once however
// many groups it is in; a person with no organisation on their own.
constexpr const char* kUnits = R"sql(,
  cur AS (SELECT ms.org_id, ms.person_id FROM membership ms
           WHERE ms.group_id IN (SELECT id FROM scope_grp)
             AND ms.from_date <= ?3 AND (ms.to_date IS NULL OR ms.to_date > ?3)),
  units(org_id, person_id) AS (
    SELECT org_id, NULL FROM cur WHERE org_id IS NOT NULL
    UNION
    SELECT p.org_id, CASE WHEN p.org_id IS NULL THEN p.id END
      FROM cur JOIN person p ON p.id = cur.person_id)
)sql";

double percent(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return 0;
  return std::round(1000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 10.0;
}

void finish(Composition& c) {
  for (auto& row : c.sectors) {
    const Sector* known = find_sector(row.sector);
    row.name =
        known != nullptr ? known->name : (row.sector.empty() ? "No organisation" : row.sector);
    row.setting = known != nullptr && known->setting;
    row.percent = percent(row.count, c.total);
  }
  std::stable_sort(c.sectors.begin(), c.sectors.end(), [](const auto& a, const auto& b) {
    return a.count != b.count ? a.count > b.count : a.name < b.name;
  });
  c.coverage_percent = percent(c.settings_represented, c.settings_total);
}

void read_sectors(db::Statement& q, Composition& c) {
  while (q.step()) {
    SectorCount row;
    row.sector = q.column(0).text();
    row.count = q.column(1).int64();
    c.total += row.count;
    c.sectors.push_back(std::move(row));
  }
}

// The area settings are counted in: --area, else the group's area, else everywhere.
std::optional<std::int64_t> coverage_area(const Session& s, const ReportScope& scope) {
  if (scope.area) return scope.area->v;
  if (!scope.group) return std::nullopt;
  db::Statement q(db::connection(s.store), "SELECT area_id FROM grp WHERE id = ?");
  q.bind(1, scope.group->v);
  if (q.step() && !q.column(0).is_null()) return q.column(0).int64();
  return std::nullopt;
}

// The sectors coverage counts, in sectors() order, and the ",slug,...," list SQL tests them
// against: every early years setting when none are chosen.
std::string coverage_list(const std::vector<std::string>& chosen, Composition& c) {
  std::vector<std::string> slugs;
  for (const auto& text : chosen) slugs.push_back(parse_sector(text).slug);
  std::string list = ",";
  for (const auto& sector : sectors()) {
    bool counted = slugs.empty()
                       ? sector.setting
                       : std::find(slugs.begin(), slugs.end(), sector.slug) != slugs.end();
    if (!counted) continue;
    c.coverage_sectors.push_back(sector.slug);
    list += sector.slug + ",";
  }
  return list;
}

std::string scope_name(const Session& s, const ReportScope& scope) {
  auto name = [&](const char* table, std::int64_t id) {
    db::Statement q(db::connection(s.store),
                    fmt::format("SELECT name FROM {} WHERE id = ?", table));
    q.bind(1, id);
    return q.step() ? q.column(0).text() : std::string();
  };
  if (scope.group) return name("grp", scope.group->v);
  if (scope.area) return name("area", scope.area->v);
  return "all groups";
}

}  // namespace

Composition composition(const Session& s, const ReportScope& scope,
                        const std::vector<std::string>& coverage_sectors) {
  Composition c;
  std::string counted = coverage_list(coverage_sectors, c);
  db::ReadTx tx(s.store);
  c.scope = scope_name(s, scope);
  c.as_of = format_date(scope.as_of);
  db::Connection& db = db::connection(s.store);
  std::string with = std::string(reports::kScopeCte) + kUnits;
  db::Statement q(db, with +
                          "SELECT coalesce(o.sector, ''), count(*) FROM units "
                          "LEFT JOIN organisation o ON o.id = units.org_id GROUP BY 1");
  reports::bind_scope(q, scope);
  q.bind(3, format_date(scope.as_of));
  read_sectors(q, c);
  // Coverage: open settings in the area, and how many of them are members.
  db::Statement cov(db, with + R"sql(
      SELECT count(*),
             coalesce(sum(CASE WHEN o.id IN (SELECT org_id FROM units) THEN 1 ELSE 0 END), 0)
        FROM organisation o
       WHERE o.status = 'open' AND o.archived_at IS NULL AND )sql" +
                            db.sql().instr("?5", "',' || o.sector || ','") +
                            " > 0 AND (CAST(?4 AS BIGINT) IS NULL OR o.area_id IN " +
                            registry::within_area_sql("?4") + ")");
  reports::bind_scope(cov, scope);
  cov.bind(3, format_date(scope.as_of));
  if (auto area = coverage_area(s, scope)) {
    cov.bind(4, *area);
  } else {
    cov.bind(4);
  }
  cov.bind(5, counted);
  cov.step();
  c.settings_total = cov.column(0).int64();
  c.settings_represented = cov.column(1).int64();
  finish(c);
  return c;
}

Composition meeting_composition(const Session& s, MeetingId meeting,
                                const std::vector<std::string>& coverage_sectors) {
  Composition c;
  std::string counted = coverage_list(coverage_sectors, c);
  db::ReadTx tx(s.store);
  Meeting m = get_meeting(s, meeting);
  c.basis = CompositionBasis::Attendees;
  c.scope = fmt::format("{} meeting of {}", m.group_name, format_date(date_of(m.starts)));
  c.as_of = format_date(date_of(m.starts));
  db::Connection& db = db::connection(s.store);
  db::Statement q(db,
                  "SELECT coalesce(o.sector, ''), count(*) FROM attendance a "
                  "JOIN person p ON p.id = a.person_id LEFT JOIN organisation o ON o.id = "
                  "p.org_id WHERE a.meeting_id = ? AND a.status IN ('present', "
                  "'represented') GROUP BY 1");
  q.bind(1, m.id);
  read_sectors(q, c);
  // Member settings of the group on the day, and those with someone there.
  db::Statement cov(db, R"sql(
      WITH cur AS (SELECT org_id, person_id FROM membership
                    WHERE group_id = ?1 AND from_date <= ?2 AND (to_date IS NULL OR to_date > ?2)),
      orgs(id) AS (SELECT org_id FROM cur WHERE org_id IS NOT NULL
                   UNION SELECT p.org_id FROM cur JOIN person p ON p.id = cur.person_id
                          WHERE p.org_id IS NOT NULL),
      came(id) AS (SELECT p.org_id FROM attendance a JOIN person p ON p.id = a.person_id
                    WHERE a.meeting_id = ?3 AND a.status IN ('present', 'represented'))
      SELECT count(*), coalesce(sum(CASE WHEN o.id IN (SELECT id FROM came) THEN 1 ELSE 0 END), 0)
        FROM orgs JOIN organisation o ON o.id = orgs.id
       WHERE )sql" + db.sql().instr("?4", "',' || o.sector || ','") +
                            " > 0");
  cov.bind(1, m.group_id);
  cov.bind(2, c.as_of);
  cov.bind(3, m.id);
  cov.bind(4, counted);
  cov.step();
  c.settings_total = cov.column(0).int64();
  c.settings_represented = cov.column(1).int64();
  finish(c);
  return c;
}

}  // namespace lpg
