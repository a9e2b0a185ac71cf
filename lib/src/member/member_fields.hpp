// SPDX-License-Identifier: MIT
#pragma once
// A membership's columns, declared once: their names and cells in export members, the names
// import members reads back, and the one rule of a file's own (can_host, yes or no). The other
// checks are add_member's and edit_member's, which the import calls.

#include <lpg/columns.hpp>
#include <lpg/members.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace lpg::member_fields {

enum Key : std::size_t {
  kId,
  kGroup,
  kOrganisation,
  kPerson,
  kMember,
  kKind,
  kCoreCategory,
  kRole,
  kCanHost,
  kFrom,
  kTo,
  kNote,
  kCount
};

struct Column {
  Key key;
  const char* name;  ///< the CSV header and JSON key
  columns::Cell (*write)(const Membership&);
  bool imported;  ///< read back by import members (not the id: a file names members, not rows)
};

/// Every column, in export order (Key order).
const std::array<Column, kCount>& all();
inline const char* name_of(Key key) { return all()[key].name; }

/// A can_host cell: yes, y, true, 1 or no, n, false, 0 (any case); blank is no. Throws
/// Error{Invalid} naming the column for anything else.
bool can_host(std::string_view text);

}  // namespace lpg::member_fields
