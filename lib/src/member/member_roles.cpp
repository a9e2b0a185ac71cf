// SPDX-License-Identifier: MIT
// The roles a member may hold: no SQL, no store (tests/unit/registry_rules_test.cpp).
#include "member/member_roles.hpp"

#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "core/text_check.hpp"

namespace lpg {

const std::vector<std::string>& member_roles() {
  static const std::vector<std::string> roles = {
      "chair", "vice-chair", "coordinator", "safeguarding-lead", "hwb-link", "champion", "la-link"};
  return roles;
}

std::string role_name(const std::string& slug) {
  if (slug == "safeguarding-lead") return "safeguarding lead";
  if (slug == "hwb-link") return "HWB link";
  if (slug == "la-link") return "LA link";
  return slug;
}

bool single_holder_role(const std::string& role) {
  return role == "chair" || role == "vice-chair" || role == "coordinator" ||
         role == "safeguarding-lead";
}

namespace member_rules {

std::string checked_role(const std::string& role) {
  if (role.empty()) return role;
  check_line(trim(role), "role");  // before the message below quotes it
  std::string slug = ascii_lower(trim(role));
  std::replace(slug.begin(), slug.end(), ' ', '-');
  if (std::find(member_roles().begin(), member_roles().end(), slug) != member_roles().end()) {
    return slug;
  }
  std::string hint = fmt::format("roles: {}", fmt::join(member_roles(), ", "));
  if (auto near = nearest(role, member_roles())) hint = fmt::format("did you mean {}?", *near);
  throw Error(ErrorKind::Invalid, fmt::format("unknown role \"{}\"", role), hint);
}

}  // namespace member_rules
}  // namespace lpg
