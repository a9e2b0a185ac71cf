// SPDX-License-Identifier: MIT
#include "registry/area_scope.hpp"

#include <fmt/format.h>

#include "db/store_impl.hpp"

namespace lpg::registry {

std::string within_area_sql(std::string_view param) {
  // UNION (not UNION ALL) stops at an area already seen, though area edit refuses cycles.
  return fmt::format(
      "(WITH RECURSIVE within_area(id) AS (SELECT {} UNION SELECT a.id FROM area a "
      "JOIN within_area w ON a.parent_id = w.id) SELECT id FROM within_area)",
      param);
}

std::set<std::int64_t> area_and_within(const Session& s, AreaId area) {
  SQLite::Statement q(db::conn(s.store), "SELECT id FROM area WHERE id IN " + within_area_sql("?"));
  q.bind(1, static_cast<int64_t>(area.v));
  std::set<std::int64_t> out;
  while (q.executeStep()) out.insert(q.getColumn(0).getInt64());
  return out;
}

}  // namespace lpg::registry
