// SPDX-License-Identifier: MIT
#pragma once

#include <lpg/members.hpp>

#include "render/table.hpp"

namespace lpg::render {

/// Memberships as rows: id, member, organisation, sector, kind, category, role, dates.
Table members_table(const std::vector<Membership>& members);
/// Memberships across groups, for writing to them: id, group, role, member, organisation,
/// email, phone, kind, category, from, to.
Table member_contacts_table(const std::vector<Membership>& members);
/// One membership, every field.
Record member_record(const Membership& m);

}  // namespace lpg::render
