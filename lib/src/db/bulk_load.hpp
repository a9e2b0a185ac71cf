// SPDX-License-Identifier: MIT
#pragma once
// What a bulk load (db copy, a first import of a register) may do to the tables it fills for
// as long as it runs: drop their indexes and loose constraints, and give SQLite a larger page
// cache. Both live inside the caller's transaction or connection, and put things back after.

#include <string>
#include <vector>

#include "db/sql.hpp"

namespace lpg::db {

/// The indexes of `tables`, and the constraints a bulk load may drop (PostgreSQL's references
/// and unreferenced keys: Connection::loose_constraints), dropped while the rows go in and
/// made again by restore(): one sort and one join each, rather than an index insert and a
/// trigger call a row. Inside the caller's transaction, so a failed load gets them back on
/// rollback. Table names are lpg's own.
class LooseSchema {
 public:
  LooseSchema(Connection& c, const std::vector<std::string>& tables);
  LooseSchema(const LooseSchema&) = delete;
  LooseSchema& operator=(const LooseSchema&) = delete;
  /// True when there was nothing to drop.
  bool empty() const { return indexes_.empty() && constraints_.empty(); }
  /// Builds the indexes again and adds the constraints back; before the commit.
  void restore();

 private:
  Connection& c_;
  std::vector<IndexInfo> indexes_;
  std::vector<ConstraintInfo> constraints_;
};

/// SQLite's page cache at `kib` KiB for as long as it lives, then back to SQLite's default
/// (2 MB). Nothing on PostgreSQL, which sizes its cache for the server.
class PageCache {
 public:
  PageCache(Connection& c, int kib);
  ~PageCache();
  PageCache(const PageCache&) = delete;
  PageCache& operator=(const PageCache&) = delete;
  void resize(int kib);

 private:
  Connection& c_;
};

}  // namespace lpg::db
