// SPDX-License-Identifier: MIT
#pragma once
// Looking after the database file itself: `lpg db info|check|backup`.

#include <lpg/store.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace lpg {

struct TableCount {
  std::string table;
  std::int64_t rows = 0;
};

struct DatabaseInfo {
  std::string path;
  int schema_version = 0;
  int latest_schema_version = 0;
  std::int64_t size_bytes = 0;  ///< the file plus its WAL
  std::string journal_mode;
  std::vector<TableCount> tables;  ///< every lpg table, by name
};

DatabaseInfo database_info(const Store& store);

/// One fault found by check_database().
struct Fault {
  std::string check;   ///< "integrity" or "foreign key"
  std::string detail;  ///< what SQLite reported
};

/// SQLite's integrity_check and foreign_key_check. Empty when the database is sound.
std::vector<Fault> check_database(const Store& store);

/// Copies the database to `target` through SQLite's online backup API: a consistent snapshot
/// even while another process writes. The file is created 0600. Refuses to overwrite an existing
/// file unless `overwrite`. Throws Error{Conflict|CantCreate|Io}.
void backup_database(const Store& store, const std::string& target, bool overwrite);

}  // namespace lpg
