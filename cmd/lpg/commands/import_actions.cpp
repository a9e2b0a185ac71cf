// SPDX-License-Identifier: MIT
// lpg import actions FILE: actions as 'lpg export actions' writes them.
#include <lpg/meeting_io.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/import_summary.hpp"

namespace lpg::cli {

Action setup_import_actions(CLI::App& sub) {
  return list_import_command(
      sub, "The file (CSV, as lpg export actions writes it)",
      "Matched by id (of the same meeting); otherwise added. Owner person:REF or org:REF.\n"
      "One transaction.",
      &import_actions);
}

}  // namespace lpg::cli
