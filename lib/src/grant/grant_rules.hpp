// SPDX-License-Identifier: MIT
#pragma once
// What a grant may be and how its status moves: rules with no SQL (grant/grant_store.cpp
// applies them).

#include <lpg/grants.hpp>

#include <string>

namespace lpg::grant {

/// `status` as stored (trimmed, lower case). Throws Error{Invalid} for a status not in
/// grant_statuses(), with the nearest one as the hint.
std::string checked_status(const std::string& status);

/// `project` trimmed. Throws Error{Invalid} when it is empty or not one line.
std::string checked_project(const std::string& project);

/// Throws unless grant `g` may become `status` on `on`: Error{Conflict} when it is that
/// already, Error{Invalid} when the move goes backwards (applied, awarded, paid, reported;
/// withdrawn from any but reported, and nothing after withdrawn) or `on` is before its last
/// change.
void check_status_change(const Grant& g, const std::string& status, Date on);

}  // namespace lpg::grant
