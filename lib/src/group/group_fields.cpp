// SPDX-License-Identifier: MIT
#include "group/group_fields.hpp"

#include <lpg/cadence.hpp>

namespace lpg::group_fields {

namespace {

using columns::Cell;
using columns::optional_cell;

Cell id_cell(const Group& g) { return g.id.v; }
Cell name_cell(const Group& g) { return g.name; }
Cell kind_cell(const Group& g) { return g.kind; }
Cell area_cell(const Group& g) { return optional_cell(g.area_name); }
Cell cadence_cell(const Group& g) { return optional_cell(g.cadence); }
Cell quorum_cell(const Group& g) { return optional_cell(g.quorum); }
Cell description_cell(const Group& g) { return g.description; }
Cell archived_cell(const Group& g) { return optional_cell(g.archived_at); }

Cell reports_to_cell(const Group& g) {
  std::string parents;
  for (const auto& p : g.reports_to) {
    parents += (parents.empty() ? "" : kReportsToSeparator) + p.name;
  }
  return parents;
}

}  // namespace

const std::array<Column, kCount>& all() {
  // The area is exported by name, which the import reads as a reference to it.
  static const std::array<Column, kCount> out = {{
      {kId, "id", id_cell},
      {kName, "name", name_cell},
      {kKind, "kind", kind_cell},
      {kArea, "area", area_cell},
      {kCadence, "cadence", cadence_cell},
      {kQuorum, "quorum", quorum_cell},
      {kReportsTo, "reports_to", reports_to_cell},
      {kDescription, "description", description_cell},
      {kArchivedAt, "archived_at", archived_cell},
  }};
  return out;
}

std::string stored_form(Key key, const std::string& text) {
  if (key == kCadence) return to_string(parse_cadence(text));
  if (key == kQuorum) return parse_quorum(text);
  return text;
}

}  // namespace lpg::group_fields

namespace lpg {

const columns::Columns<Group>& group_csv_columns() {
  static const columns::Columns<Group> out = [] {
    columns::Columns<Group> c;
    for (const auto& col : group_fields::all()) c.push_back({col.name, col.write});
    return c;
  }();
  return out;
}

}  // namespace lpg
