// SPDX-License-Identifier: MIT
// lpg member list GROUP [--role R] [--core] [--as-of DATE | --all]
#include <lpg/members.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/members.hpp"

namespace lpg::cli {

namespace {
struct MemberListOptions {
  std::string group, as_of;
  std::optional<std::string> role;
  bool core = false, all = false;
};
}  // namespace

Action setup_member_list(CLI::App& sub) {
  auto o = std::make_shared<MemberListOptions>();
  sub.add_option("group", o->group, "The group")->required();
  sub.add_option("--role", o->role, "Only holders of this role");
  sub.add_flag("--core", o->core, "Only core members");
  auto* as_of = sub.add_option("--as-of", o->as_of, "Members on this date (default today)");
  sub.add_flag("--all", o->all, "Past memberships too")->excludes(as_of);
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    MemberFilter filter;
    filter.role = o->role;
    filter.core_only = o->core;
    filter.all = o->all;
    if (!o->as_of.empty()) filter.as_of = parse_date(o->as_of, "--as-of date");
    ctx.print(render::members_table(list_members(s, find_group(s, o->group), filter)));
  };
}

}  // namespace lpg::cli
