// SPDX-License-Identifier: MIT
// lpg import meetings FILE: meetings as 'lpg export meetings' writes them.
#include <lpg/meeting_io.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/import_summary.hpp"

namespace lpg::cli {

Action setup_import_meetings(CLI::App& sub) {
  return list_import_command(
      sub, "The file (CSV, as lpg export meetings writes it)",
      "Matched by uid, else id; otherwise added. Recorded history: no closed-day or clash\n"
      "checks. One transaction.",
      &import_meetings);
}

}  // namespace lpg::cli
