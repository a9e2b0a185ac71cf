// SPDX-License-Identifier: MIT
#pragma once
// The database connection a signal should interrupt, and whose path error messages name.
// Store::Impl registers itself on opening and unregisters on closing.

#include <string>

struct sqlite3;

namespace lpg::db {

void register_connection(sqlite3* handle, const std::string& path);
/// Forgets `handle` if it is the registered one (a newer Store may have replaced it).
void unregister_connection(sqlite3* handle) noexcept;
class Connection;
/// A connection whose interrupt() a signal calls (PostgreSQL: a cancel request).
void register_connection(Connection* connection, const std::string& path);
void unregister_connection(Connection* connection) noexcept;
/// The path of the database opened last (it may have closed since), or "" when none was.
std::string active_path();

/// A busy handler for sqlite3_busy_handler(): waits up to *(int*)arg milliseconds, but gives up
/// at once when a signal has arrived (SQLite's own handler would sleep through it).
int busy_wait(void* arg, int attempts);

}  // namespace lpg::db
