// SPDX-License-Identifier: MIT
// lpg member edit (ID | GROUP --org O | GROUP --person P) [--role R | --no-role] [--from DATE]
//                 [--can-host|--no-can-host] [--core C | --additional] [--note TEXT]
#include <lpg/members.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/member_ref.hpp"
#include "render/members.hpp"

namespace lpg::cli {

namespace {
struct MemberEditOptions {
  bool can_host = false, no_can_host = false, additional = false, no_role = false;
  std::optional<std::string> core, note, role, from;
};
}  // namespace

Action setup_member_edit(CLI::App& sub) {
  auto ref = add_member_ref_options(sub);
  auto o = std::make_shared<MemberEditOptions>();
  auto* host = sub.add_flag("--can-host", o->can_host, "May host meetings");
  sub.add_flag("--no-can-host", o->no_can_host, "May not host meetings")->excludes(host);
  auto* core = sub.add_option("--core", o->core, "Make it a core membership of this category");
  sub.add_flag("--additional", o->additional, "Make it an additional membership")->excludes(core);
  sub.add_option("--note", o->note, "Replace the note");
  auto* role = sub.add_option("--role", o->role,
                              "A new role: chair, vice-chair, coordinator, safeguarding-lead, "
                              "hwb-link, champion, la-link");
  sub.add_flag("--no-role", o->no_role, "Drop the member's role")->excludes(role);
  sub.add_option("--from", o->from, "The first day of the new role (default today)");
  sub.footer(
      "A role change keeps the history: the membership is current to the day before --from,\n"
      "and a new one with the new role starts on it. From its first day, the role is corrected.");
  return [ref, o](Context& ctx) {
    Session s = ctx.session();
    MemberChanges changes;
    if (o->can_host || o->no_can_host) changes.can_host = o->can_host;
    if (o->core) changes.core_category = *o->core;
    if (o->additional) changes.core_category = "";
    changes.note = o->note;
    if (o->role) changes.role = *o->role;
    if (o->no_role) changes.role = "";
    if (o->from) changes.from = parse_date_at(*o->from, "--from");
    ctx.print(render::member_record(edit_member(s, resolve_member_ref(s, *ref), changes)));
  };
}

}  // namespace lpg::cli
