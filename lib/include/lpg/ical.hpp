// SPDX-License-Identifier: MIT
#pragma once
// iCalendar (RFC 5545) for meetings: files people import, feeds they subscribe to, and the
// invitations that reminders attach. Times are written in UTC, converted from Europe/London
// wall-clock times through the tz database, so British Summer Time is always right.

#include <lpg/mailbox.hpp>
#include <lpg/meetings.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lpg {

struct IcalOptions {
  std::string calendar_name;  ///< X-WR-CALNAME
  /// PUBLISH for files and feeds; REQUEST for invitations (attendees asked to reply, RSVP);
  /// CANCEL for cancellations (RFC 5546 3.2.5).
  std::string method = "PUBLISH";
  Mailbox organizer;               ///< ORGANIZER of every event, when set
  std::vector<Mailbox> attendees;  ///< ATTENDEE lines (invitations and cancellations)
  /// With CANCEL: false when only these attendees are uninvited and the meeting stands for
  /// the others, so the event carries no STATUS (RFC 5546 3.2.5 forbids STATUS:CANCELLED then).
  bool cancel_whole_event = true;
};

/// The VCALENDAR text (CRLF line ends, lines folded at 75 octets) with one VEVENT a meeting:
/// stable UID, DTSTAMP and LAST-MODIFIED from the meeting's last change (so the same data gives
/// the same bytes), SEQUENCE, STATUS (CONFIRMED or CANCELLED), LOCATION, and a DESCRIPTION
/// holding the agenda.
std::string to_icalendar(const Session& s, const std::vector<Meeting>& meetings,
                         const IcalOptions& options);

/// The options for a calendar people import or subscribe to: METHOD:PUBLISH and, when
/// reminders.organizer is set, that ORGANIZER.
IcalOptions published_calendar(const Session& s, std::string calendar_name);

/// An ORGANIZER or ATTENDEE line (unfolded): CN as a quoted parameter value (RFC 5545 3.2:
/// DQUOTE and control characters cannot appear in one, so they are left out), then the
/// address as a mailto: URI (RFC 6068, percent-encoding '?', '#', '%' and the like, so no
/// header or second address can ride along). `params` (";ROLE=...") follow CN.
std::string calendar_address(std::string_view property, const Mailbox& who,
                             std::string_view params = {});

/// Escapes TEXT per RFC 5545 3.3.11 (backslash, semicolon, comma, newline).
std::string ical_escape(std::string_view text);
/// Folds one content line at 75 octets without splitting a UTF-8 character; adds CRLF.
std::string ical_fold(std::string_view line);

struct FeedFile {
  std::string path;
  std::size_t events = 0;
  bool changed = false;  ///< false: the file already held these bytes and was left alone
};

/// Writes DIR/<group>.ics for every group with meetings, and DIR/all.ics, through the one
/// output writer (published: mode 0644 under umask 022). Names are unique by construction
/// (UniqueNames: a group whose name another took first is "<name>--<id>.ics"). A file whose
/// content would not change is not rewritten, so a feed stays byte-identical (and keeps its
/// mtime). Throws Error{CantCreate|Io|Conflict}.
std::vector<FeedFile> write_feed(const Session& s, const std::string& dir);

}  // namespace lpg
