// SPDX-License-Identifier: MIT
// The storage seam (lib/src/db/sql.hpp): each case runs on SQLite and on PostgreSQL.
#include <lpg/errors.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "db/sql.hpp"
#include "scratch.hpp"

using namespace lpg;
using lpg::test::Scratch;

namespace {

void make_values_table(db::Connection& c) {
  c.exec("CREATE TABLE v (k BIGINT NOT NULL, i BIGINT, r DOUBLE PRECISION, t TEXT)");
}

ErrorKind kind_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.kind();
  }
  FAIL("no error thrown");
  return ErrorKind::Internal;
}

}  // namespace

TEST_CASE("seam: every type binds and reads back, and NULL reads as NULL") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    make_values_table(*c);
    db::Statement insert(*c, "INSERT INTO v (k, i, r, t) VALUES (?, ?, ?, ?)");
    const std::int64_t big = std::numeric_limits<std::int64_t>::max();
    const std::string text = "It's \"quoted\", has ? and :colon and é";
    insert.bind(1, 1);
    insert.bind(2, big);
    insert.bind(3, 2.5);
    insert.bind(4, text);
    CHECK(insert.exec() == 1);
    insert.bind(1, 2L);
    insert.bind(2, std::numeric_limits<std::int64_t>::min());
    insert.bind(3, -0.125);
    insert.bind(4, std::string_view("view"));
    insert.exec();
    insert.bind(1, 3LL);
    insert.bind(2, std::optional<std::int64_t>());
    insert.bind(3);
    insert.bind(4, nullptr);
    insert.exec();
    insert.bind(1, 4u);
    insert.bind(2, std::optional<std::int64_t>(-7));
    insert.bind(3, std::optional<double>(1e300));
    insert.bind(4, "");
    insert.exec();

    db::Statement q(*c, "SELECT k, i, r, t FROM v ORDER BY k");
    REQUIRE(q.step());
    CHECK(q.column(1).int64() == big);
    CHECK(q.column(2).real() == 2.5);
    CHECK(q.column(3).text() == text);
    CHECK(q.column(3).text_view() == text);
    REQUIRE(q.step());
    CHECK(q.column(1).int64() == std::numeric_limits<std::int64_t>::min());
    CHECK(q.column(2).real() == -0.125);
    CHECK(q.column(3).opt_text() == "view");
    REQUIRE(q.step());
    for (int i = 1; i <= 3; ++i) CHECK(q.column(i).is_null());
    CHECK(q.column(1).int64() == 0);
    CHECK(q.column(2).real() == 0.0);
    CHECK(q.column(3).text().empty());
    CHECK_FALSE(q.column(1).opt_int64().has_value());
    CHECK_FALSE(q.column(2).opt_real().has_value());
    CHECK_FALSE(q.column(3).opt_text().has_value());
    REQUIRE(q.step());
    CHECK(q.column(0).int32() == 4);
    CHECK(q.column(1).opt_int64() == -7);
    CHECK(q.column(2).opt_real() == 1e300);
    CHECK_FALSE(q.column(3).is_null());  // the empty text is not NULL, on both
    CHECK(q.column(3).text().empty());
    CHECK_FALSE(q.step());
    CHECK(q.column_count() == 4);
    CHECK(q.column_name(3) == "t");
  });
}

TEST_CASE("seam: ?, ?N and :name are numbered as SQLite numbers them, and a quoted ? stays text") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    db::Statement q(*c,
                    "SELECT '?', CAST(?2 AS TEXT), CAST(?1 AS TEXT) /* ? here */, "
                    "'it''s :not a ?', CAST(:a AS TEXT), CAST(? AS TEXT), CAST(:a AS TEXT) "
                    "-- ? and :b\n"
                    ", \"?\" FROM (SELECT 'id' AS \"?\") AS x");
    q.bind(1, "one");
    q.bind(2, "two");
    q.bind(":a", "named");  // :a is 3, the next ? is 4
    q.bind(4, "four");
    REQUIRE(q.step());
    CHECK(q.column(0).text() == "?");
    CHECK(q.column(1).text() == "two");
    CHECK(q.column(2).text() == "one");
    CHECK(q.column(3).text() == "it's :not a ?");
    CHECK(q.column(4).text() == "named");
    CHECK(q.column(5).text() == "four");
    CHECK(q.column(6).text() == "named");
    CHECK(q.column(7).text() == "id");
    CHECK(q.parameter_index("a") == 3);
    CHECK_THROWS_AS(q.parameter_index(":missing"), Error);
  });
}

