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

TEST_CASE("migration 0012 relates meetings planned --after and --between from their keys") {
  // A board meeting, a district meeting planned 2 weeks after it (moved on 4 days past a
  // closed day), one planned after a meeting since moved later than it, and a chairs meeting
  // planned between: as lpg left them before meeting_relation existed.
  auto path = std::filesystem::temp_directory_path() / ("lpg-m12-" + std::to_string(::getpid()));
  std::filesystem::remove(path);
  {
    SQLite::Database old(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const auto& step : embedded::migrations()) {
      if (step.number <= 11) old.exec(std::string(step.sql));
    }
    old.exec("PRAGMA user_version = 11");
    old.exec(
        "INSERT INTO grp (id, name, name_key, kind, created_at) VALUES (1, 'Board', 'board', "
        "'board', 'x'), (2, 'Dover', 'dover', 'partnership', 'x'), (3, 'Chairs', 'chairs', "
        "'chairs', 'x');"
        "INSERT INTO meeting (id, group_id, starts_at, uid, schedule_key, created_at, updated_at) "
        "VALUES (1, 1, '2027-02-25 10:00', 'b1', 'at:x', 'x', 'x'), "
        "(2, 1, '2027-04-22 10:00', 'b2', NULL, 'x', 'x'), "
        "(3, 2, '2027-03-15 14:00', 'd1', 'after:b1', 'x', 'x'), "
        "(4, 2, '2027-04-20 14:00', 'd2', 'after:b2', 'x', 'x'), "
        "(5, 3, '2027-03-29 16:00', 'c1', 'between:d1', 'x', 'x'), "
        "(6, 2, '2027-06-01 14:00', 'd3', 'after:gone', 'x', 'x')");
  }
  {
    Store store = Store::open({path.string(), 1000, false, "lpg test"});
    auto& db = db::conn(store);
    CHECK(store.schema_version() == Store::latest_schema_version());
    CHECK(db.execAndGet("SELECT group_concat(meeting_id || ':' || kind || ':' || first_id || ':' "
                        "|| coalesce(second_id, '-') || ':' || coalesce(weeks, '-'), ' ') FROM "
                        "(SELECT * FROM meeting_relation ORDER BY meeting_id)")
              .getString() == "3:after:1:-:2 4:after:2:-:0 5:between:3:-:-");
    for (const auto& fault : check_database(store)) FAIL_CHECK(fault.check << ": " << fault.detail);
  }
  for (const auto& entry : std::filesystem::directory_iterator(path.parent_path())) {
    if (entry.path().filename().string().starts_with(path.filename().string())) {
      std::filesystem::remove(entry.path());
    }
  }
}

TEST_CASE("migration 0013 keeps terms, closures and the order triggers, without the August rule") {
  auto path = std::filesystem::temp_directory_path() / ("lpg-m13-" + std::to_string(::getpid()));
  std::filesystem::remove(path);
  {
    SQLite::Database old(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const auto& step : embedded::migrations()) {
      if (step.number <= 12) old.exec(std::string(step.sql));
    }
    old.exec("PRAGMA user_version = 12");
    old.exec(
        "INSERT INTO term (id, year, name, seq, start_date, end_date, half_term_start, "
        "half_term_end, created_at, updated_at) VALUES (4, '2026/27', 'autumn', 1, '2026-09-03', "
        "'2026-12-18', '2026-10-26', '2026-10-30', 'x', 'x');"
        "INSERT INTO closure (year, day, note, created_at) VALUES ('2026/27', '2027-01-04', "
        "'INSET day', 'x')");
  }
  {
    Store store = Store::open({path.string(), 1000, false, "lpg test"});
    auto& db = db::conn(store);
    CHECK(db.execAndGet("SELECT id || half_term_end FROM term").getString() == "42026-10-30");
    CHECK(db.execAndGet("SELECT note FROM closure").getString() == "INSET day");
    for (const auto& fault : check_database(store)) FAIL_CHECK(fault.check << ": " << fault.detail);
    // The order trigger is back; a late-August closure of a September year is allowed.
    CHECK_THROWS(
        db.exec("INSERT INTO term (year, name, seq, start_date, end_date, created_at, updated_at) "
                "VALUES ('2026/27', 'spring', 2, '2026-12-01', '2027-03-26', 'x', 'x')"));
    CHECK_NOTHROW(db.exec(
        "INSERT INTO closure (year, day, created_at) VALUES ('2026/27', '2027-08-30', 'x')"));
  }
  for (const auto& entry : std::filesystem::directory_iterator(path.parent_path())) {
    if (entry.path().filename().string().starts_with(path.filename().string())) {
      std::filesystem::remove(entry.path());
    }
  }
}

