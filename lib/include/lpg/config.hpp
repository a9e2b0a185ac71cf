// SPDX-License-Identifier: MIT
#pragma once

#include <lpg/academic_year.hpp>
#include <lpg/mailbox.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lpg {

/// What the process was started with that decides where configuration and data live.
/// Built by the CLI from argv and the environment; tests build it by hand.
struct Environment {
  std::optional<std::string> config_flag;  ///< --config PATH
  std::optional<std::string> db_flag;      ///< --db PATH
  std::map<std::string, std::string>
      vars;  ///< LPG_CONFIG, LPG_DB, HOME, XDG_CONFIG_HOME, XDG_DATA_HOME

  /// The variable's value, or nullopt when unset or empty.
  std::optional<std::string> var(const std::string& name) const;
  /// Reads the variables lpg cares about from the process environment.
  static Environment from_process();
};

/// One effective setting and where its value came from, for `lpg config show`.
struct Setting {
  std::string key;     ///< dotted TOML key, e.g. "database.path"
  std::string value;   ///< the value as TOML would write it
  std::string origin;  ///< "default", "FILE:LINE:COL", "$LPG_DB" or "--db"
};

/// [requirements.KIND]: what a group of one kind must have, where it differs from
/// [requirements] (every field unset takes the default's).
struct KindRequirementsOverride {
  std::optional<std::vector<std::string>> roles;
  std::optional<std::string> minutes;
  std::string where;  ///< FILE:LINE:COL of the table, for messages
};

/// What a group of one kind must have, as report compliance and group show judge it.
struct KindRequirements {
  std::vector<std::string> roles;            ///< role slugs a current member must hold
  std::vector<std::string> core_categories;  ///< each filled by a current core member
  /// "submitted": minutes written and submitted to the officer by the deadline;
  /// "recorded": written by the deadline, submission not asked; "none": no minutes asked.
  std::string minutes = "submitted";
};

/// The effective configuration: the embedded defaults, overlaid by the TOML file, then the
/// environment and command-line flags. Plain data; load_config() fills it.
struct Config {
  std::string config_file;          ///< the configuration file in use (may not exist)
  bool config_file_exists = false;  ///< false: the embedded default alone is in force
  std::string config_file_origin;   ///< "--config", "$LPG_CONFIG" or "XDG"
  std::string db_path;  ///< a SQLite file, or a postgresql:// URL (database.url, --db, $LPG_DB)
  std::string db_url;   ///< database.url as the file gave it ("" when not set)
  int busy_timeout_ms = 5000;
  std::string timezone = "Europe/London";
  YearStart year_start;            ///< when academic years begin: 1 September (default) or 1 August
  std::string date_style = "iso";  ///< iso (2026-11-30), uk (30/11/2026), long (30 Nov 2026)
  std::string color = "auto";      ///< auto, always, never (NO_COLOR always wins)
  std::string csv_bom = "files";   ///< UTF-8 byte order mark on CSV: files, always, never
  Mailbox minutes_officer;         ///< who minutes go to (`mail minutes`, `minutes submit`)
  std::string minutes_deadline = "14d";  ///< "Nd" after the meeting, or "end-of-term"
  std::string reminders_within = "21d";
  Mailbox reminders_organizer;  ///< From of reminder mail, ORGANIZER of every calendar
  std::vector<std::string> extra_group_kinds;
  std::map<std::string, std::vector<std::string>> core_categories;  ///< group kind -> categories
  /// [requirements]: the roles and minutes every kind of group must have by default.
  std::vector<std::string> required_roles = {"chair", "safeguarding-lead"};
  std::string required_minutes = "submitted";
  std::map<std::string, KindRequirementsOverride> kind_requirements;  ///< [requirements.KIND]
  int retention_left_years = 0;                                       ///< 0: no retention rule
  std::string import_max_close = "5%";  ///< what one import may close: "N" or "P%"
  std::vector<Setting> settings;        ///< every effective value with its origin, in key order
  std::vector<std::string> warnings;    ///< things worth telling the user (world-writable file)
};

/// Where the configuration file is looked for: --config, then $LPG_CONFIG, then
/// $XDG_CONFIG_HOME/lpg/config.toml (falling back to ~/.config/lpg/config.toml).
std::string config_file_path(const Environment& env);

/// The default database: $XDG_DATA_HOME/lpg/lpg.db, falling back to ~/.local/share/lpg/lpg.db.
std::string default_db_path(const Environment& env);

/// Loads the effective configuration. A missing file at the XDG path means the embedded default;
/// a missing file named by --config or $LPG_CONFIG is an error unless `allow_missing`.
/// Throws Error{Config} for bad TOML, unknown keys or wrong types, naming FILE:LINE:COL.
Config load_config(const Environment& env, bool allow_missing = false);

/// Parses configuration text (as if read from `origin_name`) over the defaults.
/// Throws as load_config does. For tests and for validating a file before writing it.
Config parse_config(const std::string& text, const std::string& origin_name);

/// The commented example configuration shipped in share/lpg.example.toml.
std::string example_config();

/// What a group of `kind` must have: [requirements.KIND] over [requirements], with the kind's
/// [core_categories]. The one answer report compliance, group show and the minutes owed use.
KindRequirements requirements_of(const Config& config, const std::string& kind);

/// The core member categories of a district children's partnership group (the shipped default).
const std::vector<std::string>& default_core_categories();

}  // namespace lpg
