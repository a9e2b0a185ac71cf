// SPDX-License-Identifier: MIT
// Several connections at once through the storage seam: writers lose nothing (SQLite by its
// single write lock, PostgreSQL by SERIALIZABLE and with_write_tx's retries), readers see a
// snapshot, and interrupt() stops a running statement.
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>
#include <vector>

#include "db/sql.hpp"
#include "scratch.hpp"

using namespace lpg;
using lpg::test::Scratch;

namespace {

std::int64_t counter(db::Connection& c) { return db::query_int64(c, "SELECT n FROM counter"); }

void set_counter(db::Connection& c, std::int64_t n) {
  db::Statement q(c, "UPDATE counter SET n = ?");
  q.bind(1, n);
  q.exec();
}

void bump(db::Connection& c) {
  db::with_write_tx(c, [&] { set_counter(c, counter(c) + 1); });
}

void make_counter(db::Connection& c) {
  c.exec("CREATE TABLE counter (n BIGINT NOT NULL)");
  c.exec("INSERT INTO counter VALUES (0)");
  c.exec("CREATE TABLE log (worker BIGINT NOT NULL, seq BIGINT NOT NULL)");
}

}  // namespace

TEST_CASE("seam: another writer's change between a read and a write is never lost") {
  test::for_each_backend(
      [](Scratch& db) {
        auto a = db.connect(200);
        auto b = db.connect(200);
        make_counter(*a);
        int attempts = 0;
        db::with_write_tx(*a, [&] {
          ++attempts;
          std::int64_t n = counter(*a);
          if (attempts == 1) {
            if (db.dialect() == db::Dialect::Sqlite) {
              // BEGIN IMMEDIATE holds the write lock: the other writer waits, then is busy.
              try {
                bump(*b);
                FAIL("a second SQLite writer got in");
              } catch (const Error& e) {
                CHECK(e.kind() == ErrorKind::Busy);
              }
            } else {
              bump(*b);  // SERIALIZABLE: it commits first, and this write must not overwrite it
            }
          }
          set_counter(*a, n + 1);
        });
        if (db.dialect() == db::Dialect::Sqlite) {
          CHECK(attempts == 1);
          bump(*b);
        } else {
          CHECK(attempts == 2);  // the serialization failure re-ran the unit of work
        }
        CHECK(counter(*a) == 2);
      },
      true);
}

TEST_CASE("seam: four writers on their own connections lose nothing and fail nothing") {
  test::for_each_backend(
      [](Scratch& db) {
        make_counter(*db.connect());
        constexpr int kWorkers = 4;
        constexpr int kWrites = 12;
        std::vector<std::unique_ptr<db::Connection>> connections;
        connections.reserve(kWorkers);
        for (int w = 0; w < kWorkers; ++w) connections.push_back(db.connect(5000));
        std::atomic<int> failures{0};
        std::vector<std::thread> workers;
        workers.reserve(kWorkers);
        for (int w = 0; w < kWorkers; ++w) {
          workers.emplace_back([&, w] {
            db::Connection& c = *connections[static_cast<std::size_t>(w)];
            for (int i = 0; i < kWrites; ++i) {
              try {
                db::with_write_tx(c, [&] {
                  db::Statement log(c, "INSERT INTO log (worker, seq) VALUES (?, ?)");
                  log.bind(1, w);
                  log.bind(2, i);
                  log.exec();
                  set_counter(c, counter(c) + 1);
                });
              } catch (const Error&) {
                ++failures;
              }
            }
          });
        }
        for (auto& t : workers) t.join();
        auto c = db.connect();
        CHECK(failures == 0);
        CHECK(counter(*c) == kWorkers * kWrites);
        CHECK(db::query_int64(*c, "SELECT count(*) FROM log") == kWorkers * kWrites);
      },
      true);
}

TEST_CASE("seam: with_write_tx gives up as Busy after kWriteAttempts failures to serialize") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    int outer = 0;
    int inner = 0;
    // A nested with_write_tx passes the failure up: the outermost re-runs everything.
    db::with_write_tx(*c, [&] {
      ++outer;
      db::with_write_tx(*c, [&] {
        if (++inner == 1) throw db::SerializationFailure(ErrorKind::Busy, "conflict");
      });
    });
    CHECK(outer == 2);
    CHECK(inner == 2);
    if (db.dialect() != db::Dialect::Sqlite) return;  // the rest needs no server: once is enough
    int runs = 0;
    try {
      db::with_write_tx(*c, [&] {
        ++runs;
        throw db::SerializationFailure(ErrorKind::Busy, "could not serialize access");
      });
      FAIL("no error");
    } catch (const db::SerializationFailure&) {
      FAIL("the last failure escaped as a SerializationFailure, which callers would retry");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::Busy);
      CHECK(std::string(e.what()).find("clashed with other writers 8 times") != std::string::npos);
    }
    CHECK(runs == db::kWriteAttempts);
    CHECK_FALSE(c->in_transaction());
  });
}

TEST_CASE("seam: a ReadTx reads one snapshot while another connection writes") {
  test::for_each_backend(
      [](Scratch& db) {
        auto reader = db.connect();
        auto writer = db.connect();
        make_counter(*writer);
        {
          db::ReadTx snapshot(*reader);
          CHECK(counter(*reader) == 0);
          bump(*writer);  // the reader blocks no writer
          CHECK(counter(*reader) == 0);
          db::ReadTx nested(*reader);  // adds nothing inside a transaction
          CHECK(counter(*reader) == 0);
        }
        CHECK(counter(*reader) == 1);
      },
      true);
}

TEST_CASE("seam: interrupt() stops a running statement: Interrupted once a signal came") {
  test::for_each_backend([](Scratch& db) {
    auto c = db.connect();
    const char* forever = db.dialect() == db::Dialect::Sqlite
                              ? "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) "
                                "SELECT count(*) FROM r"
                              : "SELECT pg_sleep(30)";
    install_interrupt_handlers();
    std::raise(SIGINT);
    std::atomic<bool> done{false};
    std::thread stopper([&] {
      while (!done) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        c->interrupt();
      }
    });
    auto began = std::chrono::steady_clock::now();
    ErrorKind kind = ErrorKind::Internal;
    try {
      db::Statement q(*c, forever);
      q.step();
    } catch (const Error& e) {
      kind = e.kind();
    }
    done = true;
    stopper.join();
    reset_interrupt();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    CHECK(kind == ErrorKind::Interrupted);
    CHECK(std::chrono::steady_clock::now() - began < std::chrono::seconds(5));
    CHECK(db::query_int64(*c, "SELECT 1") == 1);  // the connection still works
  });
}
