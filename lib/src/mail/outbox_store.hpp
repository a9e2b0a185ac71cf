// SPDX-License-Identifier: MIT
#pragma once
// The owner of mail_outbox: the record of each message the mail loop wrote, and what it says
// was sent to whom.

#include <lpg/mail_loop.hpp>
#include <lpg/reports.hpp>
#include <lpg/session.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace lpg::mail {

/// Records message `o` inside the caller's write transaction and returns the name of its file,
/// made from the row's id: "2027-01-14-m12-request-s2-o345.eml".
std::string record_outbox(const Session& s, const OutboxMessage& o);

/// The last message recorded to an address for a meeting.
struct Sent {
  std::string method;  ///< REQUEST or CANCEL
  int sequence = 0;
  std::int64_t person_id = 0;  ///< 0: an organisation's own address
};
/// meeting id -> address -> the last message recorded.
using SentMap = std::map<std::int64_t, std::map<std::string, Sent>>;

/// The last message to each address, for meetings in `scope` that start after `now`.
SentMap latest_sent(const Session& s, const ReportScope& scope, const std::string& now);

/// The last message to `email` for meeting `meeting_id`; nullopt when none was recorded.
std::optional<Sent> last_sent(const Session& s, std::int64_t meeting_id, const std::string& email);

/// The name to greet an address by: person `person_id`'s (unless erased), else that of the
/// organisation whose address it is; "" when neither.
std::string addressee_name(const Session& s, std::int64_t person_id, const std::string& email);

/// Forgets what went to person `person_id` (erasure), inside the caller's write transaction.
void forget_outbox_of(const Session& s, std::int64_t person_id);

}  // namespace lpg::mail
