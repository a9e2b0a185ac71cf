// SPDX-License-Identifier: MIT
#pragma once
// The invitation message reminders write, shared with the outbox (`lpg mail invitations`), so
// that an invitation reads the same whichever command wrote it.

#include <lpg/mail.hpp>
#include <lpg/reports.hpp>

#include <string>
#include <string_view>

namespace lpg::reports {

/// "Thursday 14 January 2027"
std::string long_day(Date day);
/// "18:30"
std::string clock_time(LocalTime t);

/// A Message-ID (without brackets) unique to one message: "KIND.NOW.BASE@organizer-domain".
std::string message_id(const Session& s, std::string_view kind, std::string_view base);

/// The invitation to `r.meeting` for `who`, from reminders.organizer: a plain text reminder and
/// a text/calendar METHOD:REQUEST with `who` as the one ATTENDEE. `base` makes the Message-ID
/// unique. Throws Error{Invalid} for an invalid address (when the message is written).
MailMessage invitation_message(const Session& s, const Reminder& r, const Recipient& who,
                               std::string_view base);

}  // namespace lpg::reports
