// SPDX-License-Identifier: MIT
// lpg minutes add MEETING (--file PATH | -) [--by NAME]
#include <lpg/minutes.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/minutes_input.hpp"
#include "render/minutes.hpp"

namespace lpg::cli {

Action setup_minutes_add(CLI::App& sub) {
  auto o = add_minutes_input_options(sub);
  sub.footer(
      "Markdown or plain text in UTF-8; a Windows-1252 file is converted. At most 5 MB.\n"
      "The meeting must have been held. 'lpg minutes edit' adds later versions.");
  return [o](Context& ctx) {
    Session s = ctx.session();
    MeetingId id = find_meeting(s, o->meeting);
    ctx.print(render::minutes_record(add_minutes(s, id, read_minutes_input(*o), o->by)));
  };
}

}  // namespace lpg::cli
