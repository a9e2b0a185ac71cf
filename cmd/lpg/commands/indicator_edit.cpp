// SPDX-License-Identifier: MIT
// lpg indicator edit NAME [--name] [--outcome] [--unit] [--better] [--target|--no-target] ...
#include <lpg/indicators.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

namespace {
struct IndicatorEditOptions {
  std::string indicator;
  IndicatorChanges changes;
  std::optional<std::string> local_to;
  bool no_target = false, countywide = false;
};
}  // namespace

Action setup_indicator_edit(CLI::App& sub) {
  auto o = std::make_shared<IndicatorEditOptions>();
  IndicatorChanges& c = o->changes;
  sub.add_option("indicator", o->indicator, "The indicator (name or #id)")->required();
  sub.add_option("--name", c.name, "A new name");
  sub.add_option("--outcome", c.outcome, "The outcome it measures");
  sub.add_option("--unit", c.unit, "percent, count, rate or days");
  sub.add_option("--better", c.better, "higher or lower");
  auto* target = sub.add_option("--target", c.target, "The target value");
  sub.add_flag("--no-target", o->no_target, "Remove the target")->excludes(target);
  auto* local = sub.add_option("--local-to", o->local_to, "Make it local to this group");
  sub.add_flag("--countywide", o->countywide, "Make it countywide")->excludes(local);
  sub.add_option("--description", c.description, "The description");
  return [o](Context& ctx) {
    Session s = ctx.session();
    IndicatorChanges changes = o->changes;
    if (o->no_target) changes.target = "";
    if (o->local_to) changes.local_to = find_group(s, *o->local_to);
    if (o->countywide) changes.local_to = std::optional<GroupId>{};
    ctx.print(
        render::indicator_record(edit_indicator(s, find_indicator(s, o->indicator), changes)));
  };
}

}  // namespace lpg::cli
