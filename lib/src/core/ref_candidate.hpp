// SPDX-License-Identifier: MIT
#pragma once
// What a table's owner answers when core/refs.cpp resolves a reference (find_area, find_group,
// find_org, find_person): the rows it names, each with the label a "names 2 groups" error
// lists. The rule (an id first, then codes or emails, then the name) is refs.cpp's; the SQL is
// the owners'.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lpg::db {
class Connection;
}

namespace lpg::refs {

struct Candidate {
  std::int64_t id = 0;
  std::string label;
};
using Candidates = std::vector<Candidate>;

/// The rows an owner's `sql` names (its columns: id, then label), its one parameter bound to
/// `value`.
Candidates query_candidates(db::Connection& c, std::string_view sql, std::int64_t value);
Candidates query_candidates(db::Connection& c, std::string_view sql, std::string_view value);

}  // namespace lpg::refs
