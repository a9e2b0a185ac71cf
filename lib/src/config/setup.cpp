// SPDX-License-Identifier: MIT
#include <lpg/database_url.hpp>
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
  // A PostgreSQL URL is recorded as database.url, in place of its commented example.
  bool url = is_postgres_url(*db_path);
  const std::string key = url ? "url" : "path";
  auto at = text.find("# " + key + " = ");
  if (at == std::string::npos) throw Error(ErrorKind::Internal, "example config lacks " + key);
  auto end = text.find('\n', at);
  return text.replace(at, end - at, key + " = " + config::quote(*db_path));
}

namespace {

// Through the one output writer: a reader sees the old file or the new, never half, and a
// link planted at the name is replaced, never written through.
void write_config(const std::string& path, const std::string& text) {
  fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) make_output_dir(parent.string(), FileMode::Shared);
  write_output(path, text, {FileMode::Shared, Target::Named});
}

std::string local_or_url(const std::string& db) {
  return is_postgres_url(db) ? db : fs::absolute(db).string();
}

}  // namespace

InitResult initialise(const Environment& env, bool force, const std::string& command_line) {
  InitResult result;
  result.config_file = config_file_path(env);
  std::error_code ec;
  if (force || !fs::exists(result.config_file, ec)) {
    std::optional<std::string> db;
    if (env.db_flag) db = local_or_url(*env.db_flag);
    if (db && !database_url_password(*db).empty()) {
      throw Error(ErrorKind::Config,
                  fmt::format("--db {} holds a password, which init would write into {}",
                              redact_database_url(*db), result.config_file),
                  "put the password in ~/.pgpass (or a libpq service file) and give the URL "
                  "without it");
    }
    std::string text = config_text(db);
    parse_config(text, result.config_file);  // never write a file lpg would refuse
    write_config(result.config_file, text);
    result.config_written = true;
  }
  try {
    Config config = load_config(env);
    std::string target = local_or_url(config.db_path);
    result.db_path = redact_database_url(target);
    // On PostgreSQL the database is the server's to create (createdb); lpg makes its tables.
    result.db_created = !is_postgres_url(target) && !fs::exists(target, ec);
    Store store = Store::open({target, config.busy_timeout_ms, true, command_line});
    result.schema_version = store.schema_version();
  } catch (...) {
    // A failed init leaves nothing behind: not a config naming a database that is not there.
    if (result.config_written) fs::remove(result.config_file, ec);
    throw;
  }
  return result;
}

}  // namespace lpg
