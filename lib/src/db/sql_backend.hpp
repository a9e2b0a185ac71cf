// SPDX-License-Identifier: MIT
#pragma once
// What each backend of the storage seam implements behind db::Statement and db::Value
// (db/sql.hpp). Only the backends (sql_sqlite.cpp, sql_postgres.cpp) and sql.cpp see it.

#include <cstdint>
#include <string>
#include <string_view>

namespace lpg::db {

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

}  // namespace lpg::db
