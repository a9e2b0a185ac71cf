// SPDX-License-Identifier: MIT
// lpg minutes show MEETING [--format md|text|json]
#include <lpg/attendance.hpp>
#include <lpg/minutes.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/meetings.hpp"
#include "render/minutes.hpp"

namespace lpg::cli {

Action setup_minutes_show(CLI::App& sub) {
  auto meeting = std::make_shared<std::string>();
  sub.add_option("meeting", *meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  sub.footer("--format md (the default), text or json.");
  return [meeting](Context& ctx) {
    Session s = ctx.read_session();
    MeetingId id = find_meeting(s, *meeting);
    MinutesRecord r = get_minutes(s, id);
    auto people = attendance(s, id);
    std::string format = ctx.format_name({"md", "text", "json"});
    if (format != "json") {
      render::print_minutes_document(ctx.out(), r, people, format == "md");
      return;
    }
    render::Table table = render::attendance_table(people);
    render::Record record = render::minutes_record(r);
    record.add("text", r.current ? render::Cell{r.current->text} : render::Cell{});
    render::print(ctx.out(), record, {{"attendance", table}}, render::Format::Json, ctx.style());
  };
}

}  // namespace lpg::cli
