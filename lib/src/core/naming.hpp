// SPDX-License-Identifier: MIT
#pragma once
// Small shared rules for the area and group services: what a name may be, and how it is
// quoted in messages.

#include <optional>
#include <string>
#include <string_view>

namespace lpg::registry {

/// The name trimmed. Throws Error{Invalid} when empty, not UTF-8, holding control characters,
/// longer than 200 bytes, or shaped like an id reference ("#12"), which could never be found.
std::string checked_name(std::string_view text, std::string_view what);

/// `"name"` for messages and audit details.
std::string in_quotes(std::string_view name);

}  // namespace lpg::registry
