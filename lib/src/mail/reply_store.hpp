// SPDX-License-Identifier: MIT
#pragma once
// The owner of meeting_reply (each address's latest answer to a meeting) and mail_seen (the
// messages read before).

#include <lpg/session.hpp>

#include <cstdint>

namespace lpg::mail {

/// Forgets what person `person_id` answered (erasure), inside the caller's write transaction.
void forget_replies_of(const Session& s, std::int64_t person_id);

}  // namespace lpg::mail
