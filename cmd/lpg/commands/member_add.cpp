// SPDX-License-Identifier: MIT
// lpg member add GROUP (--org O | --person P) [--core CATEGORY | --additional] [--role R] ...
#include <lpg/members.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/members.hpp"

namespace lpg::cli {

namespace {
struct MemberAddOptions {
  std::string group, org, person, core, role, from, note;
  bool additional = false;
  bool can_host = false;
};
}  // namespace

Action setup_member_add(CLI::App& sub) {
  auto o = std::make_shared<MemberAddOptions>();
  sub.add_option("group", o->group, "The group")->required();
  auto* org = sub.add_option("--org", o->org, "An organisation as member");
  sub.add_option("--person", o->person, "A person as member")->excludes(org);
  auto* core = sub.add_option("--core", o->core, "A core member of this category");
  sub.add_flag("--additional", o->additional, "An additional member (the default)")->excludes(core);
  sub.add_option("--role", o->role,
                 "chair, vice-chair, coordinator, safeguarding-lead, hwb-link, champion, "
                 "la-link");
  sub.add_flag("--can-host", o->can_host, "May host the group's meetings (host rotation)");
  sub.add_option("--from", o->from, "First day of membership (default today)");
  sub.add_option("--note", o->note, "A note");
  sub.footer(
      "A group has at most one current chair, vice-chair, coordinator and safeguarding lead.\n"
      "Core categories come from [core_categories] in the configuration.");
  return [o](Context& ctx) {
    Session s = ctx.session();
    MemberInput in;
    in.group = find_group(s, o->group);
    if (!o->org.empty()) in.org = find_org(s, o->org);
    if (!o->person.empty()) in.person = find_person(s, o->person);
    in.core = !o->core.empty();
    in.core_category = o->core;
    in.role = o->role;
    in.can_host = o->can_host;
    if (!o->from.empty()) in.from = parse_date_at(o->from, "--from");
    in.note = o->note;
    ctx.print(render::member_record(add_member(s, in)));
  };
}

}  // namespace lpg::cli
