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
    std::vector<Membership> rows;
    MemberFilter every;
    every.all = true;
    for (auto g : groups) {
      auto of_group = list_members(s, g, every);
      rows.insert(rows.end(), of_group.begin(), of_group.end());
    }
    // The columns are the memberships' declaration (member_csv_columns).
    auto t = declared_table(member_csv_columns(), rows);
    export_table(ctx, o->out, t);
  };
}

}  // namespace lpg::cli
