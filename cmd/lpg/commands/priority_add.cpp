// SPDX-License-Identifier: MIT
// lpg priority add GROUP --year 2026/27 TEXT [--indicator NAME]...
#include <lpg/grants.hpp>
#include <lpg/indicators.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

namespace {
struct PriorityAddOptions {
  std::string group, year, text;
  std::vector<std::string> indicators;
};
}  // namespace

Action setup_priority_add(CLI::App& sub) {
  auto o = std::make_shared<PriorityAddOptions>();
  sub.add_option("group", o->group, "The group")->required();
  sub.add_option("text", o->text, "The priority")->required();
  sub.add_option("--year", o->year, "2026/27 (academic) or FY2026/27 (financial)")->required();
  sub.add_option("--indicator", o->indicators, "An indicator that measures it (repeatable)");
  return [o](Context& ctx) {
    Session s = ctx.session();
    GroupId group = find_group(s, o->group);
    std::vector<std::int64_t> ids;
    for (const auto& name : o->indicators) ids.push_back(find_indicator(s, name));
    ctx.print(render::priority_record(add_priority(s, group, o->year, o->text, ids)));
  };
}

}  // namespace lpg::cli
