// SPDX-License-Identifier: MIT
// lpg db backup PATH: an online copy through SQLite's backup API.
#include <lpg/maintenance.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

namespace {
struct DbBackupOptions {
  std::string target;
  bool force = false;
};
}  // namespace

Action setup_db_backup(CLI::App& sub) {
  auto o = std::make_shared<DbBackupOptions>();
  sub.add_option("path", o->target, "The backup file to write")->required();
  sub.add_flag("--force", o->force, "Overwrite the file if it exists");
  sub.footer("The copy is consistent even while another lpg writes, and is created mode 0600.");
  return [o](Context& ctx) {
    backup_database(ctx.existing_store(), o->target, o->force);
    ctx.note("backed up " + ctx.existing_store().path() + " to " + o->target);
  };
}

}  // namespace lpg::cli
