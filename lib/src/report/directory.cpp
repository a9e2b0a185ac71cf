// SPDX-License-Identifier: MIT
// The settings directory hubs give to parents: who is in the group and how to reach them.
#include <lpg/interrupt.hpp>
#include <lpg/reports.hpp>
#include <lpg/sectors.hpp>

#include <fmt/format.h>

#include "db/store_impl.hpp"
#include "report/scope_sql.hpp"

namespace lpg {

namespace {

// {0}: the groups' names joined; {1}: the sector among the settings. The names are joined
// once for each organisation and joined to it: a subquery a row over the CTE was a scan of
// it a row on PostgreSQL (SQLite indexes such a CTE itself), minutes on a county's data.
constexpr const char* kDirectory = R"sql(,
  cur AS (SELECT ms.group_id, ms.org_id, ms.person_id FROM membership ms
           WHERE ms.group_id IN (SELECT id FROM scope_grp)
             AND ms.from_date <= ?3 AND (ms.to_date IS NULL OR ms.to_date > ?3)),
  orgs(org_id, group_id) AS MATERIALIZED (
    SELECT org_id, group_id FROM cur WHERE org_id IS NOT NULL
    UNION SELECT p.org_id, cur.group_id FROM cur JOIN person p ON p.id = cur.person_id
           WHERE p.org_id IS NOT NULL),
  names(org_id, list) AS MATERIALIZED (
    SELECT x.org_id, {0} FROM (
      SELECT orgs.org_id, g.name, g.name_key, g.id FROM orgs JOIN grp g ON g.id = orgs.group_id
       ORDER BY orgs.org_id, g.name_key, g.id) x
     GROUP BY x.org_id)
  SELECT o.id, o.name, o.sector,
         trim(coalesce(o.address, '') || coalesce(', ' || o.town, '') ||
              coalesce(', ' || o.postcode, ''), ', '),
         coalesce(o.phone, ''), coalesce(o.email, ''), o.funded_places, names.list
    FROM organisation o JOIN names ON names.org_id = o.id
   WHERE o.status = 'open' AND o.archived_at IS NULL AND {1} > 0
   ORDER BY o.name_key, o.id
)sql";

}  // namespace

std::vector<DirectoryEntry> directory(const Session& s, const ReportScope& scope) {
  db::ReadTx tx(s.store);
  db::Connection& c = db::connection(s.store);
  db::Statement q(
      c, reports::kScopeCte +
             fmt::format(kDirectory, c.sql().group_concat("x.name", "', '", "x.name_key, x.id"),
                         c.sql().instr("?4", "',' || o.sector || ','")));
  reports::bind_scope(q, scope);
  q.bind(3, format_date(scope.as_of));
  q.bind(4, reports::setting_list());
  std::vector<DirectoryEntry> out;
  while (q.step()) {
    check_interrupted();
    DirectoryEntry e;
    e.org_id = q.column(0).int64();
    e.name = q.column(1).text();
    const Sector* sector = find_sector(q.column(2).text());
    e.sector = sector != nullptr ? sector->name : q.column(2).text();
    e.address = q.column(3).text();
    e.phone = q.column(4).text();
    e.email = q.column(5).text();
    e.funded_places = q.column(6).opt_int64();
    e.groups = q.column(7).text();
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace lpg
