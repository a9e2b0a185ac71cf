// SPDX-License-Identifier: MIT
#pragma once
// The inside of lpg::Store: only lib/src sees SQLiteCpp.
// db::WriteTx(store) and db::ReadTx(store) are the seam's own guards (db/sql.hpp).

#include <lpg/interrupt.hpp>
#include <lpg/store.hpp>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include "db/active.hpp"
#include "db/sql.hpp"
#include "db/sql_sqlite.hpp"

namespace lpg {

// Registered as the connection a SIGINT interrupts, for as long as it is open. The busy handler
// replaces SQLite's so that a signal ends the wait for a lock at once.
struct Store::Impl {
  /// `open_name` is what SQLite opens (the path, or a file: URI); `file` is the path.
  Impl(const std::string& file, int flags, int busy_timeout, const std::string& open_name = {})
      : db(open_name.empty() ? file : open_name, flags, busy_timeout),
        path(file),
        busy_timeout_ms(busy_timeout) {
    sqlite3_busy_handler(db.getHandle(), &db::busy_wait, &busy_timeout_ms);
    db::register_connection(db.getHandle(), path);
  }
  ~Impl() { db::unregister_connection(db.getHandle()); }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  SQLite::Database db;
  std::string path;
  int busy_timeout_ms;
  std::string command_line;
  /// The storage seam over `db` (db/sql.hpp): code that has moved to it and code that still
  /// uses SQLiteCpp share one connection and one transaction while the move goes on.
  std::unique_ptr<db::Connection> seam = db::wrap_sqlite(db, path);
};

namespace db {

inline SQLite::Database& conn(const Store& store) { return store.impl().db; }

/// The store's connection through the storage seam: what table owners use.
inline Connection& connection(const Store& store) { return *store.impl().seam; }

/// The id of the last row inserted on this connection.
inline std::int64_t last_id(const Store& store) { return conn(store).getLastInsertRowid(); }

}  // namespace db
}  // namespace lpg
