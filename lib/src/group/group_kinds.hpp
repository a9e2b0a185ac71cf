// SPDX-License-Identifier: MIT
#pragma once
// A group's kind, checked against the configuration: a rule without SQL or store. (group_kinds()
// and parse_quorum() are public, in <lpg/groups.hpp>.)

#include <lpg/config.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace lpg::registry {

/// The kind in its listed spelling. Throws Error{Invalid} naming the choices.
std::string checked_kind(const Config& config, std::string_view kind);

/// "partnership, hub, ..." for messages.
std::string joined(const std::vector<std::string>& items, std::string_view separator = ", ");

}  // namespace lpg::registry
