// SPDX-License-Identifier: MIT
// lpg term import FILE [--as csv|toml]: term dates and closure days, all or nothing.
#include <lpg/terms.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app.hpp"

namespace lpg::cli {

namespace {
struct TermImportOptions {
  std::string file;
  std::string as;
};
}  // namespace

Action setup_term_import(CLI::App& sub) {
  auto o = std::make_shared<TermImportOptions>();
  sub.add_option("file", o->file, "A .csv or .toml file of term dates")->required();
  sub.add_option("--as", o->as, "The file's format, when its name does not say")
      ->check(CLI::IsMember({"csv", "toml"}))
      ->option_text("csv|toml");
  sub.footer(
      "One transaction: a bad row stops the import at FILE:LINE and nothing is stored. A term\n"
      "already stored (same year and name) or a closure day already stored is updated in\n"
      "place, so importing the same file again changes nothing. Dates are inclusive.\n\n"
      "CSV: a header naming year,term,start,end,half_term_start,half_term_end[,note]. term is\n"
      "autumn, spring, summer, or closure for closure days from start to end (end optional).\n"
      "  year,term,start,end,half_term_start,half_term_end,note\n"
      "  2026/27,autumn,2026-09-03,2026-12-18,2026-10-26,2026-10-30,\n"
      "  2026/27,closure,2027-01-04,,,,INSET day\n\n"
      "TOML:\n"
      "  [[year]]\n"
      "  name = \"2026/27\"\n"
      "  closures = [2027-01-04, { date = 2027-05-03, note = \"May Day bank holiday\" }]\n"
      "  [[year.term]]\n"
      "  name = \"autumn\"\n"
      "  start = 2026-09-03\n"
      "  end = 2026-12-18\n"
      "  half_term = [2026-10-26, 2026-10-30]");
  return [o](Context& ctx) {
    ImportFormat format = o->as == "csv"    ? ImportFormat::Csv
                          : o->as == "toml" ? ImportFormat::Toml
                                            : ImportFormat::Auto;
    TermImportResult result = import_calendar(ctx.session(), o->file, format);
    render::Table table({{"kind", ""}, {"year", ""}, {"item", ""}, {"status", ""}});
    for (const auto& item : result.items) {
      table.add({item.kind, item.year, item.what, item.status});
    }
    ctx.print(table);
    ctx.note(fmt::format("{}: {} added, {} updated, {} unchanged", o->file, result.added,
                         result.updated, result.unchanged));
  };
}

}  // namespace lpg::cli
