// SPDX-License-Identifier: MIT
#pragma once
// Reading replies through libraries: GMime takes the message apart (MIME structure, transfer
// encodings, charsets, RFC 2047 headers), libical reads the calendar in it. Nothing here is
// parsed by hand. Both live in the module lpg-mail-reader.so (core/module.hpp), loaded by the
// first call: only `lpg mail replies` pays for their libraries.

#include <optional>
#include <string>
#include <vector>

namespace lpg::mail {

struct ReadMessage {
  std::string from;                    ///< the From address, lower case; "" when none
  std::string message_id;              ///< without brackets
  std::vector<std::string> calendars;  ///< text/calendar and application/ics parts, UTF-8
};

/// Takes a message apart with GMime. nullopt when the bytes are not a message at all.
std::optional<ReadMessage> read_message(const std::string& bytes);

struct ImipAttendee {
  std::string email;     ///< from the mailto: URI, percent-decoded, lower case
  std::string partstat;  ///< as written: ACCEPTED, DECLINED, ...; "" when absent
};

struct ImipEvent {
  std::string method;  ///< the VCALENDAR's METHOD: REPLY, REQUEST, ...; "" when absent
  std::string uid;
  int sequence = 0;     ///< 0 when absent (RFC 5545 3.8.7.4)
  std::string dtstamp;  ///< UTC, basic format "20261014T081500Z"; "" when absent
  std::vector<ImipAttendee> attendees;
};

/// Reads an iCalendar text with libical: its METHOD and first VEVENT. nullopt when it holds
/// no VCALENDAR with a VEVENT.
std::optional<ImipEvent> read_imip(const std::string& text);

}  // namespace lpg::mail
