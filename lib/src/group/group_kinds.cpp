// SPDX-License-Identifier: MIT
// The rules of a group's kind and quorum: no SQL, no store (tests/unit/registry_rules_test.cpp).
#include "group/group_kinds.hpp"

#include <lpg/errors.hpp>
#include <lpg/groups.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace lpg {

std::vector<std::string> group_kinds(const Config& config) {
  std::vector<std::string> kinds = {"partnership", "hub",          "board",
                                    "chairs",      "safeguarding", "subgroup"};
  for (const auto& extra : config.extra_group_kinds) {
    std::string kind = ascii_lower(trim(extra));
    if (!kind.empty() && std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
      kinds.push_back(kind);
    }
  }
  return kinds;
}

std::string parse_quorum(std::string_view text) {
  std::string t = trim(text);
  auto bad = [&]() -> Error {
    return Error(ErrorKind::Invalid, fmt::format("quorum \"{}\" is not understood", text),
                 "give a number of members (5) or a fraction of the current core members (1/2)");
  };
  auto number = [&](std::string_view digits) {
    std::string d = trim(digits);
    if (d.empty() || d.size() > 4 || d.find_first_not_of("0123456789") != std::string::npos) {
      throw bad();
    }
    int n = std::stoi(d);
    if (n < 1) throw bad();
    return n;
  };
  std::size_t slash = t.find('/');
  if (slash == std::string::npos) return std::to_string(number(t));
  int top = number(std::string_view(t).substr(0, slash));
  int bottom = number(std::string_view(t).substr(slash + 1));
  if (top > bottom) {
    throw Error(ErrorKind::Invalid, fmt::format("quorum \"{}\" is more than all the members", text),
                "a fraction quorum is at most 1/1 (every core member)");
  }
  return fmt::format("{}/{}", top, bottom);
}

namespace registry {

std::string checked_kind(const Config& config, std::string_view kind) {
  std::vector<std::string> kinds = group_kinds(config);
  std::string wanted = ascii_lower(trim(kind));
  for (const auto& k : kinds) {
    if (k == wanted) return k;
  }
  throw Error(ErrorKind::Invalid, fmt::format("group kind \"{}\" is not known", kind),
              fmt::format("choose one of: {} (more with groups.extra_kinds in the configuration)",
                          joined(kinds)));
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
  return out;
}

}  // namespace registry
}  // namespace lpg
