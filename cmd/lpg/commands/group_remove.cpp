// SPDX-License-Identifier: MIT
// lpg group remove GROUP [--force]
#include <lpg/groups.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

namespace {
struct GroupRemoveOptions {
  std::string ref;
  bool force = false;
};
}  // namespace

Action setup_group_remove(CLI::App& sub) {
  auto o = std::make_shared<GroupRemoveOptions>();
  sub.add_option("group", o->ref, "Name or #id")->required();
  sub.add_flag("--force", o->force,
               "Remove it even with memberships or groups reporting to it, and those too");
  sub.footer(
      "A group with history is refused: archive it instead to keep that history.\n"
      "Prints what was removed.");
  return [o](Context& ctx) {
    Session s = ctx.session();
    RemovedGroup r = remove_group(s, o->ref, o->force);
    render::Record record;
    record.add("id", r.group.id.v)
        .add("name", r.group.name)
        .add("memberships", r.memberships, "memberships removed")
        .add("reported_by", r.reported_by, "lines reporting to it removed")
        .add("reports_to", r.reports_to, "its reporting lines removed")
        .add("cadences_cleared", r.cadences, "cadences cleared");
    ctx.print(record);
  };
}

}  // namespace lpg::cli
