// SPDX-License-Identifier: MIT
// lpg action add MEETING "text" --owner PERSON|ORG [--due DATE]
#include <lpg/actions.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/minutes.hpp"

namespace lpg::cli {

namespace {
struct ActionAddOptions {
  std::string meeting, text, owner, due;
};
}  // namespace

Action setup_action_add(CLI::App& sub) {
  auto o = std::make_shared<ActionAddOptions>();
  sub.add_option("meeting", o->meeting, "The meeting that asked for it")->required();
  sub.add_option("text", o->text, "What is to be done")->required();
  sub.add_option("--owner", o->owner,
                 "Who: a person or organisation (person:REF or org:REF to say which)")
      ->required();
  sub.add_option("--due", o->due, "By when (not before the meeting)");
  return [o](Context& ctx) {
    Session s = ctx.session();
    MeetingId meeting = find_meeting(s, o->meeting);
    ActionOwner owner = find_owner(s, o->owner);
    std::optional<Date> due;
    if (!o->due.empty()) due = parse_date_at(o->due, "--due");
    ctx.print(render::action_record(add_action(s, meeting, o->text, owner, due)));
  };
}

}  // namespace lpg::cli
