// SPDX-License-Identifier: MIT
#pragma once
// The SQLite backend of the storage seam (db/sql.hpp).

#include <memory>
#include <string>

#include "db/sql.hpp"

namespace SQLite {
class Database;
}

namespace lpg::db {

struct SqliteOptions {
  std::string path;            ///< the file, or ":memory:"
  bool read_only = false;      ///< open read-only (else read-write, creating the file)
  int busy_timeout_ms = 5000;  ///< how long to wait for another writer's lock
  bool foreign_keys = true;    ///< PRAGMA foreign_keys = ON (lpg::Store turns it on itself)
};

/// Opens a SQLite database. Its busy handler waits up to busy_timeout_ms but gives up at once
/// when SIGINT or SIGTERM has arrived (db::busy_wait), as lpg::Store's does. Failures throw
/// lpg::Error through db::translate (CantCreate, Permission, Invalid ...).
std::unique_ptr<Connection> open_sqlite(const SqliteOptions& options);

/// The seam over a connection someone else owns and keeps open for longer (lpg::Store's,
/// while callers move from SQLiteCpp to the seam): both can be used on it in turn, and the
/// seam's transactions and lpg::db::WriteTx see each other. `name` is its path for messages.
std::unique_ptr<Connection> wrap_sqlite(SQLite::Database& database, std::string name);

}  // namespace lpg::db
