// SPDX-License-Identifier: MIT
#pragma once
// The inside of lpg::Store: only lib/src sees SQLiteCpp.

#include <lpg/store.hpp>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>

namespace lpg {

struct Store::Impl {
  Impl(const std::string& file, int flags, int busy_timeout_ms)
      : db(file, flags, busy_timeout_ms), path(file) {}
  SQLite::Database db;
  std::string path;
  std::string command_line;
};

namespace db {

inline SQLite::Database& conn(const Store& store) { return store.impl().db; }

/// One user-visible write: BEGIN IMMEDIATE, so the write lock is taken up front (waiting up to
/// the busy timeout) and a command never fails half-way on a lock. Rolls back unless commit().
class WriteTx {
 public:
  explicit WriteTx(const Store& store) : tx_(conn(store), SQLite::TransactionBehavior::IMMEDIATE) {}
  void commit() { tx_.commit(); }

 private:
  SQLite::Transaction tx_;
};

/// A consistent snapshot for a report: readers never see half a command.
class ReadTx {
 public:
  explicit ReadTx(const Store& store) : db_(conn(store)) { db_.exec("BEGIN DEFERRED"); }
  ~ReadTx() {
    try {
      db_.exec("COMMIT");
    } catch (...) {  // a read transaction has nothing to lose
    }
  }
  ReadTx(const ReadTx&) = delete;
  ReadTx& operator=(const ReadTx&) = delete;

 private:
  SQLite::Database& db_;
};

/// The id of the last row inserted on this connection.
inline std::int64_t last_id(const Store& store) { return conn(store).getLastInsertRowid(); }

}  // namespace db
}  // namespace lpg