TEST_CASE("seam: a comparison or EXISTS reads as 1 or 0, as SQLite gives it") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    make_values_table(*c);
    db::Statement q(*c, "SELECT 1 = 1, EXISTS (SELECT 1 FROM v), 2 > 3, NULL IS NULL");
    REQUIRE(q.step());
    CHECK(q.column(0).int64() == 1);
    CHECK(q.column(0).text() == "1");
    CHECK(q.column(1).int64() == 0);
    CHECK(q.column(2).text() == "0");
    CHECK(q.column(3).int32() == 1);
    CHECK(db::query_int64(*c, "SELECT count(*) FROM v") == 0);
    CHECK(db::query_text(*c, "SELECT 'x' || 'y'") == "xy");
  });
}

TEST_CASE("seam: reset keeps the bindings, step after the end runs again, binding restarts") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    make_values_table(*c);
    c->exec("INSERT INTO v (k, t) VALUES (1, 'a'); INSERT INTO v (k, t) VALUES (2, 'b')");
    db::Statement q(*c, "SELECT t FROM v WHERE k >= ? ORDER BY k");
    q.bind(1, 1);
    REQUIRE(q.step());
    CHECK(q.column(0).text() == "a");
    q.reset();
    REQUIRE(q.step());
    CHECK(q.column(0).text() == "a");
    REQUIRE(q.step());
    CHECK_FALSE(q.step());
    CHECK_THROWS_AS(q.column(0).text(), Error);  // no current row
    REQUIRE(q.step());                           // from the start again
    CHECK(q.column(0).text() == "a");
    q.bind(1, 2);  // mid-run: starts over with the new value
    REQUIRE(q.step());
    CHECK(q.column(0).text() == "b");
    q.clear_bindings();  // k >= NULL: nothing
    CHECK_FALSE(q.step());
  });
}

TEST_CASE("seam: exec counts the rows changed, exec_id returns the new id") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    test::create_table_with_id(*c, "item", "name TEXT NOT NULL");
    db::Statement add(*c, "INSERT INTO item (name) VALUES (?) RETURNING id");
    add.bind(1, "first");
    std::int64_t first = add.exec_id();
    add.bind(1, "second");
    std::int64_t second = add.exec_id();
    CHECK(second > first);
    db::Statement rename(*c, "UPDATE item SET name = name || '!' WHERE id >= ?");
    rename.bind(1, first);
    CHECK(rename.exec() == 2);
    CHECK(c->changes() == 2);
    c->exec("DELETE FROM item WHERE id = " + std::to_string(first));
    CHECK(c->changes() == 1);
    db::Statement q(*c, "SELECT name FROM item");
    while (q.step()) {
    }
    CHECK(c->changes() == 1);  // a SELECT changes nothing

    // Rows inserted with their own ids, then the next generated id follows them.
    c->exec("INSERT INTO item (id, name) VALUES (100, 'imported')");
    c->resync_ids("item");
    add.bind(1, "after");
    CHECK(add.exec_id() == 101);
  });
}

TEST_CASE("seam: a nested WriteTx is a savepoint that rolls back or commits on its own") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    make_values_table(*c);
    auto add = [&](int k) { c->exec("INSERT INTO v (k) VALUES (" + std::to_string(k) + ")"); };
    {
      db::WriteTx outer(*c);
      CHECK_FALSE(outer.nested());
      CHECK(c->in_transaction());
      add(1);
      {
        db::WriteTx step(*c);
        CHECK(step.nested());
        add(2);
        {
          db::WriteTx deeper(*c);
          add(3);
          deeper.commit();
        }
      }  // not committed: 2 and 3 go
      {
        db::WriteTx step(*c);
        add(4);
        step.commit();
      }
      outer.commit();
    }
    CHECK_FALSE(c->in_transaction());
    {
      db::WriteTx dropped(*c);
      add(5);
    }
    CHECK(db::query_int64(*c, "SELECT count(*) FROM v") == 2);
    CHECK(db::query_int64(*c, "SELECT sum(k) FROM v") == 5);
  });
}

