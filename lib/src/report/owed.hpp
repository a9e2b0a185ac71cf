// SPDX-License-Identifier: MIT
#pragma once
// Minutes owed, read with set-based SQL for reports that cover thousands of groups. The rules
// are minutes_status()'s (lpg/minutes.hpp), and the report cases pin that both agree.

#include <lpg/minutes.hpp>

#include <memory>
#include <string>

#include "db/sql.hpp"

namespace lpg::reports {

/// An SQL expression for the day minutes of meeting `m` are due (minutes.deadline), as TEXT
/// 'YYYY-MM-DD': binds :days and :eot with bind_due().
std::string due_sql(const db::Connection& c);
void bind_due(const Session& s, db::Statement& q);

/// The held meetings of a group whose minutes are owed, as minutes_status(owed_only) gives
/// them (meeting id, group, start, due and what is owed, by the minutes rule of the group's
/// kind), oldest first. One statement, prepared once and run for each group.
class OwedMinutes {
 public:
  explicit OwedMinutes(const Session& s);
  ~OwedMinutes();
  OwedMinutes(const OwedMinutes&) = delete;
  OwedMinutes& operator=(const OwedMinutes&) = delete;

  std::vector<MinutesStatus> of(std::int64_t group_id);

 private:
  const Config& config_;
  std::string today_;
  std::unique_ptr<db::Statement> q_;
  std::unique_ptr<db::Statement> kind_;  // a group's kind
};

}  // namespace lpg::reports
