// SPDX-License-Identifier: MIT
// Writing the outbox: one message at a time, its row committed only after its file is on disk,
// so a full disk or an interrupt never leaves a message marked sent that was not written.
#include <lpg/errors.hpp>
#include <lpg/ical.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/mail.hpp>
#include <lpg/mail_loop.hpp>

#include <fmt/format.h>
#include <unistd.h>

#include "db/store_impl.hpp"
#include "mail/outbox_file.hpp"
#include "mail/outbox_store.hpp"
#include "report/reminder_mail.hpp"

namespace lpg {

namespace {

using reports::clock_time;
using reports::long_day;

std::string cancel_body(const OutboxMessage& o, const Mailbox& organizer) {
  const Meeting& m = o.meeting;
  std::string when = fmt::format("{} at {}", long_day(date_of(m.starts)), clock_time(m.starts));
  std::string text = o.to.name.empty() ? "Hello,\n\n" : fmt::format("Dear {},\n\n", o.to.name);
  if (o.whole_meeting) {
    text += fmt::format("The {} meeting on {} has been cancelled.\n", m.group_name, when);
    if (!m.cancel_reason.empty()) text += "Why: " + m.cancel_reason + "\n";
  } else {
    text += fmt::format(
        "You are no longer on the list for the {} meeting on {}, so the invitation you were "
        "sent is withdrawn.\n",
        m.group_name, when);
  }
  text += "\nThe cancellation is attached: your calendar takes the meeting out of your diary.\n";
  if (!organizer.name.empty()) text += "\n" + organizer.name + "\n";
  return text;
}

MailMessage cancel_message(const Session& s, const OutboxMessage& o, std::string_view base) {
  const Mailbox& organizer = s.config.reminders_organizer;
  IcalOptions ical;
  ical.method = "CANCEL";
  ical.organizer = organizer;
  ical.attendees = {o.to};
  ical.cancel_whole_event = o.whole_meeting;
  Meeting m = o.meeting;
  m.sequence = o.sequence;
  MailMessage mail;
  mail.from = organizer;
  mail.to = o.to;
  mail.subject = fmt::format("Cancelled: {} meeting, {} at {}", m.group_name,
                             long_day(date_of(m.starts)), clock_time(m.starts));
  mail.date = s.clock.now();
  mail.message_id = reports::message_id(s, "cancel", base);
  mail.parts.push_back({"text/plain; charset=utf-8", cancel_body(o, organizer), false});
  mail.parts.push_back(
      {"text/calendar; method=CANCEL; charset=utf-8", to_icalendar(s, {m}, ical), true});
  return mail;
}

MailMessage message_for(const Session& s, const OutboxPlan& plan, const OutboxMessage& o,
                        std::string_view base) {
  if (o.method == "CANCEL") return cancel_message(s, o, base);
  MailMessage mail = reports::invitation_message(s, plan.reminders[o.reminder], o.recipient, base);
  mail.to = o.to;
  if (o.reason.starts_with("changed")) mail.subject = "Updated: " + mail.subject;
  return mail;
}

}  // namespace

std::vector<OutboxMessage> write_invitations(const Session& s, OutboxPlan& plan,
                                             const std::string& dir) {
  if (s.config.reminders_organizer.empty()) {
    throw Error(ErrorKind::Config, "reminders.organizer is not set",
                "set it to \"Name <email>\" under [reminders] in the configuration file");
  }
  mail::make_outbox(dir);
  std::vector<OutboxMessage> written;
  for (auto& o : plan.messages) {
    check_interrupted();
    db::WriteTx tx(db::connection(s.store));
    o.file = mail::record_outbox(s, o);
    std::string base = o.file.substr(0, o.file.size() - 4);
    std::string path =
        mail::write_outbox_file(dir, o.file, to_rfc5322(message_for(s, plan, o, base)));
    try {
      tx.commit();
    } catch (...) {
      ::unlink(path.c_str());  // not recorded: not in the outbox either
      throw;
    }
    written.push_back(o);
  }
  return written;
}

}  // namespace lpg
