// SPDX-License-Identifier: MIT
#include <lpg/config.hpp>
#include <lpg/database_url.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "config/settings.hpp"
#include "db/embedded.hpp"

namespace lpg {

namespace fs = std::filesystem;

std::optional<std::string> Environment::var(const std::string& name) const {
  auto it = vars.find(name);
  if (it == vars.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

Environment Environment::from_process() {
  Environment env;
  for (const char* name : {"LPG_CONFIG", "LPG_DB", "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"}) {
    if (const char* value = std::getenv(name)) env.vars[name] = value;
  }
  return env;
}

namespace {

std::string home_dir(const Environment& env) {
  if (auto home = env.var("HOME")) return *home;
  throw Error(ErrorKind::Config, "cannot find the home directory: $HOME is not set",
              "set HOME, or give --config and --db");
}

// XDG base directories must be absolute; a relative value is ignored, as the spec says.
std::string xdg_dir(const Environment& env, const char* var, const char* fallback) {
  if (auto dir = env.var(var); dir && fs::path(*dir).is_absolute()) return *dir;
  return (fs::path(home_dir(env)) / fallback).string();
}

std::string expand_home(const std::string& path, const Environment& env) {
  if (path == "~" || path.starts_with("~/")) return home_dir(env) + path.substr(1);
  return path;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::Config, fmt::format("cannot read configuration file {}", path),
                "check the file's permissions");
  }
  return read_limited(in, kMaxWholeFileBytes, "configuration file " + path, ErrorKind::Config);
}

void set_origin(Config& config, const std::string& key, const std::string& value,
                const std::string& origin) {
  for (auto& setting : config.settings) {
    if (setting.key == key) {
      setting.value = value;
      setting.origin = origin;
      return;
    }
  }
  config.settings.push_back({key, value, origin});
}

}  // namespace

std::string config_file_path(const Environment& env) {
  if (env.config_flag && !env.config_flag->empty()) return *env.config_flag;
  if (auto path = env.var("LPG_CONFIG")) return *path;
  return (fs::path(xdg_dir(env, "XDG_CONFIG_HOME", ".config")) / "lpg" / "config.toml").string();
}

std::string default_db_path(const Environment& env) {
  return (fs::path(xdg_dir(env, "XDG_DATA_HOME", ".local/share")) / "lpg" / "lpg.db").string();
}

Config parse_config(const std::string& text, const std::string& origin_name) {
  Config config = config::defaults();
  config::apply_toml(config, text, origin_name);
  return config;
}

Config load_config(const Environment& env, bool allow_missing) {
  Config config = config::defaults();
  config.config_file = config_file_path(env);
  bool flag = env.config_flag && !env.config_flag->empty();
  bool named = flag || env.var("LPG_CONFIG");
  config.config_file_origin = flag ? "--config" : named ? "$LPG_CONFIG" : "XDG";
  std::error_code ec;
  config.config_file_exists = fs::is_regular_file(config.config_file, ec);
  if (!config.config_file_exists && fs::exists(config.config_file, ec)) {
    throw Error(ErrorKind::Config, fmt::format("{} is not a regular file", config.config_file));
  }
  if (config.config_file_exists) {
    config::apply_toml(config, read_file(config.config_file), config.config_file);
    struct stat st {};
    if (::stat(config.config_file.c_str(), &st) == 0 && (st.st_mode & S_IWOTH) != 0) {
      config.warnings.push_back(fmt::format(
          "configuration file {} is world-writable; anyone could redirect lpg's database "
          "(chmod o-w it)",
          config.config_file));
    }
  } else if (named && !allow_missing) {
    throw Error(ErrorKind::Config,
                fmt::format("configuration file {} does not exist", config.config_file),
                "create it with 'lpg init', or unset LPG_CONFIG / drop --config");
  }

  // The database: --db, then $LPG_DB, then the file's url, then its path, then the XDG
  // default. A URL may carry a password: what `config show` prints never does.
  auto show = [](const std::string& target) { return config::quote(redact_database_url(target)); };
  if (env.db_flag && !env.db_flag->empty()) {
    config.db_path = *env.db_flag;
    set_origin(config, "database.path", show(config.db_path), "--db");
  } else if (auto db = env.var("LPG_DB")) {
    config.db_path = *db;
    set_origin(config, "database.path", show(config.db_path), "$LPG_DB");
  } else if (!config.db_url.empty()) {
    config.db_path = config.db_url;
  } else if (!config.db_path.empty() && !is_postgres_url(config.db_path)) {
    std::string path = expand_home(config.db_path, env);
    if (fs::path(path).is_relative()) {
      path = (fs::path(config.config_file).parent_path() / path).string();
    }
    config.db_path = path;
    for (auto& setting : config.settings) {
      if (setting.key == "database.path") setting.value = config::quote(path);
    }
  } else if (config.db_path.empty()) {
    config.db_path = default_db_path(env);
    set_origin(config, "database.path", config::quote(config.db_path), "default");
  }
  if (!database_url_password(config.db_url).empty()) {
    config.warnings.push_back(fmt::format(
        "{} holds a database password in database.url; anyone who can read the file has it "
        "(move it to ~/.pgpass or a libpq service file)",
        config.config_file));
  }
  std::sort(config.settings.begin(), config.settings.end(),
            [](const Setting& a, const Setting& b) { return a.key < b.key; });
  return config;
}

std::string example_config() { return std::string(embedded::example_config()); }

const std::vector<std::string>& default_core_categories() {
  static const std::vector<std::string> categories = {"district council",
                                                      "schools and FE colleges",
                                                      "social care",
                                                      "NHS/CCG",
                                                      "early years provider",
                                                      "early help",
                                                      "voluntary sector",
                                                      "police",
                                                      "children's commissioning",
                                                      "public health",
                                                      "housing",
                                                      "education"};
  return categories;
}

}  // namespace lpg
