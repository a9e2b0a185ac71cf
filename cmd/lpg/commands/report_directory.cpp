// SPDX-License-Identifier: MIT
// lpg report directory [--group G] [--area A] [--as-of DATE] [--format table|csv|json|html]
//     [--out FILE]
#include <lpg/reports.hpp>

#include <CLI/CLI.hpp>

#include <sstream>

#include "app.hpp"
#include "commands/export_out.hpp"
#include "commands/report_scope.hpp"
#include "render/reports.hpp"

namespace lpg::cli {

namespace {
struct ReportDirectoryOptions {
  ScopeInput scope;
  std::string out, title;
};
}  // namespace

Action setup_report_directory(CLI::App& sub) {
  auto o = std::make_shared<ReportDirectoryOptions>();
  add_scope_options(sub, o->scope);
  sub.add_option("--title", o->title, "The HTML page's heading (default: the group's name)");
  sub.add_option("--out", o->out, "Write to this file instead of standard output");
  sub.footer(
      "The open settings that are members of the group on --as-of (default today), with\n"
      "address, phone, email and funded places. --format html gives one self-contained\n"
      "page to print or send.");
  return [o](Context& ctx) {
    std::string format = ctx.format_name({"table", "csv", "json", "html"});
    Session s = ctx.read_session();
    ReportScope scope = resolve_scope(s, o->scope, DefaultPeriod::AsOf);
    auto entries = directory(s, scope);
    std::ostringstream text;
    if (format == "html") {
      std::string title = o->title;
      if (title.empty()) title = o->scope.group.empty() ? "Settings directory" : o->scope.group;
      text << render::directory_html(entries, title, format_date(scope.as_of));
    } else {
      render::print(text, render::directory_table(entries), ctx.format(),
                    ctx.style(to_file(o->out)));
    }
    write_out(ctx, o->out, text.str());  // contacts: 0600
  };
}

}  // namespace lpg::cli
