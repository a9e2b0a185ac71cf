// SPDX-License-Identifier: MIT
#pragma once
// SQLite's parameters (?, ?N, :name) as PostgreSQL's ($N), numbered exactly as SQLite numbers
// them, so that the same bind(i, ...) calls mean the same on both.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lpg::db {

struct Placeholders {
  std::string sql;  ///< the SQL with $N in place of each parameter, and nothing else changed
  int count = 0;    ///< the largest parameter number
  std::vector<std::pair<std::string, int>> names;  ///< ":name" and its number
};

/// Rewrites `sql`. As SQLite does: ?N is parameter N; ? and a :name seen for the first time
/// take one more than the largest number so far; a :name seen before keeps its number.
/// Leaves alone what is inside '...' string literals, "..." quoted identifiers, -- and /* */
/// comments, and PostgreSQL's :: casts. Throws Error{Internal} for ?0 or a number above 32766.
Placeholders to_dollar_placeholders(std::string_view sql);

}  // namespace lpg::db
