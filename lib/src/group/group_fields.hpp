// SPDX-License-Identifier: MIT
#pragma once
// A group's columns, declared once: their names and cells in export groups, the names import
// groups reads back, and how a file's text compares with what add and edit stored. The
// checks themselves are add_group's and edit_group's (group_rules.cpp), which the import calls.

#include <lpg/columns.hpp>
#include <lpg/groups.hpp>

#include <array>
#include <cstddef>
#include <string>

namespace lpg::group_fields {

enum Key : std::size_t {
  kId,
  kName,
  kKind,
  kArea,
  kCadence,
  kQuorum,
  kReportsTo,
  kDescription,
  kArchivedAt,
  kCount
};

struct Column {
  Key key;
  const char* name;  ///< the CSV header and JSON key
  columns::Cell (*write)(const Group&);
};

/// Every column, in export order (Key order).
const std::array<Column, kCount>& all();
inline const char* name_of(Key key) { return all()[key].name; }

/// The groups a group reports to, in one cell: their names joined by "; ".
inline constexpr const char* kReportsToSeparator = "; ";

/// A file's text for `key` in the form add and edit store it (a cadence or quorum in
/// canonical form; other fields as written), to tell a changed value from the same one
/// written another way. Throws as parse_cadence() and parse_quorum().
std::string stored_form(Key key, const std::string& text);

}  // namespace lpg::group_fields
