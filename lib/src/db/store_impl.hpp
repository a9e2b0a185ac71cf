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
  /// SQLite: `open_name` is what SQLite opens (the path, or a file: URI); `file` is the path.
  Impl(const std::string& file, int flags, int busy_timeout, const std::string& open_name = {})
      : sqlite(std::make_unique<SQLite::Database>(open_name.empty() ? file : open_name, flags,
                                                  busy_timeout)),
        path(file),
        busy_timeout_ms(busy_timeout),
        seam(db::wrap_sqlite(*sqlite, path)) {
    sqlite3_busy_handler(sqlite->getHandle(), &db::busy_wait, &busy_timeout_ms);
    db::register_connection(sqlite->getHandle(), path);
  }
  /// PostgreSQL: the seam is the only connection; `name` is the URL without its password.
  Impl(std::unique_ptr<db::Connection> postgres, std::string name, int busy_timeout)
      : path(std::move(name)), busy_timeout_ms(busy_timeout), seam(std::move(postgres)) {
    db::register_connection(seam.get(), path);
  }
  ~Impl() {
    if (sqlite) db::unregister_connection(sqlite->getHandle());
    db::unregister_connection(seam.get());
  }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  std::unique_ptr<SQLite::Database> sqlite;  ///< null on PostgreSQL
  std::string path;                          ///< the file, or the URL without its password
  int busy_timeout_ms;
  std::string command_line;
  /// The storage seam (db/sql.hpp). On SQLite it is over `sqlite`: code that has moved to it
  /// and code that still uses SQLiteCpp share one connection and one transaction.
  std::unique_ptr<db::Connection> seam;
};

namespace db {

/// SQLiteCpp's handle, for code not yet moved to the seam. On PostgreSQL there is none: the
/// command says so (Error{Config}) rather than pretend.
SQLite::Database& conn(const Store& store);

/// The store's connection through the storage seam: what table owners use.
inline Connection& connection(const Store& store) { return *store.impl().seam; }

/// The id of the last row inserted on this connection.
inline std::int64_t last_id(const Store& store) { return conn(store).getLastInsertRowid(); }

}  // namespace db
}  // namespace lpg
