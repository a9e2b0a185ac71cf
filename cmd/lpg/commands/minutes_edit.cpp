// SPDX-License-Identifier: MIT
// lpg minutes edit MEETING (--file PATH | -) [--by NAME]: a new version; earlier ones are kept.
#include <lpg/minutes.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/minutes_input.hpp"
#include "render/minutes.hpp"

namespace lpg::cli {

Action setup_minutes_edit(CLI::App& sub) {
  auto o = add_minutes_input_options(sub);
  sub.footer("Every version is kept: see 'lpg minutes history MEETING'.");
  return [o](Context& ctx) {
    Session s = ctx.session();
    MeetingId id = find_meeting(s, o->meeting);
    ctx.print(render::minutes_record(edit_minutes(s, id, read_minutes_input(*o), o->by)));
  };
}

}  // namespace lpg::cli
