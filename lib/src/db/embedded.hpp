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

/// share/lpg.example.toml.
std::string_view example_config();

}  // namespace lpg::embedded
