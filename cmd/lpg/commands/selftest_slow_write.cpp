// SPDX-License-Identifier: MIT
// lpg __selftest-slow-write N (hidden): one long write transaction, for the reliability tests.
#include <lpg/selftest.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

namespace {
struct SelftestSlowWriteOptions {
  std::int64_t rows = 0;
  int pause_ms = 0;
};
}  // namespace

Action setup_selftest_slow_write(CLI::App& sub) {
  auto o = std::make_shared<SelftestSlowWriteOptions>();
  sub.add_option("rows", o->rows, "How many audit records to write in one transaction")->required();
  sub.add_option("--pause-ms", o->pause_ms, "Sleep this long after each row");
  return [o](Context& ctx) {
    std::int64_t written = selftest_slow_write(ctx.session(), o->rows, o->pause_ms);
    ctx.note("wrote " + std::to_string(written) + " rows");
  };
}

}  // namespace lpg::cli
