// SPDX-License-Identifier: MIT
#pragma once
// Minutes owed, read with set-based SQL for reports that cover thousands of groups. The rules
// are minutes_status()'s (lpg/minutes.hpp), and the report cases pin that both agree.

#include <lpg/minutes.hpp>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "db/sql.hpp"

namespace lpg::reports {

/// An SQL expression for the day minutes of meeting `m` are due (minutes.deadline), as TEXT
/// 'YYYY-MM-DD': binds :days and :eot with bind_due().
std::string due_sql(const db::Connection& c);
void bind_due(const Session& s, db::Statement& q);

/// The held meetings of each of `groups` whose minutes are owed, as minutes_status(owed_only)
/// gives them (meeting id, group, start, due and what is owed, by the minutes rule of the
/// group's kind), by group, oldest first. Thousands of groups a
/// statement (report/id_batches.hpp).
std::unordered_map<std::int64_t, std::vector<MinutesStatus>> owed_minutes(
    const Session& s, std::vector<std::int64_t> groups);

}  // namespace lpg::reports
