// SPDX-License-Identifier: MIT
#pragma once
// What the group services share: loading a group, and the rules a name, kind, cadence and
// reporting line must keep. Call inside the caller's transaction.

#include <lpg/groups.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "group/group_kinds.hpp"

namespace lpg::registry {

/// The group with its reporting lines. Throws Error{NotFound} for an unknown id.
Group load_group(const Session& s, GroupId id);

/// Throws Error{Conflict} when another group (not `except`) has this name by fold_key().
void check_group_name_free(const Session& s, const std::string& name, std::int64_t except);

/// The canonical cadence, with an `after` group resolved to its stored name. Throws as
/// parse_cadence(), Error{NotFound} for an unknown `after` group, Error{Invalid} when the
/// chain of `after` groups would come back to `self`.
std::string checked_cadence(const Session& s, std::string_view text, std::optional<GroupId> self);

/// Records that `group` reports to `parent`; false when it already did. Throws Error{Invalid}
/// naming the path when `parent` reports, at any depth, to `group` (or is `group`).
bool add_reporting_line(const Session& s, GroupId group, GroupId parent);

}  // namespace lpg::registry
