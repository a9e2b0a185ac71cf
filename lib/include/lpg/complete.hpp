// SPDX-License-Identifier: MIT
#pragma once
// Values for shell completion: the names a user may type where a command takes a group, area,
// organisation, person or term. `lpg __complete` calls this for option values and positionals.

#include <lpg/session.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace lpg {

/// The names of one kind of thing ("group", "area", "org", "person" or "term") whose folded
/// name (fold_key) starts with the folded `prefix`, sorted and without duplicates. Archived
/// rows are included (commands find them too); erased people are not. Names are returned as
/// stored, spaces and all. "term" reads the term table only when it exists.
///
/// Never throws: an unknown kind, a missing table or any database error gives an empty list,
/// because completion must stay silent when it cannot help.
std::vector<std::string> complete_values(const Session& session, std::string_view kind,
                                         std::string_view prefix);

}  // namespace lpg
