// SPDX-License-Identifier: MIT
#pragma once
// A meeting's agenda as one text (the agenda column of export and import meetings): a title a
// line, each line of its detail after it behind a tab. No SQL here.

#include <lpg/meetings.hpp>

#include <string>
#include <utility>
#include <vector>

namespace lpg::meetings {

/// The items (in position order) folded into one text.
std::string fold_agenda(const std::vector<AgendaItem>& items);

/// The (title, detail) pairs of a folded text; Error{Invalid} for a detail before any title.
std::vector<std::pair<std::string, std::string>> parse_agenda(const std::string& text);

}  // namespace lpg::meetings
