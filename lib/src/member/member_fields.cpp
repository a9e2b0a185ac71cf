// SPDX-License-Identifier: MIT
#include "member/member_fields.hpp"

#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

namespace lpg::member_fields {

namespace {

using columns::Cell;

Cell id_cell(const Membership& m) { return m.id; }
Cell group_cell(const Membership& m) { return m.group_name; }
Cell org_cell(const Membership& m) { return columns::id_cell(m.org_id); }
Cell person_cell(const Membership& m) { return columns::id_cell(m.person_id); }
Cell member_cell(const Membership& m) { return m.member_name; }
Cell kind_cell(const Membership& m) { return m.kind; }
Cell category_cell(const Membership& m) { return m.core_category; }
Cell role_cell(const Membership& m) { return m.role; }
Cell can_host_cell(const Membership& m) { return m.can_host; }
Cell from_cell(const Membership& m) { return m.from_date; }
Cell to_cell(const Membership& m) { return columns::optional_cell(m.to_date); }
Cell note_cell(const Membership& m) { return m.note; }

}  // namespace

const std::array<Column, kCount>& all() {
  // The organisation and person as "#id", the member by name: an import into another
  // database finds the member by name when the id names someone else there.
  static const std::array<Column, kCount> out = {{
      {kId, "id", id_cell, false},
      {kGroup, "group", group_cell, true},
      {kOrganisation, "organisation", org_cell, true},
      {kPerson, "person", person_cell, true},
      {kMember, "member", member_cell, true},
      {kKind, "kind", kind_cell, true},
      {kCoreCategory, "core_category", category_cell, true},
      {kRole, "role", role_cell, true},
      {kCanHost, "can_host", can_host_cell, true},
      {kFrom, "from", from_cell, true},
      {kTo, "to", to_cell, true},
      {kNote, "note", note_cell, true},
  }};
  return out;
}

bool can_host(std::string_view text) {
  std::string w = ascii_lower(text);
  if (w == "yes" || w == "y" || w == "true" || w == "1") return true;
  if (w.empty() || w == "no" || w == "n" || w == "false" || w == "0") return false;
  throw Error(ErrorKind::Invalid, fmt::format("invalid {} \"{}\"", name_of(kCanHost), text),
              "expected yes or no");
}

}  // namespace lpg::member_fields

namespace lpg {

const columns::Columns<Membership>& member_csv_columns() {
  static const columns::Columns<Membership> out = [] {
    columns::Columns<Membership> c;
    for (const auto& col : member_fields::all()) c.push_back({col.name, col.write});
    return c;
  }();
  return out;
}

}  // namespace lpg
