// SPDX-License-Identifier: MIT
// lpg mail minutes MEETING --out DIR [--attach-markdown]
#include <lpg/errors.hpp>
#include <lpg/mail_loop.hpp>
#include <lpg/minutes.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/minutes.hpp"

namespace lpg::cli {

namespace {
struct MailMinutesOptions {
  std::string meeting, out;
  bool attach = false;
};
}  // namespace

Action setup_mail_minutes(CLI::App& sub) {
  auto o = std::make_shared<MailMinutesOptions>();
  sub.add_option("meeting", o->meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  sub.add_option("--out", o->out, "The outbox folder the message is written into")->required();
  sub.add_flag("--attach-markdown", o->attach, "Attach the minutes' Markdown as a .md file");
  sub.footer(
      "To minutes.officer, from reminders.organizer: the minutes as HTML and plain text\n"
      "(multipart/alternative). The submission is recorded only once the message is written.");
  return [o](Context& ctx) {
    Session s = ctx.session();
    MeetingId id = find_meeting(s, o->meeting);
    MinutesMail mail = write_minutes_mail(s, id, o->out, o->attach);
    render::Record rec = render::minutes_record(get_minutes(s, id));
    rec.add("file", mail.file);
    ctx.print(rec);
  };
}

}  // namespace lpg::cli
