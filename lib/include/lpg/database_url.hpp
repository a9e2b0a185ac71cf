// SPDX-License-Identifier: MIT
#pragma once
// Where the database is: a SQLite file (a path) or a PostgreSQL database (a libpq URL such as
// postgresql://officer@db.example.gov.uk/lpg?sslmode=verify-full). A password belongs in
// ~/.pgpass or a service file, never in lpg's configuration; where one was written anyway, lpg
// never prints it.

#include <string>
#include <string_view>

namespace lpg {

/// True when `target` is a PostgreSQL URL (postgresql:// or postgres://, as libpq takes).
bool is_postgres_url(std::string_view target) noexcept;

/// `target` fit for printing and logs: the password of a URL (postgresql://user:***@host/db),
/// a password=... parameter of a URL or of a libpq keyword/value string replaced by ***.
/// Anything else (a file path) comes back unchanged.
std::string redact_database_url(std::string_view target);

/// The password written in `target` (URL user:password@, or password=...), percent-decoded,
/// or "" when it holds none. For removing it from messages that might quote it.
std::string database_url_password(std::string_view target);

}  // namespace lpg
