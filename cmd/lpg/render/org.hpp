// SPDX-License-Identifier: MIT
#pragma once
// How organisations and people print: shared by their add, edit, show and list commands.

#include <lpg/orgs.hpp>
#include <lpg/people.hpp>

#include <vector>

#include "render/table.hpp"

namespace lpg::render {

/// Every field of an organisation, identifiers by scheme.
Record org_record(const Org& org);
/// One row per organisation; `archived` adds the archived_at column.
Table org_table(const std::vector<Org>& orgs, bool archived);
/// The groups an organisation or person belongs to.
Table membership_table(const std::vector<OrgMembership>& memberships);

Record person_record(const Person& person);
Table person_table(const std::vector<Person>& people);

}  // namespace lpg::render
