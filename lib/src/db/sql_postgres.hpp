// SPDX-License-Identifier: MIT
#pragma once
// The PostgreSQL backend of the storage seam (db/sql.hpp), through libpqxx. It is built into
// the module lpg-postgres.so (core/module.hpp), loaded by the first open_postgres: a command
// on SQLite never maps libpq and the Kerberos, LDAP and TLS libraries behind it.

#include <memory>
#include <string>

#include "db/sql.hpp"

namespace lpg::db {

struct PostgresOptions {
  /// A libpq URL (postgresql://...) or keyword/value string. libpq fills in the rest as it
  /// always does: PGHOST, PGUSER, PGDATABASE and friends, ~/.pgpass, PGSERVICE and
  /// ~/.pg_service.conf, sslmode. An empty string means all of it comes from there.
  std::string url;
  int busy_timeout_ms = 5000;  ///< lock_timeout: how long to wait for another writer's row lock
};

/// Connects. The session waits for locks up to busy_timeout_ms (then Error{Busy}), sends its
/// notices nowhere (stderr carries only lpg's own messages), and is never silently reconnected
/// (a lost connection fails the command: Error{Io}, or "may or may not have been saved" when
/// it was lost during COMMIT). Throws Error{CantCreate} when the server cannot be reached,
/// {Permission} when it refuses the login, {NotFound} when the database does not exist. No
/// message ever holds the password.
std::unique_ptr<Connection> open_postgres(const PostgresOptions& options);

}  // namespace lpg::db
