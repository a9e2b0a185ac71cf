// SPDX-License-Identifier: MIT
// lpg minutes history MEETING: every version of the minutes.
#include <lpg/minutes.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

Action setup_minutes_history(CLI::App& sub) {
  auto meeting = std::make_shared<std::string>();
  sub.add_option("meeting", *meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  return [meeting](Context& ctx) {
    Session s = ctx.read_session();
    render::Table table({{"version", ""},
                         {"recorded_at", "recorded"},
                         {"recorded_by", "by"},
                         {"bytes", ""},
                         {"converted", ""},
                         {"first_line", "first line"}});
    for (const auto& v : minutes_history(s, find_meeting(s, *meeting))) {
      std::string first = v.text.substr(0, v.text.find('\n'));
      table.add({std::int64_t{v.version}, v.recorded_at, v.recorded_by,
                 static_cast<std::int64_t>(v.text.size()),
                 v.converted.empty() ? render::Cell{} : render::Cell{v.converted}, first});
    }
    ctx.print(table);
  };
}

}  // namespace lpg::cli
