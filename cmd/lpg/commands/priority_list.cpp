// SPDX-License-Identifier: MIT
// lpg priority list [--group G] [--year Y]
#include <lpg/grants.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

namespace {
struct PriorityListOptions {
  std::string group, year;
};
}  // namespace

Action setup_priority_list(CLI::App& sub) {
  auto o = std::make_shared<PriorityListOptions>();
  sub.add_option("--group", o->group, "Only this group's priorities");
  sub.add_option("--year", o->year, "Only this year's (2026/27 or FY2026/27)");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    std::optional<GroupId> group;
    if (!o->group.empty()) group = find_group(s, o->group);
    std::optional<Period> year;
    if (!o->year.empty()) year = parse_year(o->year);
    ctx.print(render::priorities_table(list_priorities(s, group, year)));
  };
}

}  // namespace lpg::cli
