// SPDX-License-Identifier: MIT
#pragma once
// Reading organisation rows into Org, shared by the org services.

#include <lpg/orgs.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

namespace lpg::registry {

/// The columns org_from_row() reads, for "SELECT {kOrgColumns} FROM organisation o ...".
/// The area's name comes from a LEFT JOIN area a.
extern const char* const kOrgColumns;
/// FROM clause matching kOrgColumns.
extern const char* const kOrgFrom;

/// The Org in the current row of a statement selecting kOrgColumns, with its identifiers.
Org org_from_row(const Session& s, SQLite::Statement& row);

/// The organisation with this id (which must exist), with its identifiers.
Org read_org(const Session& s, std::int64_t id);

/// The memberships of an organisation (or, with `person`, of a person), by group name.
std::vector<OrgMembership> memberships_of(const Session& s, bool person, std::int64_t id);

/// "open", "closed" or "suspended" from any case; Error{Invalid} otherwise.
std::string parse_status(std::string_view text);

/// The optional text in column `i`.
std::optional<std::string> opt_text(SQLite::Statement& row, int i);

/// Binds an optional text: NULL when unset.
void bind_opt(SQLite::Statement& q, int index, const std::optional<std::string>& value);

}  // namespace lpg::registry
