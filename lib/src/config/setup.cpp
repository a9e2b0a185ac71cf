// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/output.hpp>
#include <lpg/setup.hpp>
#include <lpg/store.hpp>

#include <fmt/format.h>

#include <filesystem>

#include "config/settings.hpp"

namespace lpg {

namespace fs = std::filesystem;

std::string config_text(const std::optional<std::string>& db_path) {
  std::string text = example_config();
  if (!db_path) return text;
  const std::string placeholder = "# path = \"~/.local/share/lpg/lpg.db\"";
  auto at = text.find(placeholder);
  std::string line = "path = " + config::quote(*db_path);
  if (at == std::string::npos) throw Error(ErrorKind::Internal, "example config lacks path");
  return text.replace(at, placeholder.size(), line);
}

namespace {

// Through the one output writer: a reader sees the old file or the new, never half, and a
// link planted at the name is replaced, never written through.
void write_config(const std::string& path, const std::string& text) {
  fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) make_output_dir(parent.string(), FileMode::Shared);
  write_output(path, text, {FileMode::Shared, Target::Named});
}

}  // namespace

InitResult initialise(const Environment& env, bool force, const std::string& command_line) {
  InitResult result;
  result.config_file = config_file_path(env);
  std::error_code ec;
  if (force || !fs::exists(result.config_file, ec)) {
    std::optional<std::string> db;
    if (env.db_flag) db = fs::absolute(*env.db_flag).string();
    std::string text = config_text(db);
    parse_config(text, result.config_file);  // never write a file lpg would refuse
    write_config(result.config_file, text);
    result.config_written = true;
  }
  try {
    Config config = load_config(env);
    result.db_path = fs::absolute(config.db_path).string();
    result.db_created = !fs::exists(result.db_path, ec);
    Store store = Store::open({result.db_path, config.busy_timeout_ms, true, command_line});
    result.schema_version = store.schema_version();
  } catch (...) {
    // A failed init leaves nothing behind: not a config naming a database that is not there.
    if (result.config_written) fs::remove(result.config_file, ec);
    throw;
  }
  return result;
}

}  // namespace lpg
