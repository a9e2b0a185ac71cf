// SPDX-License-Identifier: MIT
// After an erasure the old values can survive in three places: earlier WAL frames, freed pages
// and free space inside pages. secure_delete zeroes what the transaction frees; the checkpoint
// and VACUUM take care of the rest.
#include <lpg/errors.hpp>
#include <lpg/privacy.hpp>

#include <fmt/format.h>

#include "db/store_impl.hpp"

namespace lpg {

namespace {

// TRUNCATE waits (through the busy handler) for readers to finish, then empties the WAL.
// A reader that stays past the busy timeout leaves frames behind: reported, not thrown.
bool checkpoint(db::Connection& c) {
  db::Statement q(c, "PRAGMA wal_checkpoint(TRUNCATE)");
  return q.step() && q.column(0).int32() == 0;
}

// PostgreSQL keeps an erased row's old version in the table until VACUUM removes it; plain
// VACUUM (it blocks nobody) makes that space reusable, so the bytes go once it is reused.
// What it cannot reach: the server's WAL and its archive, replicas and base backups, which
// keep old versions until they are recycled (the administrator's retention), and VACUUM FULL,
// which rewrites tables under an exclusive lock, is the administrator's to choose.
Compaction vacuum_postgres(db::Connection& c) {
  try {
    c.exec(
        "VACUUM person, person_former, membership, attendance, audit_log, audit_person, "
        "mail_outbox, meeting_reply, minutes, minutes_version, action");
    return {true, {}};
  } catch (const Error& e) {
    return {false, e.what()};
  }
}

}  // namespace

Compaction compact_database(const Store& store) {
  if (store.path() == ":memory:") return {true, {}};
  db::Connection& c = db::connection(store);
  if (c.in_transaction()) return {false, "a transaction is still open"};
  if (c.dialect() != db::Dialect::Sqlite) return vacuum_postgres(c);
  const char* busy = "another process kept the database open";
  try {
    if (!checkpoint(c)) return {false, busy};
    // VACUUM builds the new file in a temporary database: kept in memory, so no copy of the
    // data lands in a temporary file on disk.
    c.exec("PRAGMA temp_store = MEMORY");
    c.exec("VACUUM");
    if (!checkpoint(c)) return {false, busy};
    return {true, {}};
  } catch (const Error& e) {
    return {false, e.what()};
  }
}

}  // namespace lpg
