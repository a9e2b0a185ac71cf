// SPDX-License-Identifier: MIT
#pragma once

#include <lpg/members.hpp>

#include "render/table.hpp"

namespace lpg::render {

/// Memberships as rows: id, member, organisation, sector, kind, category, role, dates.
Table members_table(const std::vector<Membership>& members);
/// One membership, every field.
Record member_record(const Membership& m);

}  // namespace lpg::render
