// SPDX-License-Identifier: MIT
#pragma once
// A person's fields, declared once: their names, CSV columns, shapes, normalisation and
// cells, for person add and edit (people.cpp), import people and export people alike.

#include <lpg/columns.hpp>
#include <lpg/people.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/field_text.hpp"

namespace lpg::person_fields {

enum class Key { Name, Email, Phone, Org, JobTitle, Note };

/// One field of a person: its name (in messages and the audit log), its column in export and
/// import people, the person column that stores it, the shape its text must have and how
/// the text becomes what is stored (`normalise` nullptr: as it is; the organisation is found
/// by the caller), what clearing it stores, its cell in the export and its stored text (for
/// an import to tell a changed value from the same one written another way), and its option in
/// person add and person edit, which fills `input`.
struct Field {
  Key key;
  const char* name;
  const char* csv;
  const char* column;
  fields::FieldShape shape;
  FieldText PersonInput::*input;
  std::string (*normalise)(std::string_view text);
  bool cleared_empty;  ///< clearing stores "" (a note), not NULL
  columns::Cell (*write)(const Person&);
  std::optional<std::string> (*stored)(const Person&);
  FieldOption option;
};

/// Every field, in the order add and edit check them.
const std::array<Field, 6>& all();
const Field& of(Key key);

/// `text` (trimmed, not empty, checked for the field's shape) as it is stored. Throws
/// Error{Invalid} naming the text when it is wrong. Not for Key::Org, which names a row.
std::string normalised(const Field& f, std::string_view text);

/// The columns of export people around the fields: lpg's id first, and the organisation's
/// name after the organisation's "#id" (an import into another database finds it by name).
inline constexpr const char* kIdColumn = "id";
inline constexpr const char* kOrgNameColumn = "organisation_name";

}  // namespace lpg::person_fields
