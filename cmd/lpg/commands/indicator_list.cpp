// SPDX-License-Identifier: MIT
// lpg indicator list [--area A] [--local-to G] [--archived]
#include <lpg/indicators.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

namespace {
struct IndicatorListOptions {
  std::string area, local_to;
  bool archived = false;
};
}  // namespace

Action setup_indicator_list(CLI::App& sub) {
  auto o = std::make_shared<IndicatorListOptions>();
  sub.add_option(
      "--area", o->area,
      "Countywide ones and those local to groups in this area (and the areas inside it)");
  sub.add_option("--local-to", o->local_to, "Only the indicators local to this group");
  sub.add_flag("--archived", o->archived, "Archived indicators too");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    IndicatorFilter f;
    if (!o->area.empty()) f.area = find_area(s, o->area);
    if (!o->local_to.empty()) f.local_to = find_group(s, o->local_to);
    f.archived = o->archived;
    ctx.print(render::indicators_table(list_indicators(s, f)));
  };
}

}  // namespace lpg::cli
