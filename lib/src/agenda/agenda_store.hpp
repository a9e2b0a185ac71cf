// SPDX-License-Identifier: MIT
#pragma once
// The owner of the table agenda_item (issue 18): the only code that writes its rows and reads
// them into AgendaItem. agenda add and remove, and import meetings, call it. Each function
// runs inside the caller's transaction.

#include <lpg/meetings.hpp>

#include <string>
#include <utility>
#include <vector>

namespace lpg::meetings {

/// The meeting's items in position order.
std::vector<AgendaItem> read_agenda(const Session& s, std::int64_t meeting);

/// How many items the meeting has.
int agenda_size(const Session& s, std::int64_t meeting);

/// Moves the items at `from` and after by `by` places (positions stay unique on the way).
void shift_items(const Session& s, std::int64_t meeting, int from, int by);

/// Stores an item at `position` (which must be free) and returns its id.
std::int64_t insert_item(const Session& s, std::int64_t meeting, int position,
                         const std::string& title, const std::string& detail);

/// Deletes the item at `position`; false when there is none.
bool delete_item(const Session& s, std::int64_t meeting, int position);

/// Replaces the whole agenda with (title, detail) items, numbered from 1 (an import).
void replace_agenda(const Session& s, std::int64_t meeting,
                    const std::vector<std::pair<std::string, std::string>>& items);

}  // namespace lpg::meetings
