// SPDX-License-Identifier: MIT
// lpg indicator show NAME [--area A] [--history]
#include <lpg/indicators.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

namespace {
struct IndicatorShowOptions {
  std::string name, area;
  bool history = false;
};
}  // namespace

Action setup_indicator_show(CLI::App& sub) {
  auto o = std::make_shared<IndicatorShowOptions>();
  sub.add_option("name", o->name, "The indicator (name or #id)")->required();
  sub.add_option("--area", o->area, "Only values of this area (and the areas inside it)");
  sub.add_flag("--history", o->history, "Corrected (superseded) values too, with when");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    std::int64_t id = find_indicator(s, o->name);
    std::optional<AreaId> area;
    if (!o->area.empty()) area = find_area(s, o->area);
    auto values = indicator_values(s, id, area, o->history);
    render::print(ctx.out(), render::indicator_record(get_indicator(s, id)),
                  {{"values", render::values_table(values, o->history)}}, ctx.format(),
                  ctx.style());
  };
}

}  // namespace lpg::cli
