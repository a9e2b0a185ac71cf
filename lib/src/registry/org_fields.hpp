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

namespace lpg::registry {

/// A value for one column: NULL, a number or text.
using SqlValue = std::variant<std::monostate, std::int64_t, std::string>;

struct Assign {
  std::string column;  ///< fixed in the code, never user text
  SqlValue value;
};

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

/// What a field may hold: a name, one line, a postal address (a few lines, as short as one
/// line's limit) or multi-line text such as a note.
enum class FieldShape { Name, Line, Address, Text };

/// The trimmed text of the field called `name`; nullopt when cleared or blank. Throws
/// Error{Invalid} naming the field when the text breaks the rules of its shape (text_check.hpp).
std::optional<std::string> text_of(const FieldText& field, std::string_view name,
                                   FieldShape shape = FieldShape::Line);

/// Gives `org_id` the new identifiers (replacing its own in each scheme given), refusing with
/// Error{Conflict} naming the holder when another organisation holds one already.
void apply_identifiers(const Session& s, std::int64_t org_id, const OrgChanges& changes);

}  // namespace lpg::registry
