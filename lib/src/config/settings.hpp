// SPDX-License-Identifier: MIT
#pragma once
// The table of known configuration keys: the one place a new setting is added.

#include <lpg/config.hpp>

#include <string>

namespace lpg::config {

/// The embedded defaults, with every setting's origin "default".
Config defaults();

/// Parses TOML `text` and applies it over `config`. Throws Error{Config} naming
/// `origin_name:LINE:COL` for a syntax error, an unknown key or a wrong type.
void apply_toml(Config& config, const std::string& text, const std::string& origin_name);

/// A string as TOML writes it, quotes and escapes included.
std::string quote(const std::string& value);

}  // namespace lpg::config
