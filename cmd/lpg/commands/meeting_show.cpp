// SPDX-License-Identifier: MIT
// lpg meeting show MEETING: the meeting, its agenda, attendance, quorum (who counted, why) and
// invitation replies.
#include <lpg/attendance.hpp>
#include <lpg/mail_loop.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/mail.hpp"
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
    std::vector<render::Section> sections = {
        {"agenda", render::agenda_table(agenda(s, id))},
        {"attendance", render::attendance_table(attendance(s, id))},
        {"members", render::quorum_table(q)}};
    // Invitations sent by `lpg mail invitations` and the answers read back: shown once any are.
    if (auto replies = meeting_replies(s, id); !replies.empty()) {
      sections.push_back({"replies", render::answers_table(replies)});
    }
    render::print(ctx.out(), record, sections, ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
