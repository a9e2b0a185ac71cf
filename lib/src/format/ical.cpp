// SPDX-License-Identifier: MIT
#include <lpg/contact.hpp>
#include <lpg/errors.hpp>
#include <lpg/ical.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <cctype>

namespace lpg {

std::string ical_escape(std::string_view text) {
  std::string out;
  for (char ch : text) {
    switch (ch) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        // Other control characters are not allowed in TEXT.
        if (static_cast<unsigned char>(ch) >= 0x20 || ch == '\t') out += ch;
    }
  }
  return out;
}

std::string ical_fold(std::string_view line) {
  std::string out;
  std::size_t width = 75;  // the first line; continuation lines lose one to the leading space
  std::size_t start = 0;
  while (line.size() - start > width) {
    std::size_t cut = start + width;
    while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.substr(start, cut - start));
    out += "\r\n ";
    start = cut;
    width = 74;
  }
  out.append(line.substr(start));
  return out + "\r\n";
}

std::string calendar_address(std::string_view property, const Mailbox& who,
                             std::string_view params) {
  std::string email = normalise_email(who.email);  // throws for anything but one address
  std::string line(property);
  if (std::string name = trim(who.name); !name.empty()) {
    line += ";CN=\"";
    for (char ch : name) {
      if (ch != '"' && static_cast<unsigned char>(ch) >= 0x20 && ch != 0x7f) line += ch;
    }
    line += '"';
  }
  line += params;
  line += ":mailto:";
  // RFC 6068: in an addr-spec only unreserved characters and some-delims stand for themselves.
  for (unsigned char ch : email) {
    bool plain =
        std::isalnum(ch) != 0 ||
        std::string_view("-._~!$'*+@").find(static_cast<char>(ch)) != std::string_view::npos;
    line += plain ? std::string(1, static_cast<char>(ch)) : fmt::format("%{:02X}", ch);
  }
  return line;
}

IcalOptions published_calendar(const Session& s, std::string calendar_name) {
  IcalOptions o;
  o.calendar_name = std::move(calendar_name);
  o.organizer = s.config.reminders_organizer;
  return o;
}

namespace {

std::string utc_basic(std::chrono::sys_seconds at) { return date::format("%Y%m%dT%H%M%SZ", at); }

// "2026-11-30T09:00:00Z" -> "20261130T090000Z"
std::string stamp_basic(const std::string& iso) {
  std::string out;
  for (char ch : iso) {
    if (ch != '-' && ch != ':') out += ch;
  }
  return out;
}

std::string description(const Session& s, const Meeting& m) {
  std::string text;
  if (m.status == "cancelled") text += "Cancelled: " + m.cancel_reason + "\n\n";
  auto items = agenda(s, MeetingId{m.id});
  if (!items.empty()) {
    text += "Agenda:\n";
    for (const auto& item : items) text += fmt::format("{}. {}\n", item.position, item.title);
  }
  while (text.ends_with('\n')) text.pop_back();
  return text;
}

void add_event(std::string& out, const Session& s, const Meeting& m, const IcalOptions& o) {
  auto line = [&](const std::string& text) { out += ical_fold(text); };
  line("BEGIN:VEVENT");
  line("UID:" + ical_escape(m.uid));  // TEXT: an imported uid may hold anything
  line("DTSTAMP:" + stamp_basic(m.updated_at));
  line("LAST-MODIFIED:" + stamp_basic(m.updated_at));
  line("SEQUENCE:" + std::to_string(m.sequence));
  // The end is the start plus the length as time passes: a meeting across the night the
  // clocks change lasts as long as it says.
  line("DTSTART:" + utc_basic(instant_of(s.clock, m.starts)));
  line("DTEND:" + utc_basic(instant_of(s.clock, m.starts) + m.duration));
  line("SUMMARY:" + ical_escape(m.group_name + " meeting"));
  if (!m.location().empty()) line("LOCATION:" + ical_escape(m.location()));
  if (auto text = description(s, m); !text.empty()) line("DESCRIPTION:" + ical_escape(text));
  bool cancel = o.method == "CANCEL";
  if (cancel && o.cancel_whole_event) {
    line("STATUS:CANCELLED");
  } else if (!cancel) {
    line(std::string("STATUS:") + (m.status == "cancelled" ? "CANCELLED" : "CONFIRMED"));
  }
  if (!o.organizer.empty()) line(calendar_address("ORGANIZER", o.organizer));
  // Only a REQUEST asks for a reply; a CANCEL names whom it cancels for.
  const char* params = o.method == "REQUEST"
                           ? ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
                           : ";ROLE=REQ-PARTICIPANT";
  for (const auto& who : o.attendees) line(calendar_address("ATTENDEE", who, params));
  line("END:VEVENT");
}

}  // namespace

std::string to_icalendar(const Session& s, const std::vector<Meeting>& meetings,
                         const IcalOptions& o) {
  std::string out;
  auto line = [&](const std::string& text) { out += ical_fold(text); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//lpg//local partnership groups//EN");
  line("CALSCALE:GREGORIAN");
  line("METHOD:" + o.method);
  if (!o.calendar_name.empty()) line("X-WR-CALNAME:" + ical_escape(o.calendar_name));
  line("X-WR-TIMEZONE:" + s.clock.zone()->name());
  for (const auto& m : meetings) add_event(out, s, m, o);
  line("END:VCALENDAR");
  return out;
}

}  // namespace lpg
