// SPDX-License-Identifier: MIT
// Minutes to the officer: one message with the minutes as HTML and plain text (and the Markdown
// attached if wanted), and the submission recorded only once that message is on disk.
#include <lpg/errors.hpp>
#include <lpg/mail.hpp>
#include <lpg/mail_loop.hpp>
#include <lpg/minutes.hpp>

#include <fmt/format.h>
#include <unistd.h>

#include "db/store_impl.hpp"
#include "mail/outbox_file.hpp"
#include "report/reminder_mail.hpp"

namespace lpg {

namespace {

void require_addresses(const Session& s) {
  if (s.config.minutes_officer.empty()) {
    throw Error(ErrorKind::Config, "minutes.officer is not set",
                "set it to \"Name <email>\" under [minutes] in the configuration file");
  }
  if (s.config.reminders_organizer.empty()) {
    throw Error(ErrorKind::Config, "reminders.organizer is not set (the minutes come from it)",
                "set it to \"Name <email>\" under [reminders] in the configuration file");
  }
}

MailMessage minutes_message(const Session& s, const MinutesRecord& r, std::string_view base,
                            bool attach_markdown) {
  const Meeting& m = r.meeting;
  std::string day = reports::long_day(date_of(m.starts));
  std::string intro = fmt::format("Minutes of the {} meeting on {} (version {}).\n\n", m.group_name,
                                  day, r.current->version);
  MailMessage mail;
  mail.from = s.config.reminders_organizer;
  mail.to = s.config.minutes_officer;
  mail.subject = fmt::format("Minutes: {} meeting, {}", m.group_name, day);
  mail.date = s.clock.now();
  mail.message_id = reports::message_id(s, "minutes", base);
  mail.parts.push_back(
      {"text/plain; charset=utf-8", intro + markdown_text(r.current->text) + "\n", false});
  mail.parts.push_back({"text/html; charset=utf-8", markdown_html(r.current->text), false});
  if (attach_markdown) {
    mail.attachments.push_back({"text/markdown; charset=utf-8",
                                fmt::format("minutes-{}.md", format_date(date_of(m.starts))),
                                r.current->text});
  }
  return mail;
}

}  // namespace

MinutesMail write_minutes_mail(const Session& s, MeetingId meeting, const std::string& dir,
                               bool attach_markdown) {
  require_addresses(s);
  db::WriteTx tx(s.store);
  MinutesRecord r = get_minutes(s, meeting);
  if (!r.current) {
    throw Error(ErrorKind::NotFound, fmt::format("meeting {} has no minutes to send", meeting.v),
                "add them with 'lpg minutes add'");
  }
  MinutesRecord submitted = submit_minutes(s, meeting, "", std::nullopt);
  std::string file = fmt::format("{}-m{}-minutes-v{}.eml", format_date(date_of(r.meeting.starts)),
                                 meeting.v, r.current->version);
  mail::make_outbox(dir);
  std::string text =
      to_rfc5322(minutes_message(s, r, file.substr(0, file.size() - 4), attach_markdown));
  std::string path = mail::write_outbox_file(dir, file, text);
  try {
    tx.commit();
  } catch (...) {
    ::unlink(path.c_str());  // the submission was not recorded: the message was not sent
    throw;
  }
  return {file, s.config.minutes_officer, submitted.submitted_on};
}

}  // namespace lpg
