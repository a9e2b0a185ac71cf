// SPDX-License-Identifier: MIT
#pragma once
// The module lpg-postgres.so: the PostgreSQL backend, and the one entry point the program
// looks up in it (db/open_postgres.cpp).

#include "db/sql_postgres.hpp"

namespace lpg::db {

/// open_postgres's work, inside the module (sql_postgres.cpp).
std::unique_ptr<Connection> connect_postgres(const PostgresOptions& options);

}  // namespace lpg::db

/// The module's entry point: a new connection, owned by the caller. Throws as open_postgres.
extern "C" lpg::db::Connection* lpg_postgres_connect(const lpg::db::PostgresOptions& options);
