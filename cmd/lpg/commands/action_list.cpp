// SPDX-License-Identifier: MIT
// lpg action list [--open] [--overdue] [--owner X] [--group G]
#include <lpg/actions.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/minutes.hpp"

namespace lpg::cli {

namespace {
struct ActionListOptions {
  std::string owner, group;
  bool open = false, overdue = false;
};
}  // namespace

Action setup_action_list(CLI::App& sub) {
  auto o = std::make_shared<ActionListOptions>();
  sub.add_flag("--open", o->open, "Only open actions");
  sub.add_flag("--overdue", o->overdue, "Only open actions past their due date");
  sub.add_option("--owner", o->owner, "Only this person's or organisation's");
  sub.add_option("--group", o->group, "Only this group's");
  sub.footer("orphaned: the owner is no longer a member of the group.");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    ActionFilter f;
    f.open_only = o->open;
    f.overdue_only = o->overdue;
    if (!o->owner.empty()) f.owner = find_owner(s, o->owner);
    if (!o->group.empty()) f.group = find_group(s, o->group);
    ctx.print(render::actions_table(list_actions(s, f)));
  };
}

}  // namespace lpg::cli
