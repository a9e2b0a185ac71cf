// SPDX-License-Identifier: MIT
#pragma once

#include <lpg/attendance.hpp>
#include <lpg/meetings.hpp>
#include <lpg/schedule.hpp>

#include "render/table.hpp"

namespace lpg::render {

/// Meetings as rows: id, group, date, time, weekday, duration, location, status.
Table meetings_table(const std::vector<Meeting>& meetings);
/// A schedule's plan: state, id, date, day, time, host, venue, note.
Table plan_table(const std::vector<PlannedMeeting>& plan);
/// One meeting, every field.
Record meeting_record(const Meeting& m);
/// The agenda: position, title, detail.
Table agenda_table(const std::vector<AgendaItem>& items);
/// Attendance: person, organisation, status, represented by, guest.
Table attendance_table(const std::vector<AttendanceRow>& rows);
/// The quorum's figures after a meeting's fields: the rule, what it counts, members needed,
/// members counted, members attending and whether the meeting was quorate.
void add_quorum(Record& record, const QuorumResult& q);
/// Every membership current on the meeting's day: counted towards the quorum or not, and why.
Table quorum_table(const QuorumResult& q);
/// "Thu" for a date.
std::string weekday_name(Date day);
/// "18:30" for a local time.
std::string clock_time(LocalTime time);

}  // namespace lpg::render
