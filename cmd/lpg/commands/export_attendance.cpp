// SPDX-License-Identifier: MIT
// lpg export attendance [--group G] [--meeting M] [--from D] [--to D]: one row per attendance
// record, in the columns `lpg import attendance FILE` reads back.
#include <lpg/dates.hpp>
#include <lpg/meeting_io.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/export_out.hpp"

namespace lpg::cli {

namespace {
struct ExportAttendanceOptions {
  std::string out, group, meeting, from, to;
};

}  // namespace

Action setup_export_attendance(CLI::App& sub) {
  auto o = std::make_shared<ExportAttendanceOptions>();
  add_out_option(sub, o->out);
  sub.add_option("--group", o->group, "Only this group's meetings");
  sub.add_option("--meeting", o->meeting, "Only this meeting (id or GROUP@YYYY-MM-DD)");
  sub.add_option("--from", o->from, "From this day (YYYY-MM-DD)");
  sub.add_option("--to", o->to, "Up to this day, inclusive");
  sub.footer("People as #id with name and email; 'lpg import attendance FILE' reads it back.");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    MeetingExportFilter f;
    if (!o->group.empty()) f.group = find_group(s, o->group);
    if (!o->meeting.empty()) f.meeting = find_meeting(s, o->meeting);
    if (!o->from.empty()) f.from = parse_date_at(o->from, "--from");
    if (!o->to.empty()) f.to = parse_date_at(o->to, "--to");
    // The columns are the declaration's (attendance_csv_columns).
    auto t = declared_table(attendance_csv_columns(), export_attendance(s, f));
    export_table(ctx, o->out, t);
  };
}

}  // namespace lpg::cli
