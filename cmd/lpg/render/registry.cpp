// SPDX-License-Identifier: MIT
#include "render/registry.hpp"

namespace lpg::render {

Cell stamp_cell(const std::optional<std::string>& stamp) {
  return stamp ? Cell{DateCell{*stamp}} : Cell{};
}

Record area_record(const Area& a) {
  Record r;
  r.add("id", a.id.v)
      .add("name", a.name)
      .add("code", optional_cell(a.code))
      .add("parent", optional_cell(a.parent_name))
      .add("created", stamp_cell(a.created_at));
  return r;
}

Record group_record(const Group& g) {
  Record r;
  r.add("id", g.id.v)
      .add("name", g.name)
      .add("kind", g.kind)
      .add("area", optional_cell(g.area_name))
      .add("cadence", optional_cell(g.cadence))
      .add("quorum", optional_cell(g.quorum))
      .add("description", g.description)
      .add("archived", stamp_cell(g.archived_at))
      .add("created", stamp_cell(g.created_at));
  return r;
}

Table group_links(const std::vector<GroupLink>& links) {
  Table t({{"id", ""}, {"name", ""}, {"kind", ""}});
  for (const auto& link : links) t.add({link.id.v, link.name, link.kind});
  return t;
}

std::vector<Section> group_sections(const Group& g) {
  return {{"reports_to", group_links(g.reports_to)}, {"reported_by", group_links(g.reported_by)}};
}

}  // namespace lpg::render
