// SPDX-License-Identifier: MIT
// lpg report dashboard (--area A | --all-areas) [--year Y] [--format table|csv|json|html]
//     [--out FILE|DIR]
#include <lpg/dashboard.hpp>
#include <lpg/errors.hpp>
#include <lpg/grants.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <sstream>

#include "app.hpp"
#include "commands/export_out.hpp"
#include "render/dashboard_html.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

namespace {
struct ReportDashboardOptions {
  std::string area, year, out;
  bool all_areas = false;
};

void all_areas(Context& ctx, const ReportDashboardOptions& o, const std::optional<Period>& year) {
  if (o.out.empty()) throw Error(ErrorKind::Usage, "--all-areas needs --out DIR");
  Session s = ctx.read_session();
  std::filesystem::path dir(o.out);
  make_output_dir(o.out, FileMode::Shared);
  std::vector<Dashboard> boards;
  for (AreaId area : dashboard_areas(s)) boards.push_back(dashboard(s, area, year));
  UniqueNames names({"index"});  // "Oxford City" -> oxford-city.html
  std::vector<render::IndexEntry> entries;
  WriteOptions page{FileMode::Shared, Target::Generated};
  for (const auto& d : boards) {
    entries.push_back({&d, names.take(d.area, std::to_string(d.area_id)) + ".html"});
    write_output((dir / entries.back().file).string(), render::dashboard_html(d), page);
  }
  write_output((dir / "index.html").string(),
               render::dashboard_index_html(entries, format_date(s.clock.today())), page);
  ctx.note(fmt::format("wrote {} area pages and index.html to {}", boards.size(), o.out));
}
}  // namespace

Action setup_report_dashboard(CLI::App& sub) {
  auto o = std::make_shared<ReportDashboardOptions>();
  auto* area = sub.add_option("--area", o->area, "The area whose dashboard this is");
  sub.add_flag("--all-areas", o->all_areas, "Every area, as HTML pages in --out DIR")
      ->excludes(area);
  sub.add_option("--year", o->year, "Only values up to the end of this year (2026/27)");
  sub.add_option("--out", o->out, "Write to this file (a directory with --all-areas)");
  sub.footer(
      "--format html writes one self-contained page (no scripts, nothing fetched) to\n"
      "print or send. In a terminal the table shows each trend as a sparkline.");
  return [o](Context& ctx) {
    std::string format = ctx.format_name({"table", "csv", "json", "html"});
    std::optional<Period> year;
    if (!o->year.empty()) year = parse_year(o->year);
    if (o->all_areas) {
      if (format != "html") throw Error(ErrorKind::Usage, "--all-areas writes --format html only");
      return all_areas(ctx, *o, year);
    }
    if (o->area.empty()) throw Error(ErrorKind::Usage, "choose --area AREA or --all-areas");
    Session s = ctx.read_session();
    Dashboard d = dashboard(s, find_area(s, o->area), year);
    std::ostringstream text;
    if (format == "html") {
      text << render::dashboard_html(d);
    } else {
      render::Style style = ctx.style(to_file(o->out));
      bool spark = style.width > 0 && format == "table";
      render::print(text, render::dashboard_table(d, spark), ctx.format(), style);
    }
    write_out(ctx, o->out, text.str(), FileMode::Shared);  // figures for an area, no one's data
    if (to_file(o->out)) ctx.note(fmt::format("wrote {}", o->out));
  };
}

}  // namespace lpg::cli
