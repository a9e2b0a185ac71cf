// SPDX-License-Identifier: MIT
// After an erasure the old values can survive in three places: earlier WAL frames, freed pages
// and free space inside pages. secure_delete zeroes what the transaction frees; the checkpoint
// and VACUUM take care of the rest.
#include <lpg/privacy.hpp>

#include <fmt/format.h>

#include "db/store_impl.hpp"

namespace lpg {

namespace {

// TRUNCATE waits (through the busy handler) for readers to finish, then empties the WAL.
// A reader that stays past the busy timeout leaves frames behind: reported, not thrown.
bool checkpoint(SQLite::Database& db) {
  SQLite::Statement q(db, "PRAGMA wal_checkpoint(TRUNCATE)");
  return q.executeStep() && q.getColumn(0).getInt() == 0;
}

}  // namespace

Compaction compact_database(const Store& store) {
  if (store.path() == ":memory:") return {true, {}};
  auto& db = db::conn(store);
  if (sqlite3_get_autocommit(db.getHandle()) == 0) {
    return {false, "a transaction is still open"};
  }
  const char* busy = "another process kept the database open";
  try {
    if (!checkpoint(db)) return {false, busy};
    // VACUUM builds the new file in a temporary database: kept in memory, so no copy of the
    // data lands in a temporary file on disk.
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("VACUUM");
    if (!checkpoint(db)) return {false, busy};
    return {true, {}};
  } catch (const SQLite::Exception& e) {
    return {false, e.what()};
  }
}

}  // namespace lpg
