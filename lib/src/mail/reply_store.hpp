// SPDX-License-Identifier: MIT
#pragma once
// The owner of meeting_reply (each address's latest answer to a meeting) and mail_seen (the
// messages read before, by digest), and the look-ups a reply is matched by.

#include <lpg/mail_loop.hpp>
#include <lpg/privacy.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lpg::mail {

/// The word for an iCalendar PARTSTAT: expected, apologies, tentative, delegated; "" for
/// any other (NEEDS-ACTION).
std::string answer_of(const std::string& partstat);

/// The person whose address `email` is, 0 for an organisation's own address, nullopt for a
/// stranger.
std::optional<std::int64_t> who_is(const Session& s, const std::string& email);

/// The answer held for an address.
struct HeldReply {
  std::string partstat, dtstamp;
  int sequence = 0;
};
std::optional<HeldReply> held_reply(const Session& s, std::int64_t meeting_id,
                                    const std::string& email);

/// Keeps `o` as the address's latest answer (person 0: an organisation's address).
void store_reply(const Session& s, const ReplyOutcome& o, std::int64_t person,
                 const std::string& dtstamp, const std::string& message_id);

/// The outcome a message with this digest had when it was read before.
std::optional<std::string> seen_outcome(const Session& s, const std::string& digest);
/// Remembers the outcome of the message with this digest.
void remember_seen(const Session& s, const std::string& digest, const std::string& outcome);

/// Forgets what person `person_id` answered (erasure), inside the caller's write transaction.
void forget_replies_of(const Session& s, std::int64_t person_id);

/// The mail loop's record of one person for a subject access export: what went to them
/// (mail_outbox) and what they answered (meeting_reply), in time order.
std::vector<PersonExport::Mail> mail_export_of(const Session& s, std::int64_t person);

}  // namespace lpg::mail
