// SPDX-License-Identifier: MIT
// What only PostgreSQL has: connecting through libpq's settings, failed logins, and a
// password that must never reach a message.
#include <lpg/database_url.hpp>
#include <lpg/errors.hpp>

#include <doctest/doctest.h>

#include <string>

#include "db/sql_postgres.hpp"
#include "scratch.hpp"

using namespace lpg;

namespace {

// tests/pg/cluster.py: this role logs in only with this password.
const std::string kRole = "lpg_password";
const std::string kPassword = "lpg-test-password";

Error connect_error(const std::string& url) {
  try {
    db::open_postgres({url, 1000});
  } catch (const Error& e) {
    return e;
  }
  FAIL("connected to " << url);
  return {ErrorKind::Internal, ""};
}

bool mentions(const Error& e, const std::string& text) {
  return std::string(e.what()).find(text) != std::string::npos ||
         e.hint().find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("postgres: a server that is not there is CantCreate, naming the URL, not the password") {
  Error e = connect_error("postgresql://officer:Sup3r-s3cret@/lpg?host=/nonexistent-lpg-dir");
  CHECK(e.kind() == ErrorKind::CantCreate);
  CHECK(mentions(e, "postgresql://officer:***@/lpg?host=/nonexistent-lpg-dir"));
  CHECK_FALSE(mentions(e, "Sup3r-s3cret"));
  Error kv = connect_error("host=/nonexistent-lpg-dir password='Sup3r s3cret' dbname=lpg");
  CHECK(kv.kind() == ErrorKind::CantCreate);
  CHECK_FALSE(mentions(kv, "Sup3r"));
}

TEST_CASE("postgres: a refused login is Permission, and says nothing of the password tried") {
  if (test::postgres_url().empty()) {
    MESSAGE("PostgreSQL: skipped (no test cluster)");
    return;
  }
  const std::string wrong = "Wr0ng-pa55word";
  Error e = connect_error(test::postgres_url_as(kRole, wrong));
  CHECK(e.kind() == ErrorKind::Permission);
  CHECK(mentions(e, "refused the login"));
  CHECK(mentions(e, kRole + ":***@"));
  CHECK_FALSE(mentions(e, wrong));

  Error nobody = connect_error(test::postgres_url_as("no_such_role", ""));
  CHECK(nobody.kind() == ErrorKind::Permission);

  std::string missing = test::postgres_url();
  missing.replace(missing.find("/postgres?"), 10, "/no_such_database?");
  CHECK(connect_error(missing).kind() == ErrorKind::NotFound);
}

TEST_CASE("postgres: with the right password, errors and the name still hide it") {
  if (test::postgres_url().empty()) {
    MESSAGE("PostgreSQL: skipped (no test cluster)");
    return;
  }
  auto c = db::open_postgres({test::postgres_url_as(kRole, kPassword), 1000});
  CHECK(c->name().find(kPassword) == std::string::npos);
  CHECK(c->name().find(":***@") != std::string::npos);
  try {
    // The server quotes the value it refuses: a password typed into the wrong place.
    db::Statement q(*c, "SELECT CAST(? AS BIGINT)");
    q.bind(1, kPassword);
    q.step();
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Invalid);
    CHECK_FALSE(mentions(e, kPassword));
    CHECK(mentions(e, "***"));
  }
  try {
    c->exec("SELECT * FROM no_such_table");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Internal);
    CHECK_FALSE(mentions(e, kPassword));
  }
}

TEST_CASE("postgres: a write on a read-only session is Permission, nothing saved") {
  test::with_postgres([](test::Scratch& db) {
    auto c = db.connect();
    c->exec("CREATE TABLE t (n BIGINT)");
    c->exec("SET default_transaction_read_only = on");
    db::WriteTx tx(*c);
    try {
      c->exec("INSERT INTO t VALUES (1)");
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::Permission);
      CHECK(mentions(e, "read-only"));
    }
  });
}

TEST_CASE("postgres: a row lock held past the busy timeout is Busy") {
  test::with_postgres([](test::Scratch& db) {
    auto a = db.connect(100);
    auto b = db.connect(100);
    a->exec("CREATE TABLE t (n BIGINT); INSERT INTO t VALUES (1)");
    db::WriteTx holding(*a);
    a->exec("UPDATE t SET n = 2");
    db::WriteTx waiting(*b);
    try {
      b->exec("UPDATE t SET n = 3");
      FAIL("no error");
    } catch (const db::SerializationFailure&) {
      FAIL("a lock timeout is not a serialization failure");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::Busy);
      CHECK(mentions(e, "busy_timeout"));
    }
  });
}
