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
Action setup_term_add(CLI::App&);
Action setup_term_list(CLI::App&);
Action setup_term_show(CLI::App&);
Action setup_term_current(CLI::App&);
Action setup_term_next(CLI::App&);
Action setup_term_day(CLI::App&);
Action setup_term_import(CLI::App&);
Action setup_term_remove(CLI::App&);

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

      {{"term"}, "The academic calendar: terms, half terms and closure days"},
      {{"term", "add"}, "Add a term with its dates and half term", &setup_term_add},
      {{"term", "list"}, "List terms in date order", &setup_term_list},
      {{"term", "show"}, "Show one term and its closure days", &setup_term_show},
      {{"term", "current"}, "Show the term running today", &setup_term_current},
      {{"term", "next"}, "Show the next term to start", &setup_term_next},
      {{"term", "day"}, "Say whether a day is a school day, and why", &setup_term_day},
      {{"term", "import"}, "Import term dates and closures from CSV or TOML", &setup_term_import},
      {{"term", "remove"}, "Remove a term", &setup_term_remove},
  };
  return table;
}

}  // namespace lpg::cli
