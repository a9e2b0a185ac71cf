// SPDX-License-Identifier: MIT
// lpg db check: SQLite's integrity and foreign-key checks; exit 65 on any fault.
#include <lpg/errors.hpp>
#include <lpg/maintenance.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app.hpp"

namespace lpg::cli {

Action setup_db_check(CLI::App& sub) {
  sub.footer("Prints each fault found (none: prints 'ok') and exits 65 when there is one.");
  return [](Context& ctx) {
    auto faults = check_database(ctx.existing_store());
    if (ctx.format_name({"table", "csv", "json"}) == "table" && faults.empty()) {
      ctx.out() << "ok\n";
      return;
    }
    render::Table table({{"check", ""}, {"detail", ""}});
    for (const auto& fault : faults) table.add({fault.check, fault.detail});
    ctx.print(table);
    if (!faults.empty()) {
      throw Error(
          ErrorKind::Invalid,
          fmt::format("database {} failed {} check(s)", ctx.existing_store().path(), faults.size()),
          "restore from a backup ('lpg db backup' makes one) or ask for help");
    }
  };
}

}  // namespace lpg::cli
