// SPDX-License-Identifier: MIT
#pragma once
// Turning an OrgInput (text as given) into checked column values, for add_org and edit_org.

#include <lpg/orgs.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/field_text.hpp"

namespace lpg::registry {

using fields::Assign;
using fields::FieldShape;
using fields::SqlValue;
using fields::text_of;

struct OrgChanges {
  std::vector<Assign> columns;
  /// scheme -> new value, or nullopt to remove the organisation's identifier in that scheme
  std::vector<std::pair<std::string, std::optional<std::string>>> identifiers;
  std::vector<std::string> changed;  ///< the field names given, for the audit log
};

/// Checks and normalises every given field. `current_status` is the stored status (nullopt when
/// adding): a status that changes records status_since, today unless given.
/// Throws Error{Invalid} for a bad value, Error{NotFound} for an unknown area.
OrgChanges parse_org_input(const Session& s, const OrgInput& input,
                           const std::optional<std::string>& current_status);

void bind_value(SQLite::Statement& q, int index, const SqlValue& value);

/// Gives `org_id` the new identifiers (replacing its own in each scheme given), refusing with
/// Error{Conflict} naming the holder when another organisation holds one already.
void apply_identifiers(const Session& s, std::int64_t org_id, const OrgChanges& changes);

}  // namespace lpg::registry
