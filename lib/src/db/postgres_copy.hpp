// SPDX-License-Identifier: MIT
#pragma once
// The PostgreSQL backend's bulk load: COPY ... FROM STDIN through libpq (db/sql.hpp BulkInsert).

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "db/postgres_statement.hpp"
#include "db/sql_backend.hpp"

namespace lpg::db {

/// A bulk load into `table` on `session`'s connection, which must outlive it.
std::unique_ptr<BulkImpl> make_postgres_copy(
    PgSession& session, std::string_view table, const std::vector<std::string>& columns,
    const std::vector<std::pair<std::string, std::string>>& fixed);

/// Ends the COPY `sql` open on `session`'s connection: throws lpg::Error when the server
/// refused one of its rows (a constraint, a bad value) or the connection was lost.
void end_copy(PgSession& session, const std::string& sql);
/// Runs a whole COPY `sql` of `rows` (COPY text) on `session`'s connection, which must be free:
/// the rows a load held while another table's COPY was open (PgSession::hold_copy).
void copy_whole(PgSession& session, const std::string& sql, std::string_view rows);
/// Gives up the COPY open on `connection` (libpq's PGconn), if any.
void abandon_copy(pg_conn* connection) noexcept;

}  // namespace lpg::db
