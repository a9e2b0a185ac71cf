// SPDX-License-Identifier: MIT
#pragma once
// The table of known configuration keys: the one place a new setting is added.

#include <lpg/config.hpp>

#include <toml++/toml.h>

#include <initializer_list>
#include <string>
#include <vector>

namespace lpg::config {

/// The embedded defaults, with every setting's origin "default".
Config defaults();

/// Parses TOML `text` and applies it over `config`. Throws Error{Config} naming
/// `origin_name:LINE:COL` for a syntax error, an unknown key or a wrong type.
void apply_toml(Config& config, const std::string& text, const std::string& origin_name);

/// A string as TOML writes it, quotes and escapes included.
std::string quote(const std::string& value);

// Readers of TOML values for the sections with open keys. Each throws Error{Config} naming
// `where` (FILE:LINE:COL) and `key`.
std::string where_of(const std::string& origin, const toml::source_region& src);
std::string one_of(const toml::node& node, const std::string& where, const std::string& key,
                   std::initializer_list<const char*> allowed);
std::vector<std::string> as_strings(const toml::node& node, const std::string& where,
                                    const std::string& key);
std::string show_strings(const std::vector<std::string>& values);
/// Records `key`'s shown value and origin for `config show`.
void set_setting(Config& config, const std::string& key, const std::string& value,
                 const std::string& origin);

/// Refuses a role that is not one of member_roles().
void check_roles(const std::vector<std::string>& roles, const std::string& where,
                 const std::string& key);
/// [requirements.KIND] (requirements.cpp): one kind's table.
void apply_kind_requirements(Config& config, const std::string& kind, const toml::table& table,
                             const std::string& origin);
/// Checks that each [requirements.KIND] is a group kind (built in, or in groups.extra_kinds).
/// Run once the whole file is read.
void check_requirements(const Config& config);

}  // namespace lpg::config
