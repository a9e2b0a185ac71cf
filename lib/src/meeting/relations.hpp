// SPDX-License-Identifier: MIT
#pragma once
// Meetings planned relative to other meetings (schedule --after, --between), in the table
// meeting_relation: storing a relation, whether a meeting still keeps it, where it should
// go when the meeting it depends on moves. Shared by scheduling, moving, the meeting import
// and report compliance.

#include <lpg/meetings.hpp>

#include <optional>
#include <string>
#include <vector>

#include "meeting/relation_rules.hpp"

namespace lpg::meetings {

/// Stores a relation (inside the caller's transaction).
void store_relation(const Session& s, const Relation& r);

/// The relation of a meeting planned relative to others, if it was.
std::optional<Relation> relation_of(const Session& s, std::int64_t meeting);

/// The meetings planned relative to `meeting` (as first or second), not cancelled, by id.
std::vector<std::int64_t> dependents_of(const Session& s, std::int64_t meeting);

/// Links a meeting read from an export to the meeting its schedule key names ("after:UID",
/// "between:UID"), as migration 0012 did for meetings planned before relations were stored:
/// the weeks of an "after" from the days between them, the second of a "between" unknown.
void relate_from_key(const Session& s, std::int64_t meeting, const std::string& key);

/// How a meeting stands to the meetings it was planned from, with `moves` applied.
Standing standing(const Session& s, const Relation& r, const Moves& moves = {});

/// The day a meeting should move to so that it keeps its relation again, with `moves`
/// applied: the planned day, or the next open day in the schedule's window (not a closed day,
/// not a day its group meets). nullopt with `why` set when there is none.
std::optional<Date> day_to_keep(const Session& s, const Relation& r, const Moves& moves,
                                std::string& why);

}  // namespace lpg::meetings
