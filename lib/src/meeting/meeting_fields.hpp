// SPDX-License-Identifier: MIT
#pragma once
// A meeting's fields, declared once: the CSV columns `export meetings` writes and `import
// meetings` reads (meeting_columns() in <lpg/meeting_io.hpp>), and the checks that schedule,
// cancel, place, agenda add and the import all apply to the same text.

#include <optional>
#include <string>

namespace lpg::meetings {

/// A venue as `meeting schedule --venue`, `meeting place` and import take it: one line of
/// printable text. Throws Error{Invalid} naming "venue".
void check_venue(const std::string& venue);

/// A cancellation reason: one line. Throws Error{Invalid} naming "reason".
void check_cancel_reason(const std::string& reason);

/// A status cell: "scheduled", "held" or "cancelled" in any case, stored as "cancelled" or
/// "scheduled" (held is a scheduled meeting in the past); nullopt for a blank cell.
/// Throws Error{Invalid} for anything else.
std::optional<std::string> stored_status(const std::string& cell);

/// An agenda item's title (one line) and detail (text). Throws Error{Invalid}.
void check_agenda_item(const std::string& title, const std::string& detail);

}  // namespace lpg::meetings
