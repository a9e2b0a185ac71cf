// SPDX-License-Identifier: MIT
// lpg report dashboard (--area A | --all-areas) [--year Y] [--format table|csv|json|html]
//     [--out FILE|DIR]
#include <lpg/dashboard.hpp>
#include <lpg/errors.hpp>
#include <lpg/grants.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "app.hpp"
#include "render/dashboard_html.hpp"
#include "render/indicators.hpp"

namespace lpg::cli {

namespace {
struct ReportDashboardOptions {
  std::string area, year, out;
  bool all_areas = false;
};

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) throw Error(ErrorKind::Io, fmt::format("cannot write {}", path.string()));
}

// "Oxford City" -> "oxford-city.html"; a clash or a name with no letters gets the id.
std::string file_for(const Dashboard& d, std::set<std::string>& used) {
  std::string slug;
  for (unsigned char c : d.area) {
    if (std::isalnum(c) != 0) {
      slug += static_cast<char>(std::tolower(c));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.empty() || slug == "index" || used.contains(slug)) {
    slug += (slug.empty() ? "area-" : "-") + std::to_string(d.area_id);
  }
  used.insert(slug);
  return slug + ".html";
}

void all_areas(Context& ctx, const ReportDashboardOptions& o, const std::optional<Period>& year) {
  if (o.out.empty()) throw Error(ErrorKind::Usage, "--all-areas needs --out DIR");
  Session s = ctx.read_session();
  std::filesystem::path dir(o.out);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec)
    throw Error(ErrorKind::CantCreate, fmt::format("cannot create {}: {}", o.out, ec.message()));
  std::vector<Dashboard> boards;
  for (AreaId area : dashboard_areas(s)) boards.push_back(dashboard(s, area, year));
  std::set<std::string> used;
  std::vector<render::IndexEntry> entries;
  for (const auto& d : boards) {
    entries.push_back({&d, file_for(d, used)});
    write_file(dir / entries.back().file, render::dashboard_html(d));
  }
  write_file(dir / "index.html",
             render::dashboard_index_html(entries, format_date(s.clock.today())));
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
      render::Style style = ctx.style();
      bool spark = style.width > 0 && o->out.empty() && format == "table";
      render::print(text, render::dashboard_table(d, spark), ctx.format(), style);
    }
    if (o->out.empty()) {
      ctx.out() << text.str();
    } else {
      write_file(o->out, text.str());
      ctx.note(fmt::format("wrote {}", o->out));
    }
  };
}

}  // namespace lpg::cli
