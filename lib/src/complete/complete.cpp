// SPDX-License-Identifier: MIT
#include <lpg/complete.hpp>
#include <lpg/refs.hpp>

#include <algorithm>
#include <array>
#include <optional>

#include "db/store_impl.hpp"

namespace lpg {

namespace {

// Which table and column hold the names of each kind. The SQL is fixed here, never user text.
struct Source {
  std::string_view kind;
  std::string_view table;
  std::string_view sql;  // selects one column: the name as the user types it
};

constexpr std::array<Source, 6> kSources = {{
    {"group", "grp", "SELECT name FROM grp"},
    {"area", "area", "SELECT name FROM area"},
    {"org", "organisation", "SELECT name FROM organisation"},
    {"person", "person", "SELECT name FROM person WHERE erased_at IS NULL"},
    {"term", "term", "SELECT year || ' ' || name FROM term ORDER BY start_date"},
    // A meeting by GROUP@DATE, the form people type, newest first.
    {"meeting", "meeting",
     "SELECT g.name || '@' || substr(m.starts_at, 1, 10) FROM meeting m JOIN grp g "
     "ON g.id = m.group_id ORDER BY m.starts_at DESC"},
}};

std::optional<std::string> sql_for(db::Connection& c, std::string_view kind) {
  for (const auto& source : kSources) {
    if (source.kind == kind && c.table_exists(source.table)) return std::string(source.sql);
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::string> complete_values(const Session& session, std::string_view kind,
                                         std::string_view prefix) {
  try {
    db::Connection& c = db::connection(session.store);
    db::ReadTx tx(c);
    std::optional<std::string> sql = sql_for(c, kind);
    if (!sql) return {};
    std::string folded = prefix.empty() ? std::string() : fold_key(prefix);
    std::vector<std::pair<std::string, std::string>> found;  // (key, name): sorted by key
    db::Statement q(c, *sql);
    while (q.step()) {
      if (q.column(0).is_null()) continue;
      std::string name = q.column(0).text();
      std::string key = fold_key(name);
      if (key.starts_with(folded)) found.emplace_back(std::move(key), std::move(name));
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> names;
    for (auto& [key, name] : found) {
      if (names.empty() || names.back() != name) names.push_back(std::move(name));
    }
    return names;
  } catch (...) {  // completion stays silent: a broken database is for other commands to report
    return {};
  }
}

}  // namespace lpg
