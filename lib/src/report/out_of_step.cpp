// SPDX-License-Identifier: MIT
#include "report/out_of_step.hpp"

#include <fmt/format.h>

#include "db/store_impl.hpp"
#include "meeting/relations.hpp"
#include "report/scope_sql.hpp"

namespace lpg::reports {

std::vector<std::string> meetings_out_of_step(const Session& s, std::int64_t group,
                                              const ReportScope& scope) {
  db::Statement q(db::connection(s.store),
                  "SELECT m.id, m.starts_at FROM meeting m JOIN meeting_relation r ON "
                  "r.meeting_id = m.id WHERE m.group_id = ? AND m.status <> 'cancelled' "
                  "AND m.starts_at >= ? AND m.starts_at < ? ORDER BY m.starts_at, m.id");
  q.bind(1, group);
  q.bind(2, start_bound(scope.from));
  q.bind(3, end_bound(scope.to));
  std::vector<std::string> out;
  while (q.step()) {
    auto relation = meetings::relation_of(s, q.column(0).int64());
    if (!relation) continue;
    meetings::Standing st = meetings::standing(s, *relation);
    if (st.kept) continue;
    out.push_back(fmt::format("meeting of {} no longer {} ({})", q.column(1).text().substr(0, 10),
                              st.relation, st.now));
  }
  return out;
}

}  // namespace lpg::reports
