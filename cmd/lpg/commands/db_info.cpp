// SPDX-License-Identifier: MIT
// lpg db info: where the database is, its schema version, size and rows per table.
#include <lpg/maintenance.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

Action setup_db_info(CLI::App& /*sub*/) {
  return [](Context& ctx) {
    DatabaseInfo info = database_info(ctx.existing_store());
    render::Record record;
    record.add("path", info.path)
        .add("schema_version", std::int64_t{info.schema_version}, "schema version")
        .add("size_bytes", info.size_bytes, "size (bytes)")
        .add("journal_mode", info.journal_mode, "journal mode");
    render::Table tables({{"table", ""}, {"rows", ""}});
    for (const auto& t : info.tables) tables.add({t.table, t.rows});
    render::print(ctx.out(), record, {{"tables", tables}}, ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
