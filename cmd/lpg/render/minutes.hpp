// SPDX-License-Identifier: MIT
#pragma once

#include <lpg/actions.hpp>
#include <lpg/attendance.hpp>
#include <lpg/minutes.hpp>

#include <iosfwd>

#include "render/table.hpp"

namespace lpg::render {

/// The state of a meeting's minutes (not the text).
Record minutes_record(const MinutesRecord& r);

/// The minutes with their meeting header, as Markdown (`markdown`) or plain text.
void print_minutes_document(std::ostream& out, const MinutesRecord& r,
                            const std::vector<AttendanceRow>& attendance, bool markdown);

/// Actions as rows, and one action.
Table actions_table(const std::vector<ActionItem>& actions);
Record action_record(const ActionItem& a);

}  // namespace lpg::render
