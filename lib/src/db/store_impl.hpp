// SPDX-License-Identifier: MIT
#pragma once
// The inside of lpg::Store: only lib/src sees SQLiteCpp.

#include <lpg/interrupt.hpp>
#include <lpg/store.hpp>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include "db/active.hpp"

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
};

namespace db {

inline SQLite::Database& conn(const Store& store) { return store.impl().db; }

/// One user-visible write: BEGIN IMMEDIATE, so the write lock is taken up front (waiting up to
/// the busy timeout) and a command never fails half-way on a lock. Rolls back unless commit().
/// A SIGINT or SIGTERM that arrives before commit() makes it throw Error{Interrupted} instead.
class WriteTx {
 public:
  explicit WriteTx(const Store& store) : db_(conn(store)) {
    check_interrupted();
    nested_ = sqlite3_get_autocommit(db_.getHandle()) == 0;
    // Inside another command's transaction (a service calling a service) a savepoint makes
    // this step undoable on its own; the outer transaction still decides what is kept.
    db_.exec(nested_ ? "SAVEPOINT lpg_step" : "BEGIN IMMEDIATE");
  }
  ~WriteTx() {
    if (done_) return;
    try {
      db_.exec(nested_ ? "ROLLBACK TO lpg_step; RELEASE lpg_step" : "ROLLBACK");
    } catch (...) {  // rolling back is all that is left to do
    }
  }
  WriteTx(const WriteTx&) = delete;
  WriteTx& operator=(const WriteTx&) = delete;

  void commit() {
    check_interrupted();
    db_.exec(nested_ ? "RELEASE lpg_step" : "COMMIT");
    done_ = true;
  }

 private:
  SQLite::Database& db_;
  bool nested_ = false;
  bool done_ = false;
};

/// A consistent snapshot for a report: readers never see half a command. Inside a write
/// transaction it adds nothing: that transaction is the snapshot.
class ReadTx {
 public:
  explicit ReadTx(const Store& store) : db_(conn(store)) {
    owner_ = sqlite3_get_autocommit(db_.getHandle()) != 0;
    if (owner_) db_.exec("BEGIN DEFERRED");
  }
  ~ReadTx() {
    if (!owner_) return;
    try {
      db_.exec("COMMIT");
    } catch (...) {  // a read transaction has nothing to lose
    }
  }
  ReadTx(const ReadTx&) = delete;
  ReadTx& operator=(const ReadTx&) = delete;

 private:
  SQLite::Database& db_;
  bool owner_ = false;
};

/// The id of the last row inserted on this connection.
inline std::int64_t last_id(const Store& store) { return conn(store).getLastInsertRowid(); }

}  // namespace db
}  // namespace lpg
