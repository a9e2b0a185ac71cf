// SPDX-License-Identifier: MIT
#pragma once
// A member's role as given, checked: a rule without SQL or store. (member_roles(), role_name()
// and single_holder_role() are public, in <lpg/members.hpp>.)

#include <lpg/members.hpp>

#include <string>

namespace lpg::member_rules {

/// The role's slug ("Vice Chair" -> "vice-chair"); "" for none. Throws Error{Invalid} for a
/// role not in member_roles(), suggesting the nearest.
std::string checked_role(const std::string& role);

}  // namespace lpg::member_rules
