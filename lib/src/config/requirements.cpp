// SPDX-License-Identifier: MIT
// [requirements]: what each kind of group must have (roles, minutes; the core categories are
// [core_categories]), read from the configuration and answered by requirements_of().
#include <lpg/errors.hpp>
#include <lpg/groups.hpp>
#include <lpg/members.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "config/settings.hpp"

namespace lpg {

namespace config {

void check_roles(const std::vector<std::string>& roles, const std::string& where,
                 const std::string& key) {
  const auto& known = member_roles();
  for (const auto& role : roles) {
    if (std::find(known.begin(), known.end(), role) == known.end()) {
      throw Error(ErrorKind::Config,
                  fmt::format("{}: {} names an unknown role \"{}\"", where, key, role),
                  fmt::format("roles: {}", fmt::join(known, ", ")));
    }
  }
}

void apply_kind_requirements(Config& config, const std::string& kind, const toml::table& table,
                             const std::string& origin) {
  KindRequirementsOverride& o = config.kind_requirements[kind];
  o.where = where_of(origin, table.source());
  for (const auto& [name_key, node] : table) {
    std::string name(name_key.str());
    std::string key = fmt::format("requirements.{}.{}", kind, name);
    std::string where = where_of(origin, node.source());
    if (name == "roles") {
      o.roles = as_strings(node, where, key);
      check_roles(*o.roles, where, key);
      set_setting(config, key, show_strings(*o.roles), where);
    } else if (name == "minutes") {
      o.minutes = one_of(node, where, key, {"submitted", "recorded", "none"});
      set_setting(config, key, quote(*o.minutes), where);
    } else {
      throw Error(ErrorKind::Config, fmt::format("{}: unknown key '{}'", where, key),
                  "a kind's requirements are roles and minutes; its core categories are "
                  "[core_categories]; see lpg.toml(5)");
    }
  }
}

void check_requirements(const Config& config) {
  std::vector<std::string> kinds = group_kinds(config);
  for (const auto& [kind, o] : config.kind_requirements) {
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
      throw Error(
          ErrorKind::Config,
          fmt::format("{}: [requirements.{}] is not a kind of group", o.where, kind),
          fmt::format("kinds: {} (add others to groups.extra_kinds)", fmt::join(kinds, ", ")));
    }
  }
}

}  // namespace config

KindRequirements requirements_of(const Config& config, const std::string& kind) {
  KindRequirements r;
  r.roles = config.required_roles;
  r.minutes = config.required_minutes;
  if (auto it = config.kind_requirements.find(kind); it != config.kind_requirements.end()) {
    if (it->second.roles) r.roles = *it->second.roles;
    if (it->second.minutes) r.minutes = *it->second.minutes;
  }
  if (auto it = config.core_categories.find(kind); it != config.core_categories.end()) {
    r.core_categories = it->second;
  }
  return r;
}

}  // namespace lpg
