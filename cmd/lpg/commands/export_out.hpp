// SPDX-License-Identifier: MIT
#pragma once
// Where lpg export and the reports write: stdout, or --out FILE through the one output writer.

#include <lpg/columns.hpp>
#include <lpg/output.hpp>

#include <CLI/CLI.hpp>

#include <optional>
#include <sstream>
#include <type_traits>
#include <vector>

#include "app.hpp"

namespace lpg::cli {

inline void add_out_option(CLI::App& sub, std::string& out) {
  sub.add_option("--out", out, "Write to this file instead of standard output")
      ->option_text("FILE");
}

/// A reference cell as import reads it back: "#12", or empty.
inline render::Cell id_cell(const std::optional<std::int64_t>& id) {
  return id ? render::Cell{"#" + std::to_string(*id)} : render::Cell{};
}

/// A declared cell (lpg/columns.hpp) as the one renderer takes it.
inline render::Cell cell_of(const columns::Cell& cell) {
  return std::visit(
      [](const auto& v) -> render::Cell {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, Date>) {
          return render::date_cell(v);
        } else {
          return v;
        }
      },
      cell);
}

/// `rows` under a noun's declared columns: what each `lpg export NOUN` prints.
template <class T>
render::Table declared_table(const columns::Columns<T>& declared, const std::vector<T>& rows) {
  std::vector<render::Column> heads;
  for (const auto& c : declared) heads.push_back({c.name, ""});
  render::Table t(std::move(heads));
  for (const auto& row : rows) {
    std::vector<render::Cell> cells;
    cells.reserve(declared.size());
    for (const auto& c : declared) cells.push_back(cell_of(c.write(row)));
    t.add(std::move(cells));
  }
  return t;
}

/// True when `path` names a file rather than standard output ("" or "-").
inline bool to_file(const std::string& path) { return !path.empty() && path != "-"; }

/// Writes `text` to `path` ("" or "-": stdout) through the one output writer: replaced whole
/// or not at all, never through a link; a pipe or /dev/stdout written directly. `mode`:
/// Private (0600) for anything holding personal data.
inline void write_out(Context& ctx, const std::string& path, const std::string& text,
                      FileMode mode = FileMode::Private) {
  if (!to_file(path)) {
    ctx.out() << text;
    return;
  }
  write_output(path, text, {mode, Target::Named});
}

/// A table as CSV (the default; formulas neutralised unless --raw; a byte order mark in a
/// file) or JSON.
inline void export_table(Context& ctx, const std::string& path, const render::Table& table) {
  std::string name = ctx.format_name({"csv", "json"});
  std::ostringstream text;
  render::print(text, table, name == "json" ? render::Format::Json : render::Format::Csv,
                ctx.style(to_file(path)));
  write_out(ctx, path, text.str());
}

}  // namespace lpg::cli
