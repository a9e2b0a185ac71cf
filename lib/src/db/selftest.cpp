// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/selftest.hpp>

#include <fmt/format.h>

#include <ctime>

#include "db/audit.hpp"
#include "db/store_impl.hpp"

namespace lpg {

std::int64_t selftest_slow_write(const Session& session, std::int64_t rows, int pause_ms) {
  if (rows < 1) throw Error(ErrorKind::Invalid, fmt::format("row count {} is below 1", rows));
  if (pause_ms < 0)
    throw Error(ErrorKind::Invalid, fmt::format("pause {} ms is negative", pause_ms));
  db::WriteTx tx(session.store);
  for (std::int64_t i = 1; i <= rows; ++i) {
    check_interrupted();
    db::audit(session, "selftest", "selftest", i, fmt::format("row {} of {}", i, rows));
    if (pause_ms > 0) {
      // nanosleep, not sleep_for: a signal must cut the pause short, not be slept through.
      timespec pause{pause_ms / 1000, static_cast<long>(pause_ms % 1000) * 1000000L};
      ::nanosleep(&pause, nullptr);
    }
  }
  tx.commit();
  return rows;
}

}  // namespace lpg
