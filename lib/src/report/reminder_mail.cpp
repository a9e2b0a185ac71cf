// SPDX-License-Identifier: MIT
// Reminders as mail: one message a recipient, a plain text body and the meeting as an
// iCalendar REQUEST carrying the UID the calendar export gives, so a calendar program offers
// accept and decline and a moved meeting replaces the one already in the diary.
#include "report/reminder_mail.hpp"

#include <lpg/errors.hpp>
#include <lpg/ical.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/mail.hpp>
#include <lpg/output.hpp>
#include <lpg/reports.hpp>

#include <fmt/format.h>

#include <array>
#include <filesystem>
#include <set>

namespace lpg {

namespace reports {

std::string long_day(Date day) {
  static constexpr std::array<const char*, 7> kDays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};
  static constexpr std::array<const char*, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return fmt::format("{} {} {} {}", kDays[date::weekday{day}.c_encoding()],
                     static_cast<unsigned>(day.day()),
                     kMonths[static_cast<unsigned>(day.month()) - 1], static_cast<int>(day.year()));
}

std::string clock_time(LocalTime t) { return format_local_time(t).substr(11); }

}  // namespace reports

namespace {

using reports::clock_time;
using reports::long_day;

std::string body(const Reminder& r, const Recipient& who, const Mailbox& organizer) {
  std::string text = fmt::format("Dear {},\n\n", who.name);
  text += fmt::format("{} meets on {} at {} ({}).\n", r.meeting.group_name,
                      long_day(date_of(r.meeting.starts)), clock_time(r.meeting.starts),
                      format_duration(r.meeting.duration));
  if (!r.place.empty()) text += "Where: " + r.place + "\n";
  if (!who.open_actions.empty()) {
    text += "\nYour open actions:\n";
    for (const auto& a : who.open_actions) {
      text += fmt::format("- {}{}\n", a.text, a.due.empty() ? "" : " (due " + a.due + ")");
    }
  }
  if (!r.minutes_owed.empty()) {
    text += "\nMinutes the group still owes:\n";
    for (const auto& m : r.minutes_owed) {
      std::string what;
      for (const auto& o : m.owed) what += (what.empty() ? "" : ", ") + o;
      text += fmt::format("- meeting of {}: {}\n", format_date(date_of(m.meeting.starts)), what);
    }
  }
  text += "\nThe invitation is attached: accept or decline it in your calendar.\n";
  if (!organizer.name.empty()) text += "\n" + organizer.name + "\n";
  return text;
}

std::string domain_of(const std::string& email) {
  auto at = email.rfind('@');
  return at == std::string::npos || at + 1 == email.size() ? "lpg.invalid" : email.substr(at + 1);
}

// The file name and Message-ID base: the day, the meeting and the recipient's name from
// UniqueNames (unique by construction, whatever the addresses).
std::string base_name(const Reminder& r, const std::string& name) {
  return fmt::format("{}-m{}-{}", format_date(date_of(r.meeting.starts)), r.meeting.id, name);
}

ReminderMail mail_for(const Session& s, const Reminder& r, const Recipient& who,
                      const std::string& name) {
  std::string base = base_name(r, name);
  MailMessage m = reports::invitation_message(s, r, who, base);
  return {base + ".eml", m.to, to_rfc5322(m)};
}

}  // namespace

namespace reports {

std::string message_id(const Session& s, std::string_view kind, std::string_view base) {
  return fmt::format("{}.{}.{}@{}", kind, s.clock.now().time_since_epoch().count(), base,
                     domain_of(s.config.reminders_organizer.email));
}

MailMessage invitation_message(const Session& s, const Reminder& r, const Recipient& who,
                               std::string_view base) {
  const Mailbox& organizer = s.config.reminders_organizer;
  Mailbox to{who.name, who.email};
  IcalOptions ical;
  ical.method = "REQUEST";
  ical.organizer = organizer;
  ical.attendees = {to};
  MailMessage m;
  m.from = organizer;
  m.to = to;
  m.subject = fmt::format("{} meeting, {} at {}", r.meeting.group_name,
                          long_day(date_of(r.meeting.starts)), clock_time(r.meeting.starts));
  m.date = s.clock.now();
  m.message_id = message_id(s, "reminder", base);
  m.parts.push_back({"text/plain; charset=utf-8", body(r, who, organizer), false});
  m.parts.push_back(
      {"text/calendar; method=REQUEST; charset=utf-8", to_icalendar(s, {r.meeting}, ical), true});
  return m;
}

}  // namespace reports

void reminder_mails(const Session& s, const std::vector<Reminder>& list,
                    const std::function<void(const ReminderMail&)>& sink,
                    std::vector<std::string>* skipped) {
  if (s.config.reminders_organizer.empty()) {
    throw Error(ErrorKind::Config, "reminders.organizer is not set",
                "set it to \"Name <email>\" under [reminders] in the configuration file");
  }
  for (const auto& r : list) {
    std::set<std::string> sent;  // one message an address, even when two people share it
    UniqueNames names;           // file names unique by construction, whatever the addresses
    for (std::size_t i = 0; i < r.recipients.size(); ++i) {
      const Recipient& who = r.recipients[i];
      if (who.email.empty() || !sent.insert(who.email).second) continue;
      std::string id =
          who.person_id != 0 ? fmt::format("p{}", who.person_id) : fmt::format("r{}", i + 1);
      std::string name = names.take(who.email, id);
      try {
        ReminderMail mail = mail_for(s, r, who, name);
        sink(mail);
      } catch (const Error& e) {
        // One stored address lpg cannot write stops no one else's reminder.
        if (e.kind() != ErrorKind::Invalid || skipped == nullptr) throw;
        skipped->push_back(fmt::format("meeting {}: {}: {}", r.meeting.id, who.email, e.what()));
      }
    }
  }
}

MailRun write_reminder_mails(const Session& s, const std::vector<Reminder>& list,
                             const std::string& dir) {
  if (s.config.reminders_organizer.empty()) reminder_mails(s, {}, {});  // throws, before mkdir
  make_output_dir(dir, FileMode::Private);
  MailRun run;
  reminder_mails(
      s, list,
      [&](const ReminderMail& mail) {
        check_interrupted();
        auto path = std::filesystem::path(dir) / mail.file_name;
        write_output(path.string(), mail.message, {FileMode::Private, Target::Generated});
        ++run.written;
      },
      &run.skipped);
  return run;
}

}  // namespace lpg