TEST_CASE("seam: a failed statement in a savepoint leaves the transaction usable") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    c->exec("CREATE TABLE u (name TEXT NOT NULL UNIQUE)");
    c->exec("INSERT INTO u VALUES ('taken')");
    db::WriteTx tx(*c);
    try {
      db::WriteTx row(*c);  // as the import row loops do
      c->exec("INSERT INTO u VALUES ('new one')");
      c->exec("INSERT INTO u VALUES ('taken')");
      row.commit();
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::Conflict);
    }
    c->exec("INSERT INTO u VALUES ('later')");
    tx.commit();
    CHECK(db::query_int64(*c, "SELECT count(*) FROM u") == 2);  // 'taken' and 'later'
  });
}

TEST_CASE("seam: without a savepoint, a failed statement spoils a PostgreSQL transaction") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    c->exec("CREATE TABLE u (name TEXT NOT NULL UNIQUE)");
    c->exec("INSERT INTO u VALUES ('taken')");
    db::WriteTx tx(*c);
    CHECK(kind_of([&] { c->exec("INSERT INTO u VALUES ('taken')"); }) == ErrorKind::Conflict);
    if (db.dialect() == db::Dialect::Sqlite) {
      c->exec("INSERT INTO u VALUES ('later')");
      tx.commit();
      CHECK(db::query_int64(*c, "SELECT count(*) FROM u") == 2);
    } else {
      CHECK(kind_of([&] { c->exec("INSERT INTO u VALUES ('later')"); }) == ErrorKind::Internal);
      CHECK(kind_of([&] { tx.commit(); }) == ErrorKind::Internal);  // not a silent rollback
      CHECK(db::query_int64(*c, "SELECT count(*) FROM u") == 1);
    }
  });
}

TEST_CASE("seam: unique, foreign-key, NOT NULL and CHECK violations are Conflict") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    c->exec(
        "CREATE TABLE parent (id BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
        "n BIGINT CHECK (n >= 0))");
    c->exec("CREATE TABLE child (parent_id BIGINT NOT NULL REFERENCES parent (id))");
    c->exec("INSERT INTO parent (id, name) VALUES (1, 'a')");
    auto insert = [&](const char* sql) {
      return kind_of([&] {
        db::Statement q(*c, sql);
        q.exec();
      });
    };
    CHECK(insert("INSERT INTO parent (id, name) VALUES (2, 'a')") == ErrorKind::Conflict);
    CHECK(insert("INSERT INTO parent (id, name) VALUES (1, 'b')") == ErrorKind::Conflict);
    CHECK(insert("INSERT INTO child (parent_id) VALUES (99)") == ErrorKind::Conflict);
    CHECK(insert("INSERT INTO parent (id, name) VALUES (3, NULL)") == ErrorKind::Conflict);
    CHECK(insert("INSERT INTO parent (id, name, n) VALUES (4, 'd', -1)") == ErrorKind::Conflict);
    c->exec("INSERT INTO child (parent_id) VALUES (1)");
    CHECK(insert("DELETE FROM parent WHERE id = 1") == ErrorKind::Conflict);
  });
}

TEST_CASE("seam: the dialect helpers mean the same on both") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    const auto& sql = c->sql();
    auto text = [&](const std::string& select, const char* bound = nullptr) {
      db::Statement q(*c, "SELECT " + select);
      if (bound != nullptr) q.bind(1, bound);
      REQUIRE(q.step());
      return q.column(0).text();
    };
    CHECK(text(sql.add_days("'2028-02-27'", "3")) == "2028-03-01");
    CHECK(text(sql.add_days("'2027-01-14 18:30'", "-14")) == "2026-12-31");
    CHECK(text(sql.add_days("CAST(?1 AS TEXT)", "14"), "2026-10-14") == "2026-10-28");
    CHECK(text(sql.days_between("'2026-12-25'", "'2027-01-01'")) == "7");
    CHECK(text(sql.days_between("'2027-01-01'", "'2026-12-25'")) == "-7");
    CHECK(text(sql.instr("'day-nursery,pre-school'", "'pre'")) == "13");
    CHECK(text(sql.instr("'abc'", "CAST(?1 AS TEXT)"), "z") == "0");
    c->exec("CREATE TABLE g (k BIGINT, name TEXT)");
    c->exec("INSERT INTO g VALUES (1, 'only'), (2, NULL)");
    CHECK(text(sql.group_concat("name", "', '", "k") + " FROM g") == "only");
    CHECK(text(sql.group_concat("k", "'+'", "k") + " FROM g WHERE k = 1") == "1");
    // In the order asked for, from a subquery sorted that way (SQLite keeps its order).
    CHECK(text(sql.group_concat("x.k", "'+'", "x.k DESC") +
               " FROM (SELECT k FROM g ORDER BY k DESC) x") == "2+1");
    c->exec("INSERT INTO g VALUES (3, '50%_off\\x'), (4, '50xyoffx')");
    db::Statement like(*c, "SELECT k FROM g WHERE name LIKE ? ESCAPE '\\'");
    like.bind(1, db::SqlDialect::like_pattern("50%_off\\") + "%");
    REQUIRE(like.step());
    CHECK(like.column(0).int64() == 3);
    CHECK_FALSE(like.step());
  });
}

