// SPDX-License-Identifier: MIT
// lpg import people FILE: a contact list.
#include <lpg/import.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/import_summary.hpp"

namespace lpg::cli {

Action setup_import_people(CLI::App& sub) {
  return list_import_command(
      sub, "The contact list (CSV)",
      "Fields: id, name, email, phone, organisation, job_title, note. A row is matched by id,\n"
      "then email; otherwise the person is added. One transaction.",
      &import_people);
}

}  // namespace lpg::cli
