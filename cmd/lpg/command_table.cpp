// SPDX-License-Identifier: MIT
// THE command table. `lpg help`, `lpg __complete`, the man-page check and the completion test
// all read it. A new command: one file in commands/, one declaration and one line here.
#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

Action setup_init(CLI::App&);
Action setup_help(CLI::App&);
Action setup_config_show(CLI::App&);
Action setup_config_path(CLI::App&);
Action setup_db_info(CLI::App&);
Action setup_db_check(CLI::App&);
Action setup_db_backup(CLI::App&);
Action setup_member_add(CLI::App&);
Action setup_member_end(CLI::App&);
Action setup_member_edit(CLI::App&);
Action setup_member_list(CLI::App&);
Action setup_indicator_add(CLI::App&);
Action setup_indicator_list(CLI::App&);
Action setup_indicator_show(CLI::App&);
Action setup_indicator_edit(CLI::App&);
Action setup_indicator_archive(CLI::App&);
Action setup_indicator_record(CLI::App&);
Action setup_indicator_import(CLI::App&);
Action setup_priority_add(CLI::App&);
Action setup_priority_list(CLI::App&);
Action setup_priority_remove(CLI::App&);
Action setup_grant_add(CLI::App&);
Action setup_grant_list(CLI::App&);
Action setup_grant_show(CLI::App&);
Action setup_grant_edit(CLI::App&);
Action setup_grant_status(CLI::App&);
Action setup_report_grants(CLI::App&);
Action setup_report_dashboard(CLI::App&);

const std::vector<CommandSpec>& command_table() {
  static const std::vector<CommandSpec> table = {
      {{"init"}, "Write a configuration file and create the database", &setup_init},
      {{"help"}, "Show help for a command", &setup_help},

      {{"config"}, "Show the configuration in force"},
      {{"config", "show"}, "Print every setting and where its value came from", &setup_config_show},
      {{"config", "path"}, "Print the configuration file in use", &setup_config_path},

      {{"db"}, "Look after the database file"},
      {{"db", "info"}, "Path, schema version, size and rows per table", &setup_db_info},
      {{"db", "check"}, "Run SQLite's integrity and foreign-key checks", &setup_db_check},
      {{"db", "backup"}, "Copy the database safely, even while it is in use", &setup_db_backup},

      {{"member"}, "Organisations and people in groups, with roles and history"},
      {{"member", "add"}, "Add an organisation or person to a group", &setup_member_add},
      {{"member", "end"}, "End a membership (history is kept)", &setup_member_end},
      {{"member", "edit"}, "Change can-host, category or note of a membership", &setup_member_edit},
      {{"member", "list"}, "List a group's members, now or on a date", &setup_member_list},

      {{"indicator"}, "Dashboard indicators and their values per area and period"},
      {{"indicator", "add"}, "Add a countywide or local indicator", &setup_indicator_add},
      {{"indicator", "list"}, "List indicators, for an area or a group", &setup_indicator_list},
      {{"indicator", "show"},
       "An indicator with its values (and corrections)",
       &setup_indicator_show},
      {{"indicator", "edit"},
       "Change an indicator's name, unit, direction or target",
       &setup_indicator_edit},
      {{"indicator", "archive"}, "Hide an indicator, keeping its values", &setup_indicator_archive},
      {{"indicator", "record"},
       "Record or correct a value for an area and period",
       &setup_indicator_record},
      {{"indicator", "import"}, "Import values from a CSV file", &setup_indicator_import},

      {{"priority"}, "A group's yearly priorities and the indicators that measure them"},
      {{"priority", "add"}, "Add a priority for a group's year", &setup_priority_add},
      {{"priority", "list"}, "List priorities by group and year", &setup_priority_list},
      {{"priority", "remove"}, "Remove a priority no grant is linked to", &setup_priority_remove},

      {{"grant"}, "Grant funding awarded through groups for local projects"},
      {{"grant", "add"}, "Record a grant to an organisation", &setup_grant_add},
      {{"grant", "list"}, "List grants by group, status or year", &setup_grant_list},
      {{"grant", "show"}, "A grant with its status history", &setup_grant_show},
      {{"grant", "edit"},
       "Change a grant's recipient, project, amount or priority",
       &setup_grant_edit},
      {{"grant", "status"}, "Move a grant to a new status on a date", &setup_grant_status},

      {{"report"}, "Reports for boards and officers"},
      {{"report", "grants"},
       "Grant totals by group, area, sector and priority",
       &setup_report_grants},
      {{"report", "dashboard"},
       "An area's indicator dashboard (table, JSON or HTML)",
       &setup_report_dashboard},
  };
  return table;
}

}  // namespace lpg::cli
