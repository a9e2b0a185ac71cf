// SPDX-License-Identifier: MIT
// lpg import attendance FILE: attendance as 'lpg export attendance' writes them.
#include <lpg/meeting_io.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/import_summary.hpp"

namespace lpg::cli {

Action setup_import_attendance(CLI::App& sub) {
  return list_import_command(
      sub, "The file (CSV, as lpg export attendance writes it)",
      "Matched by meeting (meeting_uid, else meeting) and person (#id checked against name,\n"
      "else email or name). One transaction.",
      &import_attendance);
}

}  // namespace lpg::cli
