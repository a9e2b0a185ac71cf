// SPDX-License-Identifier: MIT
// lpg report grants [--year Y] [--group G] [--area A]: totals to the penny.
#include <lpg/grants.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

namespace {
struct ReportGrantsOptions {
  std::string year, group, area;
};
}  // namespace

Action setup_report_grants(CLI::App& sub) {
  auto o = std::make_shared<ReportGrantsOptions>();
  sub.add_option("--year", o->year, "Grants awarded in this year (2026/27 or FY2026/27)");
  sub.add_option("--group", o->group, "Only this group's grants");
  sub.add_option("--area", o->area, "Only grants of groups in this area (and the areas inside it)");
  sub.footer(
      "Totals by group, area (the group's), recipient sector and priority, then overall.\n"
      "Awarded, paid and reported grants count; applied and withdrawn ones do not.");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    GrantFilter f;
    if (!o->year.empty()) f.year = parse_year(o->year);
    if (!o->group.empty()) f.group = find_group(s, o->group);
    if (!o->area.empty()) f.area = find_area(s, o->area);
    ctx.print(render::grant_totals_table(grant_totals(s, f)));
  };
}

}  // namespace lpg::cli
