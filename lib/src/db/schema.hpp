// SPDX-License-Identifier: MIT
#pragma once
// Migrations through the storage seam, on SQLite and PostgreSQL (share/migrations/README).
// lpg::Store still runs its own copy for SQLite (db/store.cpp) until it opens through the
// seam; then it calls migrate() here, after taking its pre-migration backup.

#include <string>
#include <vector>

#include "db/embedded.hpp"
#include "db/sql.hpp"

namespace lpg::db {

/// The name of the table where PostgreSQL records the versions applied (SQLite: PRAGMA
/// user_version).
inline constexpr const char* kMigrationTable = "lpg_migration";

/// The schema version recorded in the database; 0 for a new, empty one.
int schema_version(Connection& connection);

/// The version this binary brings a database to: the highest migration number.
int latest_schema_version();

/// The steps that bring a database of `dialect` at version `from` to the latest, in order.
/// SQLite: every share/migrations file numbered above `from`. PostgreSQL: from 0, the newest
/// baseline (postgres/NNNN_baseline.sql) first; then for each later number its PostgreSQL
/// twin (postgres/NNNN_*.sql) when there is one, else the shared file. Error{Internal} for a
/// PostgreSQL version older than its first baseline (no such database can exist).
std::vector<embedded::Migration> migration_plan(Dialect dialect, int from);

/// Applies the pending steps, all in one transaction (a failure leaves the database as it
/// was: Error{Internal} naming the step). Safe when several processes open a new database at
/// once: the first migrates, the others find it done. Throws Error{Invalid} when the database
/// is newer than this binary. On SQLite foreign keys are off while migrating (SQLite's way of
/// rebuilding a table needs it) and checked after: a step that breaks a reference fails.
void migrate(Connection& connection);

}  // namespace lpg::db
