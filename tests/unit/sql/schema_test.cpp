// SPDX-License-Identifier: MIT
// Migrations through the seam: PostgreSQL's schema (its baseline and twins) has the same
// tables, columns, keys and indexes as SQLite's, refuses the same bad rows, and both refuse a
// database newer than the binary.
#include "db/schema.hpp"

#include <lpg/errors.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <thread>

#include "db/embedded.hpp"
#include "db/schema_shape.hpp"
#include "db/sql_sqlite.hpp"
#include "scratch.hpp"

using namespace lpg;
using lpg::test::Scratch;

namespace {

std::vector<std::string> sqlite_shape() {
  auto c = db::open_sqlite({":memory:"});
  db::migrate(*c);
  return db::schema_shape(*c);
}

std::string difference(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> only_a;
  std::vector<std::string> only_b;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(only_a));
  std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(only_b));
  return fmt::format("only on SQLite:\n  {}\nonly on PostgreSQL:\n  {}\n",
                     fmt::join(only_a, "\n  "), fmt::join(only_b, "\n  "));
}

ErrorKind kind_of(db::Connection& c, const std::string& sql) {
  try {
    c.exec(sql);
  } catch (const Error& e) {
    return e.kind();
  }
  return ErrorKind::Usage;  // "no error": never a database error's kind
}

}  // namespace

TEST_CASE("schema: PostgreSQL's plan is its baseline, then a twin or the shared file each") {
  auto plan = db::migration_plan(db::Dialect::Postgres, 0);
  REQUIRE_FALSE(plan.empty());
  CHECK(std::string(plan.front().name).ends_with("_baseline.sql"));
  CHECK(plan.back().number == db::latest_schema_version());
  std::set<int> numbers;
  for (const auto& m : embedded::migrations()) numbers.insert(m.number);
  for (const auto& m : embedded::postgres_migrations()) {
    INFO(m.name);  // a twin must stand for a migration; a baseline for a version that exists
    CHECK(numbers.count(m.number) == 1);
  }
  CHECK(db::migration_plan(db::Dialect::Postgres, db::latest_schema_version()).empty());
  CHECK_THROWS_AS(db::migration_plan(db::Dialect::Postgres, 3), Error);
  CHECK(db::migration_plan(db::Dialect::Sqlite, 0).size() == embedded::migrations().size());
}

TEST_CASE("schema: PostgreSQL has SQLite's tables, columns, keys and indexes") {
  std::vector<std::string> sqlite = sqlite_shape();
  CHECK(std::find(sqlite.begin(), sqlite.end(),
                  "index area_code on area unique (code collate nocase) partial") != sqlite.end());
  test::with_postgres([&](Scratch& db) {
    auto c = db.connect();
    db::migrate(*c);
    CHECK(db::schema_version(*c) == db::latest_schema_version());
    std::vector<std::string> postgres = db::schema_shape(*c);
    INFO(difference(sqlite, postgres));
    CHECK(postgres == sqlite);
  });
}

TEST_CASE("schema: several processes may migrate at once, and migrating again changes nothing") {
  test::for_each_backend(
      [](Scratch& db) {
        std::vector<std::unique_ptr<db::Connection>> connections;
        connections.reserve(3);
        for (int i = 0; i < 3; ++i) connections.push_back(db.connect(5000));
        std::vector<std::thread> threads;
        threads.reserve(connections.size());
        std::vector<std::string> errors(connections.size());
        for (std::size_t i = 0; i < connections.size(); ++i) {
          threads.emplace_back([&, i] {
            try {
              db::migrate(*connections[i]);
            } catch (const Error& e) {
              errors[i] = e.what();
            }
          });
        }
        for (auto& t : threads) t.join();
        for (const auto& e : errors) CHECK(e.empty());
        auto c = db.connect();
        auto before = db::schema_shape(*c);
        db::migrate(*c);
        CHECK(db::schema_shape(*c) == before);
        CHECK(db::schema_version(*c) == db::latest_schema_version());
      },
      true);
}

