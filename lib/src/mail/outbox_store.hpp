// SPDX-License-Identifier: MIT
#pragma once
// The owner of mail_outbox: the record of each message the mail loop wrote.

#include <lpg/session.hpp>

#include <cstdint>

namespace lpg::mail {

/// Forgets what went to person `person_id` (erasure), inside the caller's write transaction.
void forget_outbox_of(const Session& s, std::int64_t person_id);

}  // namespace lpg::mail
