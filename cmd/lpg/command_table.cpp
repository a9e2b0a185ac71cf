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
Action setup_org_add(CLI::App&);
Action setup_org_list(CLI::App&);
Action setup_org_show(CLI::App&);
Action setup_org_edit(CLI::App&);
Action setup_org_archive(CLI::App&);
Action setup_org_remove(CLI::App&);
Action setup_person_add(CLI::App&);
Action setup_person_list(CLI::App&);
Action setup_person_show(CLI::App&);
Action setup_person_edit(CLI::App&);
Action setup_person_remove(CLI::App&);

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

      {{"org"}, "Organisations: providers and partner bodies"},
      {{"org", "add"}, "Add an organisation", &setup_org_add},
      {{"org", "list"},
       "List organisations, filtered by sector, area, status or group",
       &setup_org_list},
      {{"org", "show"},
       "Show an organisation with its identifiers, groups and people",
       &setup_org_show},
      {{"org", "edit"}, "Change an organisation's details", &setup_org_edit},
      {{"org", "archive"},
       "Hide an organisation from lists, keeping its history",
       &setup_org_archive},
      {{"org", "remove"}, "Delete an organisation", &setup_org_remove},

      {{"person"}, "People: contacts in groups and organisations"},
      {{"person", "add"}, "Add a person", &setup_person_add},
      {{"person", "list"}, "List people, by organisation or name", &setup_person_list},
      {{"person", "show"}, "Show a person with their organisation and groups", &setup_person_show},
      {{"person", "edit"}, "Change a person's details", &setup_person_edit},
      {{"person", "remove"}, "Delete a person", &setup_person_remove},
  };
  return table;
}

}  // namespace lpg::cli
