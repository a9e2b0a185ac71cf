// SPDX-License-Identifier: MIT
// lpg import groups FILE: groups and their reporting lines, as `lpg export groups` writes them.
#include <lpg/group_import.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/import_summary.hpp"

namespace lpg::cli {

Action setup_import_groups(CLI::App& sub) {
  return list_import_command(
      sub, "The group list (CSV)",
      "Fields: id, name, kind, area, cadence, quorum, reports_to (names separated by ';'),\n"
      "description, archived_at. A row is matched by id, then name; otherwise the group is\n"
      "added. Parents may come after their children. One transaction.",
      &import_groups);
}

}  // namespace lpg::cli