TEST_CASE("schema: a database newer than this lpg is refused, and left alone") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    db::migrate(*c);
    int newer = db::latest_schema_version() + 1;
    if (db.dialect() == db::Dialect::Sqlite) {
      c->exec(fmt::format("PRAGMA user_version = {}", newer));
    } else {
      c->exec(fmt::format("INSERT INTO {} (version, name, applied_at) VALUES ({}, 'future', 'x')",
                          db::kMigrationTable, newer));
    }
    try {
      db::migrate(*c);
      FAIL("migrated a newer database");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::Invalid);
      CHECK(std::string(e.what()).find(fmt::format("schema version {}, newer than this lpg knows",
                                                   newer)) != std::string::npos);
    }
    CHECK(db::schema_version(*c) == newer);
  });
}

TEST_CASE("schema: the same bad rows are refused as Conflict on both") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    db::migrate(*c);
    const std::string term =
        "INSERT INTO term (year, name, seq, start_date, end_date, created_at, updated_at) "
        "VALUES ";
    c->exec(term + "('2026/27', 'autumn', 1, '2026-09-03', '2026-12-18', 'x', 'x')");
    CHECK(kind_of(*c, term + "('2026/28', 'spring', 2, '2027-01-05', '2027-03-18', 'x', 'x')") ==
          ErrorKind::Conflict);  // not the year after
    CHECK(kind_of(*c, term + "('20x6/27', 'spring', 2, '2027-01-05', '2027-03-18', 'x', 'x')") ==
          ErrorKind::Conflict);  // not a year at all: a failed CHECK, not a failed CAST
    CHECK(kind_of(*c, term + "('2026/27', 'spring', 1, '2027-01-05', '2027-03-18', 'x', 'x')") ==
          ErrorKind::Conflict);  // seq
    CHECK(kind_of(*c, term + "('2026/27', 'summer', 3, '2027-04-12', '2028-01-18', 'x', 'x')") ==
          ErrorKind::Conflict);  // past the year's second calendar year (migration 0013)
    CHECK(kind_of(*c, term + "('2026/27', 'spring', 2, '2026-12-01', '2027-03-18', 'x', 'x')") ==
          ErrorKind::Conflict);  // overlaps autumn: the trigger
    c->exec(term + "('2026/27', 'spring', 2, '2027-01-05', '2027-03-26', 'x', 'x')");
    CHECK(kind_of(*c, "UPDATE term SET end_date = '2027-01-10' WHERE name = 'autumn'") ==
          ErrorKind::Conflict);  // the update trigger
    CHECK(kind_of(*c,
                  "INSERT INTO closure (year, day, created_at) VALUES "
                  "('2026/27', '2028-01-04', 'x')") == ErrorKind::Conflict);
    c->exec("INSERT INTO grp (name, name_key, kind, created_at) VALUES ('G', 'g', 'hub', 'x')");
    CHECK(kind_of(*c,
                  "INSERT INTO organisation (name, name_key, sector, status, created_at, "
                  "updated_at) VALUES ('O', 'o', 'pre-school', 'gone', 'x', 'x')") ==
          ErrorKind::Conflict);
    CHECK(kind_of(*c,
                  "INSERT INTO membership (group_id, kind, from_date) VALUES "
                  "(1, 'core', '2026-09-01')") == ErrorKind::Conflict);  // nobody
    CHECK(kind_of(*c,
                  "INSERT INTO area (name, name_key, code, created_at) VALUES "
                  "('A', 'a', 'E1', 'x'), ('B', 'b', 'e1', 'x')") == ErrorKind::Conflict);
    CHECK(kind_of(*c,
                  "INSERT INTO grp (name, name_key, kind, area_id, created_at) VALUES "
                  "('H', 'h', 'hub', 99, 'x')") == ErrorKind::Conflict);
    CHECK(db::query_int64(*c, "SELECT count(*) FROM term") == 2);
  });
}
