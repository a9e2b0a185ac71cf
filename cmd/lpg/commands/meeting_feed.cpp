// SPDX-License-Identifier: MIT
// lpg meeting feed DIR: one .ics per group plus all.ics, for a web server to publish.
#include <lpg/ical.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

Action setup_meeting_feed(CLI::App& sub) {
  auto dir = std::make_shared<std::string>();
  sub.add_option("dir", *dir, "The folder to write")->required();
  sub.footer(
      "Each file is a group's whole calendar, so subscribers see moves and cancellations.\n"
      "A file whose content has not changed is left byte-identical: safe from cron.");
  return [dir](Context& ctx) {
    Session s = ctx.read_session();
    render::Table table({{"file", ""}, {"events", ""}, {"changed", ""}});
    for (const auto& f : write_feed(s, *dir)) {
      table.add({f.path, static_cast<std::int64_t>(f.events), f.changed});
    }
    ctx.print(table);
  };
}

}  // namespace lpg::cli
