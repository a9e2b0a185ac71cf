// SPDX-License-Identifier: MIT
// lpg mail invitations --out DIR [--within 21d | --from D --to D | --term T] [--area A]
//     [--group G] [--dry-run]
#include <lpg/errors.hpp>
#include <lpg/mail_loop.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/report_scope.hpp"
#include "render/mail.hpp"

namespace lpg::cli {

namespace {
struct MailInvitationsOptions {
  ScopeInput scope;
  std::string out;
  bool dry_run = false;
};
}  // namespace

Action setup_mail_invitations(CLI::App& sub) {
  auto o = std::make_shared<MailInvitationsOptions>();
  add_scope_options(sub, o->scope);
  sub.add_option("--within", o->scope.within,
                 "Invite to meetings starting within this many days (default reminders.within)");
  sub.add_option("--out", o->out, "The outbox folder the messages are written into");
  sub.add_flag("--dry-run", o->dry_run, "List what is due; write and record nothing");
  sub.footer(
      "For cron: writes only what is due and not yet sent (new invitations, updates of moved\n"
      "or changed meetings, cancellations), one RFC 5322 message a file for `sendmail -t`,\n"
      "and prints what it wrote. A second run writes nothing.");
  return [o](Context& ctx) {
    if (o->out.empty() && !o->dry_run) {
      throw Error(ErrorKind::Usage, "where should the messages go?",
                  "give --out DIR (the outbox folder), or --dry-run to list them");
    }
    Session s = o->dry_run ? ctx.read_session() : ctx.session();
    OutboxPlan plan = plan_invitations(s, resolve_scope(s, o->scope, DefaultPeriod::Upcoming));
    if (o->dry_run) {
      ctx.print(render::outbox_table(plan.messages));
      return;
    }
    ctx.print(render::outbox_table(write_invitations(s, plan, o->out)));
  };
}

}  // namespace lpg::cli
