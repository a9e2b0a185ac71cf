// SPDX-License-Identifier: MIT
// lpg grant list [--group G] [--status S] [--year Y] [--area A]
#include <lpg/grants.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

namespace {
struct GrantListOptions {
  std::string group, year, area;
  std::optional<std::string> status;
};
}  // namespace

Action setup_grant_list(CLI::App& sub) {
  auto o = std::make_shared<GrantListOptions>();
  sub.add_option("--group", o->group, "Only this group's grants");
  sub.add_option("--status", o->status, "Only grants with this status");
  sub.add_option("--year", o->year, "Only those awarded in this year (2026/27 or FY2026/27)");
  sub.add_option("--area", o->area, "Only those of groups in this area (and the areas inside it)");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    GrantFilter f;
    if (!o->group.empty()) f.group = find_group(s, o->group);
    if (!o->year.empty()) f.year = parse_year(o->year);
    if (!o->area.empty()) f.area = find_area(s, o->area);
    f.status = o->status;
    ctx.print(render::grants_table(list_grants(s, f)));
  };
}

}  // namespace lpg::cli
