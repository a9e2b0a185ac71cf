// SPDX-License-Identifier: MIT
#pragma once
// What each backend of the storage seam implements behind db::Statement and db::Value
// (db/sql.hpp). Only the backends (sql_sqlite.cpp, sql_postgres.cpp) and sql.cpp see it.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lpg::db {

class Connection;

class StatementImpl {
 public:
  virtual ~StatementImpl() = default;

  virtual void bind_null(int index) = 0;
  virtual void bind_int64(int index, std::int64_t value) = 0;
  virtual void bind_double(int index, double value) = 0;
  /// `copy` false: the caller keeps `value` alive until the statement has run.
  virtual void bind_text(int index, std::string_view value, bool copy) = 0;
  /// 0 when the SQL has no parameter of that name (given with its colon).
  virtual int parameter_index(std::string_view name) const = 0;
  virtual void clear_bindings() = 0;

  virtual bool step() = 0;
  virtual void reset() = 0;
  virtual std::int64_t exec() = 0;

  virtual int column_count() const = 0;
  virtual std::string column_name(int index) const = 0;
  // Columns of the current row; callers have checked that there is one and `index` is valid.
  virtual bool has_row() const = 0;
  virtual bool is_null(int index) const = 0;
  virtual std::string_view text(int index) const = 0;
  virtual std::int64_t int64(int index) const = 0;
  virtual double real(int index) const = 0;

  virtual const std::string& sql() const = 0;
};

/// A BulkInsert (db/sql.hpp) of one backend; values come column by column, as given.
class BulkImpl {
 public:
  virtual ~BulkImpl() = default;

  virtual void null() = 0;
  virtual void int64(std::int64_t value) = 0;
  /// `value` stays alive and unchanged until write() has returned.
  virtual void text(std::string_view value) = 0;
  /// Ends a row: Error{Internal} unless it had a value for each column.
  virtual void end_row() = 0;
  /// Writes the rows not written yet; how many.
  virtual std::int64_t write() = 0;
};

/// The bulk load of SQLite, and of any backend without a faster one: INSERTs of many rows at
/// a time through `connection`'s statements. `fixed` are (column, value) pairs.
std::unique_ptr<BulkImpl> insert_batches(
    Connection& connection, std::string_view table, const std::vector<std::string>& columns,
    const std::vector<std::pair<std::string, std::string>>& fixed);

/// A check that `name` is one of lpg's table or column names (a-z, 0-9, _), for SQL that
/// must name one (no parameter can): Error{Internal} otherwise.
void check_sql_name(std::string_view name);

}  // namespace lpg::db
