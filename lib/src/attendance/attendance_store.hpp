// SPDX-License-Identifier: MIT
#pragma once
// The owner of the table attendance (issue 18): the only code that writes its rows and reads
// them into AttendanceRow. meeting attend, sign-in sheets and import attendance call it.
// Each function runs inside the caller's transaction.

#include <lpg/attendance.hpp>
#include <lpg/privacy.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "attendance/quorum_rules.hpp"
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

/// For the quorum count: the recorded attendance of a meeting with each person's name,
/// organisation and deputy, by name.
std::vector<Attendee> attendees_of(const Session& s, std::int64_t meeting);

/// How many attendance rows are a person's own or name them as the deputy (erasure's report).
std::int64_t attendance_count_of(const Session& s, std::int64_t person);

/// A person's attendance for a subject access export: their own rows, and the rows of the
/// people they stood in for; by date.
std::vector<PersonExport::Attendance> attendance_export_of(const Session& s, std::int64_t person);

/// A meeting's attendance, members first, by name.
std::vector<AttendanceRow> read_attendance(const Session& s, std::int64_t meeting);

}  // namespace lpg::meetings
