// SPDX-License-Identifier: MIT
// lpg export members [--group G]: memberships with roles and dates, past ones too, in the
// columns `lpg import members GROUP FILE` reads back.
#include <lpg/groups.hpp>
#include <lpg/members.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/export_out.hpp"

namespace lpg::cli {

namespace {
struct ExportMembersOptions {
  std::string out, group;
};
}  // namespace

Action setup_export_members(CLI::App& sub) {
  auto o = std::make_shared<ExportMembersOptions>();
  add_out_option(sub, o->out);
  sub.add_option("--group", o->group, "Only this group's members");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    std::vector<GroupId> groups;
    if (!o->group.empty()) {
      groups.push_back(find_group(s, o->group));
    } else {
      GroupFilter all;
      all.archived = true;
      for (const auto& g : list_groups(s, all)) groups.push_back(g.id);
    }
    render::Table t({{"id", ""},
                     {"group", ""},
                     {"organisation", ""},
                     {"person", ""},
                     {"member", ""},
                     {"kind", ""},
                     {"core_category", ""},
                     {"role", ""},
                     {"can_host", ""},
                     {"from", ""},
                     {"to", ""},
                     {"note", ""}});
    MemberFilter every;
    every.all = true;
    for (auto g : groups) {
      for (const auto& m : list_members(s, g, every)) {
        t.add({m.id, m.group_name, id_cell(m.org_id), id_cell(m.person_id), m.member_name, m.kind,
               m.core_category, m.role, m.can_host, m.from_date, render::optional_cell(m.to_date),
               m.note});
      }
    }
    export_table(ctx, o->out, t);
  };
}

}  // namespace lpg::cli
