// SPDX-License-Identifier: MIT
#pragma once
// lpg db copy: a whole database from one store to the other (SQLite file <-> PostgreSQL).

#include <cstdint>
#include <string>
#include <vector>

namespace lpg {

struct CopyOptions {
  std::string source;  ///< a SQLite file or a postgresql:// URL; must exist
  std::string target;  ///< the same; created (file) or given its schema when missing
  bool force = false;  ///< replace what the target holds (else a non-empty target is refused)
  int busy_timeout_ms = 5000;
  std::string command_line;
};

/// One table as both sides hold it after the copy.
struct TableDigest {
  std::string table;
  std::int64_t rows = 0;
  std::string digest;  ///< SHA-256 of the table's rows, the same on both stores
};

struct CopyResult {
  std::string source;  ///< as printed: a URL without its password
  std::string target;
  std::vector<TableDigest> tables;  ///< in name order
  std::string digest;               ///< SHA-256 over every table's count and digest
};

/// Copies every row of every table, in one transaction on the target, from a consistent
/// snapshot of the source; then reads both sides again and compares each table's row count
/// and content digest. Throws Error{Conflict} when the target holds data and !force,
/// Error{Usage} when source and target are the same database, Error{Internal} when the
/// check after the copy finds a difference (the target then holds the copy as made: run it
/// again with --force after finding the cause). Both databases are brought to this binary's
/// schema first.
CopyResult copy_database(const CopyOptions& options);

class Store;

/// The same between two open stores (both at this binary's schema): `lpg db backup` of a
/// PostgreSQL database into a new SQLite file.
CopyResult copy_stores(const Store& source, const Store& target, bool force);

/// The count and digest of every table of a database, as copy_database() checks them.
std::vector<TableDigest> table_digests(const std::string& database, int busy_timeout_ms);

}  // namespace lpg
