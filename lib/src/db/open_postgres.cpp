// SPDX-License-Identifier: MIT
// db/sql_postgres.hpp's open_postgres for the program: the backend is the module
// lpg-postgres.so, loaded by the first connection to PostgreSQL.
#include "core/module.hpp"
#include "db/sql_postgres.hpp"

namespace lpg::db {

std::unique_ptr<Connection> open_postgres(const PostgresOptions& options) {
  using Connect = Connection* (*)(const PostgresOptions&);
  static const auto connect =
      reinterpret_cast<Connect>(module_symbol("postgres", "lpg_postgres_connect"));
  return std::unique_ptr<Connection>(connect(options));
}

}  // namespace lpg::db
