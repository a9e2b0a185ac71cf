// SPDX-License-Identifier: MIT
#pragma once
// How the mail loop's results look: the outbox's messages, the replies read, the answers.

#include <lpg/mail_loop.hpp>

#include "render/table.hpp"

namespace lpg::render {

/// One row a message: what it is, to whom, why, and its file (blank on a dry run).
Table outbox_table(const std::vector<OutboxMessage>& messages);
/// One row a message read: the file, what was done with it, and why.
Table replies_table(const std::vector<ReplyOutcome>& outcomes);
/// A meeting's invitees and their answers ("no reply" for those who have not answered).
Table answers_table(const std::vector<ReplyLine>& lines);

}  // namespace lpg::render
