// SPDX-License-Identifier: MIT
#pragma once
// The columns of a noun's export, as its field declaration gives them (lib/src/<noun>/
// <noun>_fields.cpp): each column's name, as `lpg import` reads it back, and how its cell is
// written from the noun's type. `lpg export` prints them as CSV or JSON without knowing the
// noun; the imports read the same names, so a round trip cannot drift.

#include <lpg/dates.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace lpg::columns {

/// One cell: empty (null), a whole number, text, yes/no or a date.
using Cell = std::variant<std::monostate, std::int64_t, std::string, bool, Date>;

template <class T>
Cell optional_cell(const std::optional<T>& value) {
  return value ? Cell{*value} : Cell{};
}

/// A reference as the imports read it back: "#12", or empty.
inline Cell id_cell(const std::optional<std::int64_t>& id) {
  return id ? Cell{"#" + std::to_string(*id)} : Cell{};
}

/// Empty text as null: blank in CSV, null in JSON.
inline Cell text_or_null(const std::string& text) { return text.empty() ? Cell{} : Cell{text}; }

/// A stored YYYY-MM-DD as a date; empty text as null.
inline Cell date_or_null(const std::string& iso) {
  return iso.empty() ? Cell{} : Cell{parse_date(iso)};
}

/// One column of an export of `T`.
template <class T>
struct Column {
  const char* name;  ///< the CSV header and JSON key, as the import reads it
  Cell (*write)(const T&);
};

template <class T>
using Columns = std::vector<Column<T>>;

}  // namespace lpg::columns