TEST_CASE("seam: COLLATE NOCASE compares without case on both") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    if (db.dialect() == db::Dialect::Postgres) {
      // What the PostgreSQL schema defines (share/migrations/postgres/0011_baseline.sql).
      c->exec(
          "CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', "
          "deterministic = false)");
    }
    c->exec("CREATE TABLE a (code TEXT)");
    c->exec("CREATE UNIQUE INDEX a_code ON a (code COLLATE NOCASE)");
    c->exec("INSERT INTO a VALUES ('E10000999')");
    db::Statement q(*c, "SELECT code FROM a WHERE code = ? COLLATE NOCASE");
    q.bind(1, "e10000999");
    REQUIRE(q.step());
    CHECK(q.column(0).text() == "E10000999");
    CHECK(kind_of([&] { c->exec("INSERT INTO a VALUES ('e10000999')"); }) == ErrorKind::Conflict);
  });
}

TEST_CASE("seam: two bulk loads written in turn all land before the next statement") {
  // An import writes organisations and their identifiers a batch at a time, in turn. On
  // PostgreSQL the second table's rows are held while the first's COPY streams, and sent when
  // the connection is next needed: they must be there for that statement.
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    c->exec("CREATE TABLE p (id BIGINT PRIMARY KEY, name TEXT NOT NULL)");
    c->exec("CREATE TABLE k (p_id BIGINT NOT NULL REFERENCES p (id), code TEXT NOT NULL UNIQUE)");
    db::WriteTx tx(*c);
    db::BulkInsert parents(*c, "p", {"id", "name"});
    db::BulkInsert keys(*c, "k", {"p_id", "code"});
    for (std::int64_t batch = 0; batch < 5; ++batch) {
      std::vector<std::string> names, codes;  // a text must stay put until write()
      names.reserve(1000);
      codes.reserve(1000);
      for (std::int64_t i = batch * 1000; i < (batch + 1) * 1000; ++i) {
        names.push_back(fmt::format("parent {}{:x<300}", i, ""));  // > 256 KiB
        codes.push_back(fmt::format("K{}", i));
        parents.add(i);
        parents.add(names.back());
        parents.end_row();
        keys.add(i);
        keys.add(codes.back());
        keys.end_row();
      }
      CHECK(parents.write() == 1000);
      CHECK(keys.write() == 1000);
    }
    CHECK(db::query_int64(*c, "SELECT count(*) FROM k") == 5000);
    CHECK(db::query_int64(*c, "SELECT count(*) FROM p") == 5000);
    CHECK(db::query_int64(*c, "SELECT count(*) FROM k WHERE code = 'K' || CAST(p_id AS TEXT)") ==
          5000);
    tx.commit();
    CHECK(db::query_int64(*c, "SELECT count(*) FROM k JOIN p ON p.id = k.p_id") == 5000);
  });
}

TEST_CASE("seam: a held bulk row the database refuses fails the whole load") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    c->exec("CREATE TABLE p (id BIGINT PRIMARY KEY)");
    c->exec("CREATE TABLE k (code TEXT NOT NULL UNIQUE)");
    c->exec("INSERT INTO k VALUES ('taken')");
    bool failed = false;
    try {
      db::WriteTx tx(*c);
      db::BulkInsert parents(*c, "p", {"id"});
      db::BulkInsert keys(*c, "k", {"code"});
      parents.add(std::int64_t{1});
      parents.end_row();
      parents.write();
      keys.add("taken");  // refused: held on PostgreSQL until the next statement
      keys.end_row();
      keys.write();
      db::query_int64(*c, "SELECT count(*) FROM p");
      tx.commit();
    } catch (const db::BulkLoadFailed& e) {
      failed = e.kind() == ErrorKind::Conflict;
    }
    CHECK(failed);
    CHECK(db::query_int64(*c, "SELECT count(*) FROM p") == 0);
    CHECK(db::query_int64(*c, "SELECT count(*) FROM k") == 1);
  });
}
