// SPDX-License-Identifier: MIT
#include "area/area_scope.hpp"

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
  db::Statement q(db::connection(s.store),
                  "SELECT id FROM area WHERE id IN " + within_area_sql("CAST(? AS BIGINT)"));
  q.bind(1, area.v);
  std::set<std::int64_t> out;
  while (q.step()) out.insert(q.column(0).int64());
  return out;
}

}  // namespace lpg::registry
