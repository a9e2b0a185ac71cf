// SPDX-License-Identifier: MIT
// lpg indicator add NAME --outcome TEXT --unit U --better higher|lower [--target V] [--local-to G]
#include <lpg/indicators.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

namespace {
struct IndicatorAddOptions {
  std::string name, outcome, unit, better, local_to, description;
  std::optional<std::string> target;
};
}  // namespace

Action setup_indicator_add(CLI::App& sub) {
  auto o = std::make_shared<IndicatorAddOptions>();
  sub.add_option("name", o->name, "The indicator's name")->required();
  sub.add_option("--outcome", o->outcome, "The outcome of the countywide plan it measures")
      ->required();
  sub.add_option("--unit", o->unit, "percent, count, rate or days")->required();
  sub.add_option("--better", o->better, "Which way is better: higher or lower")->required();
  sub.add_option("--target", o->target, "The target value");
  sub.add_option("--local-to", o->local_to, "A local indicator of this group (default countywide)");
  sub.add_option("--description", o->description, "What it counts and where the figures come from");
  return [o](Context& ctx) {
    Session s = ctx.session();
    IndicatorInput in{o->name,   o->outcome,   o->unit,       o->better,
                      o->target, std::nullopt, o->description};
    if (!o->local_to.empty()) in.local_to = find_group(s, o->local_to);
    ctx.print(render::indicator_record(add_indicator(s, in)));
  };
}

}  // namespace lpg::cli
