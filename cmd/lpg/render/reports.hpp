// SPDX-License-Identifier: MIT
#pragma once
// How the reports look: tables (which CSV and JSON follow), the nested reminder JSON and the
// printable HTML directory.

#include <lpg/reports.hpp>

#include <string>

#include "render/table.hpp"

namespace lpg::render {

/// One row a recipient (a meeting with nobody to invite keeps one row with no recipient):
/// the mail-merge CSV and the table coordinators read.
Table reminders_table(const std::vector<Reminder>& list);
/// The meetings with their recipients, actions and minutes owed nested, as a JSON array.
std::string reminders_json(const std::vector<Reminder>& list);

Record composition_record(const Composition& c);
Table composition_table(const Composition& c);

Table attendance_table(const std::vector<AttendanceLine>& lines, AttendanceBy by);
Table compliance_table(const std::vector<ComplianceLine>& lines);

Table directory_table(const std::vector<DirectoryEntry>& entries);
/// One self-contained page (no scripts, nothing fetched) that prints on A4.
std::string directory_html(const std::vector<DirectoryEntry>& entries, const std::string& title,
                           const std::string& as_of);

}  // namespace lpg::render
