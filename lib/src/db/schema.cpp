// SPDX-License-Identifier: MIT
#include "db/schema.hpp"

#include <lpg/errors.hpp>

#include <fmt/format.h>

namespace lpg::db {

namespace {

bool is_baseline(const embedded::Migration& m) { return m.name.ends_with("_baseline.sql"); }

const embedded::Migration* postgres_twin(int number) {
  for (const auto& m : embedded::postgres_migrations()) {
    if (m.number == number && !is_baseline(m)) return &m;
  }
  return nullptr;
}

// Any failure inside rolls the transaction back and propagates.
template <class Work>
void in_transaction(Connection& connection, const char* begin, Work&& work) {
  connection.exec(begin);
  try {
    work();
    connection.commit();
  } catch (...) {
    connection.rollback();
    throw;
  }
}

void run_step(Connection& connection, const embedded::Migration& step) {
  try {
    connection.exec(step.sql);
  } catch (const Error& e) {
    // The message names the database once, not "failed: database error on X: ...".
    std::string what = e.what();
    std::string prefix = fmt::format("database error on {}: ", connection.name());
    if (what.starts_with(prefix)) what.erase(0, prefix.size());
    throw Error(
        ErrorKind::Internal,
        fmt::format("migration {} failed: {}; the database was left as it was", step.name, what));
  }
}

void refuse_newer(const Connection& connection, int current, int latest) {
  if (current > latest) {
    throw Error(ErrorKind::Invalid,
                fmt::format("database {} has schema version {}, newer than this lpg knows ({})",
                            connection.name(), current, latest),
                "upgrade lpg, or open a backup made by this version");
  }
}

std::int64_t foreign_key_faults(Connection& connection) {
  Statement q = connection.prepare("PRAGMA foreign_key_check");
  std::int64_t n = 0;
  while (q.step()) ++n;
  return n;
}

void migrate_sqlite(Connection& connection, int current) {
  // Foreign keys cannot be switched inside a transaction; they come back as they were.
  bool keys_on = query_int64(connection, "PRAGMA foreign_keys") != 0;
  connection.exec("PRAGMA foreign_keys = OFF");
  try {
    in_transaction(connection, "BEGIN EXCLUSIVE", [&] {
      int now = schema_version(connection);
      if (now != current) return;  // another process migrated first
      std::int64_t faults_before = foreign_key_faults(connection);
      for (const auto& step : migration_plan(Dialect::Sqlite, now)) {
        run_step(connection, step);
        connection.exec(fmt::format("PRAGMA user_version = {}", step.number));
      }
      if (foreign_key_faults(connection) > faults_before) {
        throw Error(ErrorKind::Internal,
                    "a migration broke references between tables; the database was left as it "
                    "was");
      }
    });
  } catch (...) {
    if (keys_on) connection.exec("PRAGMA foreign_keys = ON");
    throw;
  }
  if (keys_on) connection.exec("PRAGMA foreign_keys = ON");
}

// A fixed key for pg_advisory_xact_lock: processes migrating the same database take turns.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(7450846551224836171)";

void migrate_postgres(Connection& connection, int latest) {
  in_transaction(connection, "BEGIN", [&] {
    connection.exec(kMigrationLock);
    connection.exec(fmt::format(
        "CREATE TABLE IF NOT EXISTS {} (version BIGINT PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at TEXT NOT NULL)",
        kMigrationTable));
    int now = schema_version(connection);
    refuse_newer(connection, now, latest);
    Statement record = connection.prepare(
        fmt::format("INSERT INTO {} (version, name, applied_at) VALUES (?, ?, "
                    "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))",
                    kMigrationTable));
    for (const auto& step : migration_plan(Dialect::Postgres, now)) {
      run_step(connection, step);
      record.bind(1, step.number);
      record.bind(2, step.name);
      record.exec();
    }
  });
}

}  // namespace

int latest_schema_version() {
  const auto& steps = embedded::migrations();
  return steps.empty() ? 0 : steps.back().number;
}

int schema_version(Connection& connection) {
  if (connection.dialect() == Dialect::Sqlite) {
    return static_cast<int>(query_int64(connection, "PRAGMA user_version"));
  }
  if (query_int64(connection, fmt::format("SELECT to_regclass('{}') IS NULL", kMigrationTable))) {
    return 0;
  }
  return static_cast<int>(query_int64(
      connection, fmt::format("SELECT coalesce(max(version), 0) FROM {}", kMigrationTable)));
}

std::vector<embedded::Migration> migration_plan(Dialect dialect, int from) {
  std::vector<embedded::Migration> plan;
  int at = from;
  if (dialect == Dialect::Postgres) {
    const embedded::Migration* first = nullptr;
    const embedded::Migration* newest = nullptr;
    for (const auto& m : embedded::postgres_migrations()) {
      if (!is_baseline(m) || m.number > latest_schema_version()) continue;
      if (first == nullptr) first = &m;
      newest = &m;
    }
    if (newest == nullptr) throw Error(ErrorKind::Internal, "no PostgreSQL baseline schema");
    if (from == 0) {
      plan.push_back(*newest);
      at = newest->number;
    } else if (from < first->number) {
      throw Error(ErrorKind::Internal,
                  fmt::format("no PostgreSQL migration from schema version {}", from));
    }
  }
  for (const auto& m : embedded::migrations()) {
    if (m.number <= at) continue;
    const embedded::Migration* twin =
        dialect == Dialect::Postgres ? postgres_twin(m.number) : nullptr;
    plan.push_back(twin != nullptr ? *twin : m);
  }
  return plan;
}

void migrate(Connection& connection) {
  int latest = latest_schema_version();
  int current = schema_version(connection);
  refuse_newer(connection, current, latest);
  if (current == latest) return;
  if (connection.dialect() == Dialect::Sqlite) {
    migrate_sqlite(connection, current);
  } else {
    migrate_postgres(connection, latest);
  }
}

}  // namespace lpg::db