TEST_CASE("migration 0015 ties old audit rows to their people and keeps today's values") {
  auto path = std::filesystem::temp_directory_path() / ("lpg-m15-" + std::to_string(::getpid()));
  std::filesystem::remove(path);
  {
    SQLite::Database old(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const auto& step : embedded::migrations()) {
      if (step.number <= 11) old.exec(std::string(step.sql));
    }
    old.exec("PRAGMA user_version = 11");
    old.exec(
        "INSERT INTO grp (id, name, name_key, kind, created_at) VALUES (1, 'Hub', 'hub', 'hub', "
        "'x');"
        "INSERT INTO person (id, name, name_key, email, created_at, updated_at) VALUES "
        "(1, 'Jo', 'jo', 'jo@x.org', 'x', 'x'), (2, 'Sam', 'sam', NULL, 'x', 'x');"
        "INSERT INTO membership (id, group_id, person_id, kind, from_date) VALUES "
        "(4, 1, 1, 'additional', '2026-01-01');"
        "INSERT INTO meeting (id, group_id, starts_at, uid, created_at, updated_at) VALUES "
        "(1, 1, '2026-10-01T18:30', 'u1', 'x', 'x');"
        "INSERT INTO attendance (meeting_id, person_id, status, represented_by, recorded_at) "
        "VALUES (1, 2, 'represented', 1, 'x');"
        "INSERT INTO audit_log (id, at, os_user, command, action, entity, entity_id, detail) "
        "VALUES (1, 'x', 'u', 'c', 'add', 'person', 1, ''), (2, 'x', 'u', 'c', 'add', "
        "'membership', 4, ''), (3, 'x', 'u', 'c', 'attend', 'meeting', 1, 'person 2 "
        "represented'), (4, 'x', 'u', 'lpg group add Hub', 'add', 'grp', 1, '')");
  }
  {
    Store store = Store::open({path.string(), 1000, false, "lpg test"});
    auto& db = db::conn(store);
    CHECK(db.execAndGet("SELECT group_concat(person_id || ':' || audit_id, ' ') FROM "
                        "(SELECT * FROM audit_person ORDER BY audit_id, person_id)")
              .getString() == "1:1 1:2 1:3 2:3");
    CHECK(db.execAndGet("SELECT group_concat(person_id || field || '=' || value, ' ') FROM "
                        "(SELECT * FROM person_former ORDER BY person_id, field)")
              .getString() == "1email=jo@x.org 1name=Jo 2name=Sam");
    // From now on, every value a person is given is kept until they are forgotten.
    db.exec("UPDATE person SET name = 'Joanna' WHERE id = 1");
    CHECK(db.execAndGet("SELECT count(*) FROM person_former WHERE person_id = 1 AND field = "
                        "'name'")
              .getInt() == 2);
    for (const auto& fault : check_database(store)) FAIL_CHECK(fault.check << ": " << fault.detail);
  }
  for (const auto& entry : std::filesystem::directory_iterator(path.parent_path())) {
    if (entry.path().filename().string().starts_with(path.filename().string())) {
      std::filesystem::remove(entry.path());
    }
  }
}
