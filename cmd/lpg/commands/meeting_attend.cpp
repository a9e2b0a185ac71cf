// SPDX-License-Identifier: MIT
// lpg meeting attend MEETING PERSON... (--present | --apologies | --absent | --represented-by P)
#include <lpg/attendance.hpp>
#include <lpg/errors.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <fstream>

#include "app.hpp"
#include "render/meetings.hpp"

namespace lpg::cli {

namespace {
struct MeetingAttendOptions {
  std::string meeting, represented_by, from;
  std::vector<std::string> people;
  bool present = false, apologies = false, absent = false, force = false;
};

std::string status_of(const MeetingAttendOptions& o) {
  int chosen = o.present + o.apologies + o.absent + !o.represented_by.empty();
  if (chosen != 1) {
    throw Error(ErrorKind::Usage,
                "choose one of --present, --apologies, --absent and --represented-by");
  }
  if (o.present) return "present";
  if (o.apologies) return "apologies";
  if (o.absent) return "absent";
  return "represented";
}
}  // namespace

Action setup_meeting_attend(CLI::App& sub) {
  auto o = std::make_shared<MeetingAttendOptions>();
  sub.add_option("meeting", o->meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  sub.add_option("people", o->people, "People: name, email or id");
  sub.add_option("--from", o->from,
                 "A sign-in sheet (CSV: name, email, status, represented_by) instead of names");
  sub.add_flag("--present", o->present, "They came");
  sub.add_flag("--apologies", o->apologies, "They sent apologies");
  sub.add_flag("--absent", o->absent, "They neither came nor sent apologies");
  sub.add_option("--represented-by", o->represented_by,
                 "Someone came in their place (counts as attendance)");
  sub.add_flag("--force", o->force, "Record for a meeting still in the future");
  sub.footer(
      "People who are not members on the day are recorded as guests. A sign-in sheet may name\n"
      "people lpg does not know yet: they are added. A blank status means present.");
  return [o](Context& ctx) {
    Session s = ctx.session();
    MeetingId meeting = find_meeting(s, o->meeting);
    if (!o->from.empty()) {
      if (!o->people.empty()) throw Error(ErrorKind::Usage, "give people or --from, not both");
      std::ifstream sheet(o->from, std::ios::binary);
      if (!sheet) throw Error(ErrorKind::NotFound, "cannot read " + o->from);
      SignInResult r = record_sign_in(s, meeting, sheet, o->from, o->force);
      ctx.note(fmt::format("{} recorded, {} new people", r.recorded, r.new_people));
      ctx.print(render::attendance_table(r.attendance));
      return;
    }
    if (o->people.empty()) throw Error(ErrorKind::Usage, "name the people, or give --from FILE");
    std::string status = status_of(*o);
    std::optional<PersonId> deputy;
    if (!o->represented_by.empty()) deputy = find_person(s, o->represented_by);
    std::vector<AttendanceMark> marks;
    for (const auto& person : o->people) {
      marks.push_back({find_person(s, person), status, deputy});
    }
    ctx.print(render::attendance_table(record_attendance(s, meeting, marks, o->force)));
  };
}

}  // namespace lpg::cli
