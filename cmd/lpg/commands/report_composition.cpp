// SPDX-License-Identifier: MIT
// lpg report composition [--group G | --area A | --meeting M] [--as-of DATE]
//                        [--coverage-sectors S,...]
#include <lpg/errors.hpp>
#include <lpg/reports.hpp>

#include <CLI/CLI.hpp>

#include "app.hpp"
#include "commands/report_scope.hpp"
#include "render/reports.hpp"

namespace lpg::cli {

namespace {
struct ReportCompositionOptions {
  ScopeInput scope;
  std::string meeting;
  std::vector<std::string> coverage_sectors;
};
}  // namespace

Action setup_report_composition(CLI::App& sub) {
  auto o = std::make_shared<ReportCompositionOptions>();
  add_scope_options(sub, o->scope);
  sub.add_option("--meeting", o->meeting, "Count the people at this meeting instead");
  sub.add_option("--coverage-sectors", o->coverage_sectors,
                 "Coverage counts only these sectors (default: every early years setting)")
      ->delimiter(',')
      ->option_text("SECTOR,...");
  sub.footer(
      "Counts member organisations by sector on --as-of (default today; the last day of\n"
      "--term or --to), or with --meeting the people present or represented. Coverage:\n"
      "member settings out of the open settings in the area (the group's own area), of\n"
      "--coverage-sectors (e.g. day-nursery,pre-school; default every early years setting).\n"
      "CSV gives the sector rows; the table and JSON add the totals and coverage.");
  return [o](Context& ctx) {
    Session s = ctx.read_session();
    Composition c;
    if (!o->meeting.empty()) {
      if (!o->scope.group.empty() || !o->scope.area.empty()) {
        throw Error(ErrorKind::Usage, "--meeting cannot be combined with --group or --area");
      }
      c = meeting_composition(s, find_meeting(s, o->meeting), o->coverage_sectors);
    } else {
      c = composition(s, resolve_scope(s, o->scope, DefaultPeriod::AsOf), o->coverage_sectors);
    }
    if (ctx.format() == render::Format::Csv) return ctx.print(render::composition_table(c));
    render::print(ctx.out(), render::composition_record(c),
                  {{"sectors", render::composition_table(c)}}, ctx.format(), ctx.style());
  };
}

}  // namespace lpg::cli
