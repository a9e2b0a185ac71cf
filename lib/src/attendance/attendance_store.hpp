// SPDX-License-Identifier: MIT
#pragma once
// The owner of the table attendance (issue 18): the only code that writes its rows and reads
// them into AttendanceRow. meeting attend, sign-in sheets and import attendance call it.
// Each function runs inside the caller's transaction.

#include <lpg/attendance.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "db/sql.hpp"

namespace lpg::meetings {

/// One attendance row as stored.
struct StoredMark {
  std::string status;
  std::optional<std::int64_t> deputy;
  bool guest = false;
};

/// The stored attendance of a person at a meeting, if any.
std::optional<StoredMark> stored_mark(const Session& s, std::int64_t meeting, std::int64_t person);

/// A member of `group` on `day` (YYYY-MM-DD), themselves or through their organisation: else
/// their attendance is a guest's.
bool member_on(const Session& s, std::int64_t group, std::int64_t person, const std::string& day);

/// Writes attendance rows, replacing a person's earlier mark at the meeting; the prepared
/// statement is kept for the writer's life (a whole sheet or file).
class AttendanceWriter {
 public:
  explicit AttendanceWriter(const Session& s);
  /// `recorded_at` "" means now.
  void write(std::int64_t meeting, std::int64_t person, const StoredMark& mark,
             const std::string& recorded_at = "");

 private:
  const Session& s_;
  db::Statement upsert_;
};

/// A meeting's attendance, members first, by name.
std::vector<AttendanceRow> read_attendance(const Session& s, std::int64_t meeting);

}  // namespace lpg::meetings
