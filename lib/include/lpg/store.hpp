// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace lpg {

struct StoreOptions {
  std::string path;            ///< the database file; ":memory:" for a private in-memory one
  int busy_timeout_ms = 5000;  ///< how long to wait for another writer
  bool create = true;          ///< create the file (mode 0600) and its directory when missing
  std::string command_line;    ///< what the user ran, recorded in the audit log
};

/// An open lpg database at the latest schema. Opening sets foreign_keys=ON, WAL journal mode
/// and the busy timeout, and applies pending migrations (taking a backup first when the
/// database already holds data). Move-only; closes on destruction.
///
/// Throws Error{NotFound} when the file is missing and !create, Error{CantCreate} when it cannot
/// be created, Error{Invalid} when it is not an lpg database or its schema is newer than this
/// binary, Error{Permission} when it cannot be written for a migration.
class Store {
 public:
  static Store open(const StoreOptions& options);

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  const std::string& path() const;
  const std::string& command_line() const;
  /// The schema version recorded in the file (PRAGMA user_version).
  int schema_version() const;
  /// The schema version this binary brings a database to.
  static int latest_schema_version();

  struct Impl;  ///< defined in lib/src/db: the SQLite connection, hidden from callers
  Impl& impl() const { return *impl_; }

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lpg
