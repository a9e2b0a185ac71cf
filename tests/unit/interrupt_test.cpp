// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/store.hpp>

#include <doctest/doctest.h>

#include <csignal>

#include "db/store_impl.hpp"

using namespace lpg;

TEST_CASE("a signal makes check_interrupted throw Interrupted, and a WriteTx save nothing") {
  Store store = Store::open({":memory:", 1000, true, "lpg test"});
  install_interrupt_handlers();
  CHECK_NOTHROW(check_interrupted());
  {
    db::WriteTx tx(store);
    db::conn(store).exec(
        "INSERT INTO audit_log (at, os_user, command, action, entity) VALUES (1, 1, 1, 1, 1)");
    std::raise(SIGINT);
    CHECK(interrupt_signal() == SIGINT);
    try {
      tx.commit();
      FAIL("committed after SIGINT");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::Interrupted);
      CHECK(exit_code(e.kind()) == 130);
    }
  }
  reset_interrupt();
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  CHECK(db::conn(store).execAndGet("SELECT count(*) FROM audit_log").getInt() == 0);
}

TEST_CASE("SQLITE_INTERRUPT from the database becomes ErrorKind::Interrupted") {
  Store store = Store::open({":memory:", 1000, true, "lpg test"});
  sqlite3* handle = db::conn(store).getHandle();
  sqlite3_progress_handler(
      handle, 1000, [](void* h) { return sqlite3_interrupt(static_cast<sqlite3*>(h)), 0; }, handle);
  try {
    db::conn(store).exec(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n");
    FAIL("not interrupted");
  } catch (...) {
    CHECK(current_exception_as_error().kind() == ErrorKind::Interrupted);
  }
  sqlite3_progress_handler(handle, 0, nullptr, nullptr);
}
