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

bool table_exists(SQLite::Database& db, std::string_view table) {
  SQLite::Statement q(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
  q.bind(1, std::string(table));
  return q.executeStep();
}

std::optional<std::string> sql_for(SQLite::Database& db, std::string_view kind) {
  for (const auto& source : kSources) {
    if (source.kind == kind && table_exists(db, source.table)) return std::string(source.sql);
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::string> complete_values(const Session& session, std::string_view kind,
                                         std::string_view prefix) {
  try {
    SQLite::Database& db = db::conn(session.store);
    db::ReadTx tx(session.store);
    std::optional<std::string> sql = sql_for(db, kind);
    if (!sql) return {};
    std::string folded = prefix.empty() ? std::string() : fold_key(prefix);
    std::vector<std::pair<std::string, std::string>> found;  // (key, name): sorted by key
    SQLite::Statement q(db, *sql);
    while (q.executeStep()) {
      if (q.getColumn(0).isNull()) continue;
      std::string name = q.getColumn(0).getString();
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
