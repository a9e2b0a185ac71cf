// SPDX-License-Identifier: MIT
// lpg meeting show MEETING: the meeting, its agenda, attendance and quorum (who counted, why).
#include <lpg/attendance.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/meetings.hpp"

namespace lpg::cli {

Action setup_meeting_show(CLI::App& sub) {
  auto meeting = std::make_shared<std::string>();
  sub.add_option("meeting", *meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  sub.footer(
      "Quorum: a member organisation is there when any of its people was present or\n"
      "represented; each person counts once however many memberships apply; N/M is of the\n"
      "core members on the day. 'members' says who counted and why.");
  return [meeting](Context& ctx) {
    Session s = ctx.read_session();
    MeetingId id = find_meeting(s, *meeting);
    render::Record record = render::meeting_record(get_meeting(s, id));
    QuorumResult q = quorum(s, id);
    render::add_quorum(record, q);
    render::print(ctx.out(), record,
                  {{"agenda", render::agenda_table(agenda(s, id))},
                   {"attendance", render::attendance_table(attendance(s, id))},
                   {"members", render::quorum_table(q)}},
                  ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
