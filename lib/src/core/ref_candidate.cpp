// SPDX-License-Identifier: MIT
#include "core/ref_candidate.hpp"

#include "db/sql.hpp"

namespace lpg::refs {
namespace {

template <class T>
Candidates query(db::Connection& c, std::string_view sql, const T& value) {
  db::Statement q(c, sql);
  q.bind(1, value);
  Candidates out;
  while (q.step()) out.push_back({q.column(0).int64(), q.column(1).text()});
  return out;
}

}  // namespace

Candidates query_candidates(db::Connection& c, std::string_view sql, std::int64_t value) {
  return query(c, sql, value);
}

Candidates query_candidates(db::Connection& c, std::string_view sql, std::string_view value) {
  return query(c, sql, value);
}

}  // namespace lpg::refs
