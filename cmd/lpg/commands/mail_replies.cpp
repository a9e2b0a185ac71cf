// SPDX-License-Identifier: MIT
// lpg mail replies PATH... [--dry-run] [--all]
#include <lpg/mail_loop.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/mail.hpp"

namespace lpg::cli {

namespace {
struct MailRepliesOptions {
  std::vector<std::string> paths;
  bool dry_run = false;
  bool all = false;
};
}  // namespace

Action setup_mail_replies(CLI::App& sub) {
  auto o = std::make_shared<MailRepliesOptions>();
  sub.add_option("path", o->paths, "Message files (.eml), Maildirs or folders of messages")
      ->required();
  sub.add_flag("--dry-run", o->dry_run, "Say what each message would record; record nothing");
  sub.add_flag("--all", o->all, "List every message, also those read before with the same outcome");
  sub.footer(
      "Accepted: expected; declined: apologies; tentative and delegated as such. Replies to\n"
      "unknown meetings, from unknown addresses, to an older invitation (SEQUENCE) and\n"
      "messages that are not iMIP replies are listed, not recorded. Reading a message twice\n"
      "changes nothing and lists nothing (for cron); messages are never moved or deleted.");
  return [o](Context& ctx) {
    Session s = o->dry_run ? ctx.read_session() : ctx.session();
    auto outcomes = read_replies(s, o->paths, o->dry_run);
    if (!o->all) std::erase_if(outcomes, [](const ReplyOutcome& r) { return r.repeated; });
    ctx.print(render::replies_table(outcomes));
  };
}

}  // namespace lpg::cli
