// SPDX-License-Identifier: MIT
// lpg export meetings [--group G] [--from D] [--to D]: every meeting, cancelled ones too, in
// the columns `lpg import meetings FILE` reads back.
#include <lpg/dates.hpp>
#include <lpg/meeting_io.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/export_out.hpp"

namespace lpg::cli {

namespace {
struct ExportMeetingsOptions {
  std::string out, group, from, to;
};

}  // namespace

Action setup_export_meetings(CLI::App& sub) {
  auto o = std::make_shared<ExportMeetingsOptions>();
  add_out_option(sub, o->out);
  sub.add_option("--group", o->group, "Only this group's meetings");
  sub.add_option("--from", o->from, "From this day (YYYY-MM-DD)");
  sub.add_option("--to", o->to, "Up to this day, inclusive");
  sub.footer("Cancelled meetings too. 'lpg import meetings FILE' reads the CSV back by uid.");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    MeetingExportFilter f;
    if (!o->group.empty()) f.group = find_group(s, o->group);
    if (!o->from.empty()) f.from = parse_date_at(o->from, "--from");
    if (!o->to.empty()) f.to = parse_date_at(o->to, "--to");
    // The columns are the declaration's (meeting_csv_columns).
    auto t = declared_table(meeting_csv_columns(), export_meetings(s, f));
    export_table(ctx, o->out, t);
  };
}

}  // namespace lpg::cli
