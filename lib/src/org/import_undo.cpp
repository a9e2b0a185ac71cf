// SPDX-License-Identifier: MIT
#include "org/import_undo.hpp"

#include <fmt/format.h>

#include "db/audit.hpp"

namespace lpg::import {

namespace {

// The scratch table: unqualified, it is the temporary one on SQLite and PostgreSQL alike. Its
// columns take organisation's types (PostgreSQL has no untyped columns), and the unique index
// stands for the primary key that CREATE TABLE ... AS cannot declare.
db::Connection& made(db::Connection& c) {
  c.exec(
      fmt::format("CREATE TEMP TABLE IF NOT EXISTS lpg_import_was AS SELECT id, "
                  "CAST(0 AS BIGINT) AS audit_id, {} FROM organisation WHERE 1 = 0",
                  org_store::kept_columns()));
  c.exec("CREATE UNIQUE INDEX IF NOT EXISTS lpg_import_was_id ON lpg_import_was (id)");
  c.exec("DELETE FROM lpg_import_was");
  return c;
}

}  // namespace

UndoLog::UndoLog(db::Connection& c, org_store::BatchWriter& writer)
    : c_(made(c)),
      writer_(writer),
      keep_(c_, fmt::format(
                    "INSERT INTO lpg_import_was (id, audit_id, {0}) SELECT id, CAST(? AS BIGINT), "
                    "{0} FROM organisation WHERE id = ?",
                    org_store::kept_columns())),
      audit_of_(c_, "SELECT audit_id FROM lpg_import_was WHERE id = ?"),
      forget_(c_, "DELETE FROM lpg_import_was WHERE id = ?") {}

void UndoLog::keep(std::int64_t id, std::int64_t audit_id) {
  keep_.reset();
  keep_.bind(1, audit_id);
  keep_.bind(2, id);
  keep_.exec();
}

std::optional<UndoLog::Identifiers> UndoLog::put_back(std::int64_t id) {
  audit_of_.reset();
  audit_of_.bind(1, id);
  if (!audit_of_.step()) return std::nullopt;
  std::int64_t audit_id = audit_of_.column(0).int64();
  audit_of_.reset();
  writer_.restore(id);
  forget_.reset();
  forget_.bind(1, id);
  forget_.exec();
  db::remove_audit_row(c_, audit_id);
  Identifiers out;
  if (auto it = identifiers_.find(id); it != identifiers_.end()) {
    out = std::move(it->second);
    identifiers_.erase(it);
  }
  return out;
}

}  // namespace lpg::import
