// SPDX-License-Identifier: MIT
// The table, CSV and JSON printers on arbitrary cells: the input is split at NUL bytes into
// cells of a 3-column table (and a record), printed in every format and style.
#include <lpg/errors.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "fuzz.hpp"
#include "render/table.hpp"

using namespace lpg;

namespace {

render::Cell cell_of(const std::string& text, std::size_t i) {
  switch (i % 6) {
    case 0:
      return text;
    case 1:
      return static_cast<std::int64_t>(text.size()) - 3;
    case 2:
      return text.empty() ? render::Cell{} : render::Cell{text};
    case 3:
      return text.size() % 2 == 0;
    case 4:
      return render::DateCell{text};
    default:
      return static_cast<double>(text.size()) / 7.0;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> texts(1);
  for (char ch : fuzz::text(data, size)) {
    if (ch == '\0') {
      texts.emplace_back();
    } else {
      texts.back() += ch;
    }
  }
  render::Table table({{"name", ""}, {"when", "When"}, {texts.front(), ""}});
  render::Record record;
  for (std::size_t i = 0; i < texts.size(); i += 3) {
    std::vector<render::Cell> row;
    for (std::size_t j = 0; j < 3; ++j) {
      row.push_back(i + j < texts.size() ? cell_of(texts[i + j], i + j) : render::Cell{});
    }
    table.add(row);
    record.add("k" + std::to_string(i), cell_of(texts[i], i + 3), texts[i]);
  }
  for (auto format : {render::Format::Table, render::Format::Csv, render::Format::Json}) {
    for (int width : {0, 20}) {
      render::Style style;
      style.width = width;
      style.neutralise_csv = width == 0;
      style.date_style = width == 0 ? "iso" : "long";
      std::ostringstream out;
      try {
        render::print(out, table, format, style);
        render::print(out, record, format, style);
        render::print(out, record, {{"sub", table}}, format, style);
      } catch (const Error&) {
      }
    }
  }
  return 0;
}
