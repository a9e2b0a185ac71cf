// SPDX-License-Identifier: MIT
#pragma once
// What an import did to organisations stored before it, kept so that a later line of the file
// for the same organisation can take it back (the last line wins, and is compared with what
// was stored). The rows as they were go to a temporary table, so that memory stays flat however
// many rows a file changes; the identifiers given and taken, which seldom change, stay here.

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "db/sql.hpp"
#include "org/org_store.hpp"

namespace lpg::import {

class UndoLog {
 public:
  struct Identifiers {
    std::vector<std::pair<std::string, std::string>> gave;  ///< scheme, value
    std::vector<std::pair<std::string, std::string>> took;
  };

  /// Inside the import's transaction: the temporary table is made (or emptied) here. The
  /// organisations are kept and put back by their owner (org/org_store.hpp).
  UndoLog(db::Connection& c, org_store::BatchWriter& writer);

  /// Before organisation `id` is updated: keeps its stored row, and `audit_id`, the audit row
  /// the update writes.
  void keep(std::int64_t id, std::int64_t audit_id);
  /// Where to note the identifiers the update of `id` gives and takes.
  Identifiers& identifiers(std::int64_t id) { return identifiers_[id]; }
  /// Puts organisation `id` back as it was kept and deletes the update's audit row: the
  /// identifier changes left to undo; nullopt when this import did not update `id`.
  std::optional<Identifiers> put_back(std::int64_t id);

 private:
  db::Connection& c_;
  org_store::BatchWriter& writer_;
  org_store::KeptRows kept_;
  std::unordered_map<std::int64_t, Identifiers> identifiers_;
};

}  // namespace lpg::import
