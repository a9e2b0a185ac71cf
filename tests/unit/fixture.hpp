// SPDX-License-Identifier: MIT
#pragma once
// The fixture most library tests start from: a fresh in-memory database at the latest schema,
// the default configuration, and "now" pinned to a Monday in the autumn term.

#include <lpg/config.hpp>
#include <lpg/dates.hpp>
#include <lpg/session.hpp>
#include <lpg/store.hpp>

#include <cstdint>
#include <string>

#include "db/store_impl.hpp"

namespace lpg::test {

struct Db {
  explicit Db(const char* now = "2026-11-30T09:00")
      : clock(Clock::make(std::string(now), "Europe/London")) {}

  Store store = Store::open({":memory:", 1000, true, "test"});
  Config config;
  Clock clock;
  Session session{store, clock, config};

  /// Runs SQL directly, to set up rows a test needs without the services under test.
  void exec(const std::string& sql) { db::conn(store).exec(sql); }
  /// The first column of the first row of `sql`.
  std::int64_t count(const std::string& sql) { return db::conn(store).execAndGet(sql).getInt64(); }
};

}  // namespace lpg::test
