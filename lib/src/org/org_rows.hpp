// SPDX-License-Identifier: MIT
#pragma once
// Reading organisations, for the org and person services (the rows: org/org_store.hpp).

#include <lpg/orgs.hpp>

#include <string>

#include "core/naming.hpp"

namespace lpg::registry {

/// The organisation with this id (which must exist), with its identifiers.
Org read_org(const Session& s, std::int64_t id);

/// The memberships of an organisation (or, with `person`, of a person), by group name.
std::vector<OrgMembership> memberships_of(const Session& s, bool person, std::int64_t id);

/// "open", "closed" or "suspended" from any case; Error{Invalid} otherwise.
std::string parse_status(std::string_view text);

}  // namespace lpg::registry
