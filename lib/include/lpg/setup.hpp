// SPDX-License-Identifier: MIT
#pragma once
// `lpg init`: a configuration file and a database where lpg will look for them.

#include <lpg/config.hpp>

#include <optional>
#include <string>

namespace lpg {

struct InitResult {
  std::string config_file;
  bool config_written = false;  ///< false: a file was there already and was left alone
  std::string db_path;
  bool db_created = false;  ///< false: the database existed and was brought up to date
  int schema_version = 0;
};

/// Writes the commented example configuration at config_file_path(env) unless one exists (or
/// `force`), recording `env.db_flag` as database.path when given, then creates or migrates the
/// database the resulting configuration names. Throws Error{CantCreate|Config|...}.
InitResult initialise(const Environment& env, bool force, const std::string& command_line);

/// The example configuration, with database.path set when `db_path` is given.
std::string config_text(const std::optional<std::string>& db_path);

}  // namespace lpg
