// SPDX-License-Identifier: MIT
#pragma once
// Fresh, empty databases for the storage seam's tests: the same test runs against SQLite and,
// when the ctest fixture started a throwaway cluster (tests/pg/cluster.py sets
// LPG_TEST_PG_URL), against PostgreSQL too.

#include <functional>
#include <memory>
#include <string>

#include "db/sql.hpp"

namespace lpg::test {

/// One fresh database for one test. SQLite: ":memory:", or a file in a temporary directory
/// when the test needs several connections. PostgreSQL: a schema of its own in the cluster's
/// database (search_path), dropped at the end.
class Scratch {
 public:
  virtual ~Scratch() = default;
  virtual db::Dialect dialect() const = 0;
  /// A new connection to this database (busy timeout `busy_ms`).
  virtual std::unique_ptr<db::Connection> connect(int busy_ms = 2000) = 0;
  const char* label() const { return db::to_string(dialect()); }
};

/// The URL of the test cluster's maintenance database, or "" when there is none.
std::string postgres_url();

/// A URL of the test cluster with `user` and `password` in it ("" when there is no cluster).
std::string postgres_url_as(const std::string& user, const std::string& password);

/// Runs `test` for SQLite and, when there is a test cluster, for PostgreSQL, each with a fresh
/// database; doctest's output names the backend of a failure. `files`: SQLite on a file (for
/// tests that open a second connection) rather than :memory:.
void for_each_backend(const std::function<void(Scratch&)>& test, bool files = false);

/// Only PostgreSQL (the test says it was skipped when there is no cluster).
void with_postgres(const std::function<void(Scratch&)>& test);

/// Creates a table in the portable subset plus the one difference tests need: `id` an
/// INTEGER PRIMARY KEY on SQLite, a BIGINT identity on PostgreSQL. `columns` follow it.
void create_table_with_id(db::Connection& c, const std::string& table, const std::string& columns);

}  // namespace lpg::test
