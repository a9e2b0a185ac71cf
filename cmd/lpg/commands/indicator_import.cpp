// SPDX-License-Identifier: MIT
// lpg indicator import FILE [--strict] [--rejects FILE]
#include <lpg/errors.hpp>
#include <lpg/indicators.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "app.hpp"
#include "commands/export_out.hpp"

namespace lpg::cli {

namespace {
struct IndicatorImportOptions {
  std::string file, rejects;
  bool strict = false;
};

// The rejected rows as CSV: the file's own columns, then its line and the problem.
void write_rejects(Context& ctx, const std::string& path, const IndicatorImportResult& result) {
  std::vector<render::Column> cols;
  for (const auto& name : result.header) cols.push_back({name, ""});
  cols.push_back({"line", ""});
  cols.push_back({"problem", ""});
  render::Table table(cols);
  for (const auto& r : result.rejected) {
    std::vector<render::Cell> row;
    for (std::size_t n = 0; n < result.header.size(); ++n) {
      row.emplace_back(n < r.fields.size() ? r.fields[n] : std::string());
    }
    row.emplace_back(static_cast<std::int64_t>(r.line));
    row.emplace_back(r.problem);
    table.add(row);
  }
  std::ostringstream text;
  render::print(text, table, render::Format::Csv, ctx.style(to_file(path)));
  write_out(ctx, path, text.str());
}
}  // namespace

Action setup_indicator_import(CLI::App& sub) {
  auto o = std::make_shared<IndicatorImportOptions>();
  sub.add_option("file", o->file, "CSV with columns indicator, area, period, value[, source]")
      ->required();
  sub.add_flag("--strict", o->strict, "Any rejected row stops the import (nothing is stored)");
  sub.add_option("--rejects", o->rejects, "Write the rejected rows, with line and problem, here");
  sub.footer(
      "The import is one transaction. Rows with problems are reported with their line\n"
      "and skipped; importing the same file again changes nothing; a changed value\n"
      "keeps the old one in the history.");
  return [o](Context& ctx) {
    std::ifstream in(o->file, std::ios::binary);
    if (!in) throw Error(ErrorKind::NotFound, fmt::format("cannot open {}", o->file));
    Session s = ctx.session();
    IndicatorImportResult result = import_values(s, in, o->file, o->strict);
    for (const auto& r : result.rejected)
      ctx.warn(fmt::format("{}:{}: {}", o->file, r.line, r.problem));
    if (!o->rejects.empty()) write_rejects(ctx, o->rejects, result);
    if (!result.committed) {
      throw Error(ErrorKind::Invalid,
                  fmt::format("{} row{} rejected; nothing was imported (--strict)",
                              result.rejected.size(), result.rejected.size() == 1 ? "" : "s"));
    }
    render::Record r;
    r.add("added", result.added)
        .add("updated", result.updated)
        .add("unchanged", result.unchanged)
        .add("rejected", static_cast<std::int64_t>(result.rejected.size()));
    ctx.print(r);
  };
}

}  // namespace lpg::cli
