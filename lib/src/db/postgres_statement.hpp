// SPDX-License-Identifier: MIT
#pragma once
// A statement of the PostgreSQL backend (db/sql_postgres.cpp holds the connection).

#include <cstdint>
#include <memory>
#include <pqxx/result>
#include <string>
#include <string_view>
#include <vector>

#include "db/sql_backend.hpp"

struct pg_conn;  // libpq's PGconn

namespace lpg::db {

/// What a statement needs from its connection.
class PgSession {
 public:
  /// A bulk load's COPY (`sql`, for messages) now runs on the connection, and stays open
  /// after its rows until something else needs the connection; its number, for copy_open().
  virtual std::uint64_t copy_started(std::string sql) = 0;
  /// The number of the COPY open on the connection; 0 when none.
  virtual std::uint64_t copy_open() const = 0;
  /// Keeps `rows` (COPY text for `sql`, taken: left empty) while another COPY is open, to be
  /// sent in order when it ends.
  virtual void hold_copy(const std::string& sql, std::string& rows) = 0;
  /// The bytes of rows held.
  virtual std::size_t held_bytes() const = 0;
  /// Ends the open COPY, if any (db/postgres_copy.hpp end_copy), then sends the rows held:
  /// first in every statement.
  virtual void settle() = 0;
  /// Gives up the open COPY and the rows held, if any: the server fails the COPY, and the
  /// transaction with it.
  virtual void drop_copy() noexcept = 0;
  /// Runs `sql` ($N placeholders) with `values` (nullptr for NULL). Throws libpqxx's exceptions.
  virtual pqxx::result run(const std::string& sql, const std::vector<const char*>& values) = 0;
  virtual void set_changes(std::int64_t n) = 0;
  virtual const std::string& where() const = 0;   ///< the redacted URL
  virtual const std::string& secret() const = 0;  ///< the password, to keep out of messages
  /// libpq's connection, for what libpqxx 6 does not offer (COPY in blocks); null once closed.
  virtual pg_conn* connection() = 0;

 protected:
  ~PgSession() = default;
};

/// True when `sql` starts with INSERT, UPDATE, DELETE or MERGE: the statements whose row count
/// Connection::changes() reports, as sqlite3_changes() does (libpqxx 6 hides the command tag).
bool changes_rows(std::string_view sql);

/// A statement of `session`, which must outlive it. `sql` uses SQLite's placeholders.
std::unique_ptr<StatementImpl> make_postgres_statement(PgSession& session, std::string_view sql);

}  // namespace lpg::db
