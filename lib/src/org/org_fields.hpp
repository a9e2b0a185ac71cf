// SPDX-License-Identifier: MIT
#pragma once
// An organisation's fields, declared once: their names, columns, shapes, normalisation and
// cells, for org add, org edit (parse_org_input), import orgs (import_parse.cpp) and export
// orgs (org_csv_columns) alike.

#include <lpg/columns.hpp>
#include <lpg/orgs.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/field_text.hpp"
#include "org/org_row.hpp"

namespace lpg::org_fields {

/// Where a field's text comes from: typed (org add, org edit, a file lpg exported) or a
/// register, whose "REDACTED" (a childminder's home postcode) means none.
enum class From { Typed, Register };

/// One field of an organisation: its name (the add/edit option and the CSV column), the
/// column that stores it, the shape its text must have, and how the text becomes what is
/// stored: the text (trimmed, not empty) normalised, nullopt when it means none; Error{Invalid}
/// naming the text when it is wrong. `normalise` nullptr: stored as it is. `write`: its cell
/// in `lpg export orgs`, under `name`, which `lpg import orgs` reads back. `typed`: its option
/// in org add and org edit and the OrgInput member that option fills (none for what only a
/// register gives; source and archived_at have none: an import and org archive set them).
struct Field {
  import::Col col;
  const char* name;
  const char* column;
  fields::FieldShape shape;
  std::optional<import::Value> (*normalise)(std::string_view text, From from);
  columns::Cell (*write)(const Org&);
  InputOption<OrgInput> typed;
};

/// Every field, in import::Col order.
const std::array<Field, import::kColumnCount>& all();
inline const Field& of(import::Col col) { return all()[col]; }

/// A register identifier: its scheme (as stored, and the name of its option in org add and
/// org edit), its CSV column, its name in messages, and its option's help and value name.
struct Scheme {
  const char* scheme;  ///< "ofsted-urn"
  const char* column;  ///< "ofsted_urn"
  const char* label;   ///< "Ofsted URN"
  FieldText OrgInput::*input;
  columns::Cell (*write)(const Org&);
  const char* help;
  const char* value_name;
};
const std::array<Scheme, 3>& schemes();
/// The scheme whose CSV column is `column`, if one is.
const Scheme* scheme_of_column(std::string_view column);

/// The column of lpg's own id ("#12" or 12).
inline constexpr const char* kIdColumn = "id";

/// `text` (trimmed, not empty) checked for the field's shape and normalised.
std::optional<import::Value> value_of(import::Col col, std::string_view text, From from);
/// value_of() for text already checked for the field's shape (check_shape(text, name, shape)).
std::optional<import::Value> normalised(import::Col col, std::string_view text, From from);

}  // namespace lpg::org_fields

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

/// Gives `org_id` the new identifiers (replacing its own in each scheme given), refusing with
/// Error{Conflict} naming the holder when another organisation holds one already.
void apply_identifiers(const Session& s, std::int64_t org_id, const OrgChanges& changes);

}  // namespace lpg::registry
