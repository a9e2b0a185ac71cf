// SPDX-License-Identifier: MIT
#include "core/field_text.hpp"

#include <lpg/text.hpp>

#include "core/text_check.hpp"
#include "db/sql.hpp"

namespace lpg::fields {

void bind_value(db::Statement& q, int index, const SqlValue& value) {
  if (const auto* n = std::get_if<std::int64_t>(&value)) {
    q.bind(index, *n);
  } else if (const auto* t = std::get_if<std::string>(&value)) {
    q.bind(index, *t);
  } else {
    q.bind(index);
  }
}

void check_shape(std::string_view text, std::string_view name, FieldShape shape) {
  // Stored text must print back as it was typed, or be refused saying why.
  switch (shape) {
    case FieldShape::Name:
      check_line(text, name, kNameBytes);
      break;
    case FieldShape::Line:
      check_line(text, name, kLineBytes);
      break;
    case FieldShape::Address:
      check_text(text, name, kLineBytes);
      break;
    case FieldShape::Text:
      check_text(text, name, kTextBytes);
      break;
  }
}

std::optional<std::string> text_of(const FieldText& field, std::string_view name,
                                   FieldShape shape) {
  if (field.clear || !field.text) return std::nullopt;
  std::string text = trim(*field.text);
  check_shape(text, name, shape);
  if (text.empty()) return std::nullopt;
  return text;
}

}  // namespace lpg::fields
