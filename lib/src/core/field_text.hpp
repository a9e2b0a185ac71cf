// SPDX-License-Identifier: MIT
#pragma once
// What the field declarations of every noun share: the checked text of one field as given
// (add, edit and import alike), and a checked value on its way to a column.

#include <lpg/orgs.hpp>  // FieldText

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace lpg::db {
class Statement;
}

namespace lpg::fields {

/// A value for one column: NULL, a number or text.
using SqlValue = std::variant<std::monostate, std::int64_t, std::string>;

struct Assign {
  std::string column;  ///< fixed in the code, never user text
  SqlValue value;
};

/// Binds a SqlValue to parameter `index` (NULL for monostate).
void bind_value(db::Statement& q, int index, const SqlValue& value);

/// What a field may hold: a name, one line, a postal address (a few lines, as short as one
/// line's limit) or multi-line text such as a note.
enum class FieldShape { Name, Line, Address, Text };

/// Throws Error{Invalid} naming the field `name` when `text` breaks the rules of `shape`
/// (text_check.hpp): what every path into a field checks, typed or read from a file.
void check_shape(std::string_view text, std::string_view name, FieldShape shape);

/// The trimmed text of the field called `name`; nullopt when cleared or blank. Throws
/// Error{Invalid} naming the field when the text breaks the rules of its shape (text_check.hpp).
std::optional<std::string> text_of(const FieldText& field, std::string_view name,
                                   FieldShape shape = FieldShape::Line);

}  // namespace lpg::fields
