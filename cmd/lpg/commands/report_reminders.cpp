// SPDX-License-Identifier: MIT
// lpg report reminders [--within 21d | --term next | --from D --to D] [--area A] [--group G]
//     [--format table|csv|json|eml] [--out DIR] [--no-reply]
#include <lpg/errors.hpp>
#include <lpg/mail_loop.hpp>
#include <lpg/reports.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/report_scope.hpp"
#include "render/reports.hpp"

namespace lpg::cli {

namespace {
struct ReportRemindersOptions {
  ScopeInput scope;
  std::string out;
  bool no_reply = false;
};

// Keeps only the recipients who have not answered their invitation (`lpg mail replies`).
void keep_no_reply(const Session& s, std::vector<Reminder>& list) {
  for (auto& r : list) {
    std::erase_if(r.recipients, [&](const Recipient& who) {
      return !who.email.empty() && !reply_answer(s, MeetingId{r.meeting.id}, who.email).empty();
    });
  }
}
}  // namespace

Action setup_report_reminders(CLI::App& sub) {
  auto o = std::make_shared<ReportRemindersOptions>();
  add_scope_options(sub, o->scope);
  sub.add_option("--within", o->scope.within,
                 "Meetings starting within this many days (default reminders.within)");
  sub.add_option("--out", o->out, "With --format eml: write one message a recipient into DIR");
  sub.add_flag("--no-reply", o->no_reply,
               "Only those who have not answered their invitation (see lpg mail replies)");
  sub.footer(
      "For cron: no colour, no progress, a stable order, and exit 0 with an empty list.\n"
      "CSV gives one row a recipient for a mail merge. --format eml --out DIR writes one\n"
      "RFC 5322 message a recipient, with the meeting as an invitation, for `sendmail -t`.");
  return [o](Context& ctx) {
    std::string format = ctx.format_name({"table", "csv", "json", "eml"});
    if (format == "eml" && o->out.empty()) {
      throw Error(ErrorKind::Usage, "--format eml needs --out DIR");
    }
    if (format != "eml" && !o->out.empty()) {
      throw Error(ErrorKind::Usage, "--out DIR is for --format eml");
    }
    Session s = ctx.read_session();
    auto list = reminders(s, resolve_scope(s, o->scope, DefaultPeriod::Upcoming));
    if (o->no_reply) keep_no_reply(s, list);
    if (format == "eml") {
      for (const auto& why : write_reminder_mails(s, list, o->out).skipped) {
        ctx.warn("no reminder written for " + why);
      }
      return;
    }
    if (format == "json") {
      ctx.out() << render::reminders_json(list);
      return;
    }
    render::Style style = ctx.style();
    style.color = false;  // cron mails what it prints
    render::print(ctx.out(), render::reminders_table(list), ctx.format(), style);
  };
}

}  // namespace lpg::cli
