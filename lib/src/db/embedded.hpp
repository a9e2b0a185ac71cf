// SPDX-License-Identifier: MIT
#pragma once
// Files compiled into the library by cmake/embed.cmake.

#include <string_view>
#include <vector>

namespace lpg::embedded {

struct Migration {
  int number;             ///< NNNN of share/migrations/NNNN_<what>.sql
  std::string_view name;  ///< the file name
  std::string_view sql;
};

/// Every migration, in order of number.
const std::vector<Migration>& migrations();

/// share/migrations/postgres/*.sql in order of number: PostgreSQL's baseline
/// (NNNN_baseline.sql) and the twins of migrations that need other SQL there.
const std::vector<Migration>& postgres_migrations();

/// share/lpg.example.toml.
std::string_view example_config();

struct NamedText {
  std::string_view name;  ///< the file name without its extension
  std::string_view text;
};

/// share/import/*.toml: the built-in rules of `lpg import orgs --source NAME`.
const std::vector<NamedText>& import_rules();

}  // namespace lpg::embedded
