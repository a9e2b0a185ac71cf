// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/maintenance.hpp>
#include <lpg/store.hpp>

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

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
