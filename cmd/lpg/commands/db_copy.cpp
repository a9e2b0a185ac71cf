// SPDX-License-Identifier: MIT
// lpg db copy SOURCE TARGET [--force]: a whole database from one store to the other.
#include <lpg/db_copy.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

namespace {
struct DbCopyOptions {
  std::string source;
  std::string target;
  bool force = false;
};
}  // namespace

Action setup_db_copy(CLI::App& sub) {
  auto o = std::make_shared<DbCopyOptions>();
  sub.add_option("source", o->source, "The database to copy: a file or a postgresql:// URL")
      ->required();
  sub.add_option("target", o->target, "Where the copy goes: a file or a postgresql:// URL")
      ->required();
  sub.add_flag("--force", o->force, "Replace what the target holds (else it must be empty)");
  sub.footer(
      "Copies every table in one transaction, then reads both sides again and compares each\n"
      "table's row count and a SHA-256 digest of its rows; prints them. --db is not used.");
  return [o](Context& ctx) {
    CopyResult result = copy_database(
        {o->source, o->target, o->force, ctx.config().busy_timeout_ms, ctx.command_line()});
    render::Record record;
    record.add("source", result.source).add("target", result.target).add("digest", result.digest);
    render::Table tables({{"table", ""}, {"rows", ""}, {"digest", ""}});
    for (const auto& t : result.tables) tables.add({t.table, t.rows, t.digest});
    render::print(ctx.out(), record, {{"tables", tables}}, ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
