// SPDX-License-Identifier: MIT
#include "import/org_undo.hpp"

#include <fmt/format.h>

#include "import/org_row.hpp"

namespace lpg::import {

namespace {

// The columns an import may change: what is kept, and put back.
std::string kept_columns() {
  std::string out;
  for (const char* c : kOrgColumnNames) out += fmt::format("{}, ", c);
  return out + "name_key, updated_at";
}

SQLite::Database& made(SQLite::Database& db) {
  db.exec(
      fmt::format("CREATE TEMP TABLE IF NOT EXISTS lpg_import_was (id INTEGER PRIMARY KEY, "
                  "audit_id INTEGER NOT NULL, {})",
                  kept_columns()));
  db.exec("DELETE FROM temp.lpg_import_was");
  return db;
}

}  // namespace

UndoLog::UndoLog(SQLite::Database& db)
    : db_(made(db)),
      keep_(db_, fmt::format("INSERT INTO temp.lpg_import_was (id, audit_id, {0}) SELECT id, ?, "
                             "{0} FROM main.organisation WHERE id = ?",
                             kept_columns())),
      audit_of_(db_, "SELECT audit_id FROM temp.lpg_import_was WHERE id = ?"),
      restore_(db_, fmt::format("UPDATE main.organisation SET ({0}) = (SELECT {0} FROM "
                                "temp.lpg_import_was WHERE id = ?1) WHERE id = ?1",
                                kept_columns())),
      forget_(db_, "DELETE FROM temp.lpg_import_was WHERE id = ?"),
      drop_audit_(db_, "DELETE FROM main.audit_log WHERE id = ?") {}

void UndoLog::keep(std::int64_t id, std::int64_t audit_id) {
  keep_.reset();
  keep_.bind(1, static_cast<int64_t>(audit_id));
  keep_.bind(2, static_cast<int64_t>(id));
  keep_.exec();
}

std::optional<UndoLog::Identifiers> UndoLog::put_back(std::int64_t id) {
  audit_of_.reset();
  audit_of_.bind(1, static_cast<int64_t>(id));
  if (!audit_of_.executeStep()) return std::nullopt;
  std::int64_t audit_id = audit_of_.getColumn(0).getInt64();
  audit_of_.reset();
  for (auto* q : {&restore_, &forget_}) {
    q->reset();
    q->bind(1, static_cast<int64_t>(id));
    q->exec();
  }
  drop_audit_.reset();
  drop_audit_.bind(1, static_cast<int64_t>(audit_id));
  drop_audit_.exec();
  Identifiers out;
  if (auto it = identifiers_.find(id); it != identifiers_.end()) {
    out = std::move(it->second);
    identifiers_.erase(it);
  }
  return out;
}

}  // namespace lpg::import
