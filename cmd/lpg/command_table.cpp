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
Action setup_area_add(CLI::App&);
Action setup_area_list(CLI::App&);
Action setup_area_show(CLI::App&);
Action setup_area_edit(CLI::App&);
Action setup_area_remove(CLI::App&);
Action setup_group_add(CLI::App&);
Action setup_group_list(CLI::App&);
Action setup_group_show(CLI::App&);
Action setup_group_edit(CLI::App&);
Action setup_group_archive(CLI::App&);
Action setup_group_unarchive(CLI::App&);
Action setup_group_remove(CLI::App&);
Action setup_group_tree(CLI::App&);
Action setup_log(CLI::App&);

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

      {{"area"}, "Districts, localities and city areas"},
      {{"area", "add"}, "Add an area", &setup_area_add},
      {{"area", "list"}, "List areas", &setup_area_list},
      {{"area", "show"}, "Show an area, what lies within it and what uses it", &setup_area_show},
      {{"area", "edit"}, "Rename an area or change its code or parent", &setup_area_edit},
      {{"area", "remove"}, "Remove an area nothing uses", &setup_area_remove},

      {{"group"}, "Partnership groups, hubs, boards and who reports to whom"},
      {{"group", "add"}, "Add a group", &setup_group_add},
      {{"group", "list"}, "List groups", &setup_group_list},
      {{"group", "show"}, "Show a group and its reporting lines", &setup_group_show},
      {{"group", "edit"}, "Change a group or its reporting lines", &setup_group_edit},
      {{"group", "archive"}, "Archive a group, keeping its history", &setup_group_archive},
      {{"group", "unarchive"}, "Bring back an archived group", &setup_group_unarchive},
      {{"group", "remove"}, "Remove a group (one with history needs --force)", &setup_group_remove},
      {{"group", "tree"}, "Draw who reports to whom", &setup_group_tree},

      {{"log"}, "Show the audit log of changes, newest first", &setup_log},
  };
  return table;
}

}  // namespace lpg::cli
