// SPDX-License-Identifier: MIT
#pragma once
// The one boundary where PostgreSQL's errors (libpqxx exceptions) become lpg::Error kinds, as
// db/sqlite_error.hpp is for SQLite's.

#include <lpg/errors.hpp>

#include <exception>
#include <string>

namespace lpg::db {

/// Which part of a session failed: the kinds differ for a failed login and a lost connection.
enum class PgStage { Connect, Statement, Commit };

/// The lpg::Error for a libpqxx exception on the database `where` (a redacted URL). Unique,
/// foreign-key and check violations are Conflict (as SQLite's constraint errors are);
/// serialization failures and deadlocks are a db::SerializationFailure (kind Busy), thrown by
/// rethrow_postgres; lock timeouts Busy; read-only transactions and refused privileges
/// Permission; a cancelled statement Interrupted once a signal has arrived; bad values
/// Invalid; anything unknown Internal. Every occurrence of `secret` (the password, if any) in
/// the server's text is replaced by ***.
Error translate_postgres(const std::exception& e, const std::string& where,
                         const std::string& secret, PgStage stage);

/// Call only inside a catch block: throws the translation of the exception in flight (a
/// SerializationFailure for a serialization failure or deadlock).
[[noreturn]] void rethrow_postgres(const std::string& where, const std::string& secret,
                                   PgStage stage);

}  // namespace lpg::db
