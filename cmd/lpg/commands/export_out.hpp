// SPDX-License-Identifier: MIT
#pragma once
// Where lpg export writes: stdout, or --out FILE replaced whole (written aside, then renamed).

#include <lpg/errors.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>

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

/// Writes `text` to `path` ("" or "-": stdout) all or nothing.
inline void write_out(Context& ctx, const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    ctx.out() << text;
    return;
  }
  std::string temp = path + ".lpg-tmp";
  {
    std::ofstream f(temp, std::ios::binary | std::ios::trunc);
    f << text;
    if (!f.flush()) {
      std::remove(temp.c_str());
      throw Error(ErrorKind::Io, fmt::format("cannot write {}", path));
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::remove(temp.c_str());
    throw Error(ErrorKind::Io, fmt::format("cannot write {}", path));
  }
}

/// A table as CSV (the default; formulas neutralised unless --raw) or JSON.
inline void export_table(Context& ctx, const std::string& path, const render::Table& table) {
  std::string name = ctx.format_name({"csv", "json"});
  std::ostringstream text;
  render::print(text, table, name == "json" ? render::Format::Json : render::Format::Csv,
                ctx.style());
  write_out(ctx, path, text.str());
}

}  // namespace lpg::cli
