// SPDX-License-Identifier: MIT
// lpg member list [GROUP] [--role R]... [--core] [--as-of DATE | --all]
#include <lpg/members.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/members.hpp"

namespace lpg::cli {

namespace {
struct MemberListOptions {
  std::string group, as_of;
  std::vector<std::string> roles;
  bool core = false, all = false;
};
}  // namespace

Action setup_member_list(CLI::App& sub) {
  auto o = std::make_shared<MemberListOptions>();
  sub.add_option("group", o->group, "The group (default: every group, with contact columns)");
  sub.add_option("--role", o->roles, "Only holders of this role (repeatable, or chair,vice-chair)")
      ->delimiter(',');
  sub.add_flag("--core", o->core, "Only core members");
  auto* as_of = sub.add_option("--as-of", o->as_of, "Members on this date (default today)");
  sub.add_flag("--all", o->all, "Past memberships too")->excludes(as_of);
  sub.footer(
      "Without a group, lists the members of every group not archived, with their e-mail and\n"
      "phone: 'lpg member list --role chair,vice-chair,coordinator --format csv' is the\n"
      "list to write to every group's officers.");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    MemberFilter filter;
    filter.roles = o->roles;
    filter.core_only = o->core;
    filter.all = o->all;
    if (!o->as_of.empty()) filter.as_of = parse_date_at(o->as_of, "--as-of");
    if (o->group.empty()) {
      ctx.print(render::member_contacts_table(list_members(s, filter)));
    } else {
      ctx.print(render::members_table(list_members(s, find_group(s, o->group), filter)));
    }
  };
}

}  // namespace lpg::cli
