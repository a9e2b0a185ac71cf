// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/maintenance.hpp>
#include <lpg/store.hpp>

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "db/embedded.hpp"
#include "db/store_impl.hpp"

using namespace lpg;

TEST_CASE("a new store is migrated to the latest schema with foreign keys on") {
  Store store = Store::open({":memory:", 1000, true, "lpg test"});
  CHECK(store.schema_version() == Store::latest_schema_version());
  CHECK(Store::latest_schema_version() >= 1);
  CHECK(db::conn(store).execAndGet("PRAGMA foreign_keys").getInt() == 1);
  CHECK(check_database(store).empty());
}

TEST_CASE("a missing database is not created when the command only reads") {
  try {
    Store::open({"/nonexistent-dir-lpg/x.db", 1000, false, ""});
    FAIL("opened");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::NotFound);
  }
}

TEST_CASE("exit codes follow sysexits") {
  CHECK(exit_code(ErrorKind::Usage) == 64);
  CHECK(exit_code(ErrorKind::Invalid) == 65);
  CHECK(exit_code(ErrorKind::NotFound) == 66);
  CHECK(exit_code(ErrorKind::CantCreate) == 73);
  CHECK(exit_code(ErrorKind::Io) == 74);
  CHECK(exit_code(ErrorKind::Busy) == 75);
  CHECK(exit_code(ErrorKind::Permission) == 77);
  CHECK(exit_code(ErrorKind::Config) == 78);
  CHECK(exit_code(ErrorKind::Internal) == 70);
}

TEST_CASE("creating a database leaves an existing directory's mode alone") {
  std::string dir = "/tmp/lpg-unit-mode-XXXXXX";
  REQUIRE(::mkdtemp(dir.data()) != nullptr);
  ::chmod(dir.c_str(), 0755);
  { Store::open({dir + "/lpg.db", 1000, true, ""}); }
  struct stat st {};
  REQUIRE(::stat(dir.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0755);
  { Store::open({dir + "/new/lpg.db", 1000, true, ""}); }
  REQUIRE(::stat((dir + "/new").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0700);
  std::filesystem::remove_all(dir);
}

TEST_CASE("migration 0011 rebuilds organisation and org_identifier keeping rows and references") {
  // A database at schema 10 with providers, identifiers and a membership, as lpg 0.x left it.
  auto path = std::filesystem::temp_directory_path() / ("lpg-m11-" + std::to_string(::getpid()));
  std::filesystem::remove(path);
  {
    SQLite::Database old(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const auto& step : embedded::migrations()) {
      if (step.number <= 10) old.exec(std::string(step.sql));
    }
    old.exec("PRAGMA user_version = 10");
    old.exec(
        "INSERT INTO organisation (id, name, name_key, sector, status, created_at, updated_at) "
        "VALUES (7, 'Little Acorns', 'little acorns', 'day-nursery', 'closed', 'x', 'x'), "
        "(9, 'Tiny Steps', 'tiny steps', 'childminder', 'open', 'x', 'x');"
        "INSERT INTO org_identifier (org_id, scheme, value) VALUES (7, 'ofsted-urn', 'EY111111'), "
        "(9, 'ofsted-urn', 'EY222222');"
        "INSERT INTO grp (id, name, name_key, kind, created_at) VALUES (1, 'G', 'g', "
        "'partnership', 'x');"
        "INSERT INTO membership (group_id, org_id, kind, from_date) VALUES (1, 9, 'additional', "
        "'2026-01-01')");
  }
  {
    Store store = Store::open({path.string(), 1000, false, "lpg test"});
    auto& db = db::conn(store);
    CHECK(store.schema_version() == Store::latest_schema_version());
    CHECK(db.execAndGet("SELECT group_concat(id || status) FROM organisation").getString() ==
          "7closed,9open");
    CHECK(db.execAndGet("SELECT group_concat(value) FROM org_identifier WHERE org_id = 9")
              .getString() == "EY222222");
    for (const auto& fault : check_database(store)) FAIL_CHECK(fault.check << ": " << fault.detail);
    // The references still hold and still act: the status check, and the cascade.
    CHECK_THROWS(db.exec("UPDATE organisation SET status = 'gone' WHERE id = 9"));
    CHECK_THROWS(db.exec("DELETE FROM organisation WHERE id = 9"));  // a member
    db.exec("DELETE FROM organisation WHERE id = 7");
    CHECK(db.execAndGet("SELECT count(*) FROM org_identifier WHERE org_id = 7").getInt() == 0);
  }
  for (const auto& entry : std::filesystem::directory_iterator(path.parent_path())) {
    if (entry.path().filename().string().starts_with(path.filename().string())) {
      std::filesystem::remove(entry.path());
    }
  }
}
