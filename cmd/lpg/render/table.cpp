// SPDX-License-Identifier: MIT
#include "render/table.hpp"

#include <lpg/csv.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <utf8proc.h>

#include <algorithm>
#include <numeric>
#include <ostream>

namespace lpg::render {

using Json = nlohmann::ordered_json;

Table& Table::add(std::vector<Cell> row) {
  row.resize(columns.size());
  rows.push_back(std::move(row));
  return *this;
}

Record& Record::add(std::string key, Cell value, std::string label) {
  fields.emplace_back(Column{std::move(key), std::move(label)}, std::move(value));
  return *this;
}

namespace {

const std::string& label_of(const Column& column) {
  return column.label.empty() ? column.key : column.label;
}

std::string format_real(double value) {
  std::string text = fmt::format("{:.2f}", value);
  while (text.ends_with('0') && text.find('.') != std::string::npos) text.pop_back();
  if (text.ends_with('.')) text.pop_back();
  return text;
}

Json json_of(const Cell& cell) {
  struct {
    Json operator()(std::monostate) const { return nullptr; }
    Json operator()(std::int64_t v) const { return v; }
    Json operator()(double v) const { return v; }
    Json operator()(const std::string& v) const { return v; }
    Json operator()(bool v) const { return v; }
    Json operator()(const DateCell& v) const { return v.iso; }
  } visit;
  return std::visit(visit, cell);
}

Json json_of(const Table& table) {
  Json rows = Json::array();
  for (const auto& row : table.rows) {
    Json object = Json::object();
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      object[table.columns[i].key] = json_of(row[i]);
    }
    rows.push_back(std::move(object));
  }
  return rows;
}

Json json_of(const Record& record) {
  Json object = Json::object();
  for (const auto& [column, cell] : record.fields) object[column.key] = json_of(cell);
  return object;
}

// Where a text must go out valid: JSON needs valid UTF-8, so replace broken bytes.
void dump(std::ostream& out, const Json& json) {
  out << json.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

std::string csv_field(const Cell& cell, const Style& style) {
  std::string text = std::holds_alternative<DateCell>(cell) ? std::get<DateCell>(cell).iso
                     : std::holds_alternative<double>(cell)
                         ? fmt::format("{}", std::get<double>(cell))
                         : text_of(cell, Style{});
  if (style.neutralise_csv && std::holds_alternative<std::string>(cell) && !text.empty() &&
      std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    text.insert(text.begin(), '\'');  // OWASP: a spreadsheet must not run it as a formula
  }
  return text;
}

bool is_number(const Cell& cell) {
  return std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<double>(cell);
}

// Cuts `text` to at most `width` display columns, ending in an ellipsis when cut.
std::string truncate(const std::string& text, int width) {
  if (display_width(text) <= width) return text;
  std::string out;
  int used = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t pos = 0;
  auto size = static_cast<utf8proc_ssize_t>(text.size());
  while (pos < size) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + pos, size - pos, &cp);
    if (n <= 0) n = 1, cp = 0xFFFD;
    int w = std::max(0, utf8proc_charwidth(cp));
    if (used + w > width - 1) break;
    out.append(text, static_cast<std::size_t>(pos), static_cast<std::size_t>(n));
    used += w;
    pos += n;
  }
  return out + "…";
}

// Shrinks the widest columns until the table fits the terminal, none below 6 columns.
void fit(std::vector<int>& widths, int total_width) {
  auto total = [&] {
    return std::accumulate(widths.begin(), widths.end(), 0) +
           2 * static_cast<int>(widths.size() - 1);
  };
  while (total() > total_width) {
    auto widest = std::max_element(widths.begin(), widths.end());
    if (*widest <= 6) break;
    --*widest;
  }
}

void print_aligned(std::ostream& out, const Table& table, const Style& style) {
  if (table.rows.empty()) return;
  std::vector<std::vector<std::string>> text(table.rows.size());
  std::vector<std::string> header;
  std::vector<int> widths;
  for (const auto& column : table.columns) {
    header.push_back(lpg::visible(label_of(column), false));
    widths.push_back(style.header ? display_width(header.back()) : 0);
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      std::string cell = lpg::visible(text_of(table.rows[r][c], style), false);
      widths[c] = std::max(widths[c], display_width(cell));
      text[r].push_back(std::move(cell));
    }
  }
  if (style.width > 0) fit(widths, style.width);
  auto line = [&](const std::vector<std::string>& cells, const std::vector<Cell>* raw) {
    std::string row;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      std::string cell = truncate(cells[c], widths[c]);
      std::string pad(static_cast<std::size_t>(std::max(0, widths[c] - display_width(cell))), ' ');
      bool right = raw != nullptr && is_number((*raw)[c]);
      bool last = c + 1 == cells.size();
      row += right ? pad + cell : (last ? cell : cell + pad);
      if (!last) row += "  ";
    }
    return row;
  };
  if (style.header) {
    std::string head = line(header, nullptr);
    while (head.ends_with(' ')) head.pop_back();
    out << (style.color ? "\033[1m" + head + "\033[0m" : head) << '\n';
  }
  for (std::size_t r = 0; r < text.size(); ++r) {
    std::string row = line(text[r], &table.rows[r]);
    while (row.ends_with(' ')) row.pop_back();  // an empty last column leaves no spaces
    out << row << '\n';
  }
}

}  // namespace

int display_width(const std::string& text) {
  int width = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto size = static_cast<utf8proc_ssize_t>(text.size());
  for (utf8proc_ssize_t pos = 0; pos < size;) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + pos, size - pos, &cp);
    if (n <= 0) {  // an invalid byte prints as one replacement character
      ++width;
      ++pos;
      continue;
    }
    width += std::max(0, utf8proc_charwidth(cp));
    pos += n;
  }
  return width;
}

std::string text_of(const Cell& cell, const Style& style) {
  struct {
    const Style& style;
    std::string operator()(std::monostate) const { return ""; }
    std::string operator()(std::int64_t v) const { return std::to_string(v); }
    std::string operator()(double v) const { return format_real(v); }
    std::string operator()(const std::string& v) const { return v; }
    std::string operator()(bool v) const { return v ? "yes" : "no"; }
    std::string operator()(const DateCell& v) const {
      if (style.date_style == "iso" || v.iso.size() != 10) return v.iso;
      return format_date(parse_date(v.iso), style.date_style);
    }
  } visit{style};
  return std::visit(visit, cell);
}

void print(std::ostream& out, const Table& table, Format format, const Style& style) {
  switch (format) {
    case Format::Json:
      dump(out, json_of(table));
      break;
    case Format::Csv: {
      // No byte order mark on nothing at all: --no-header and no rows print nothing.
      if (style.csv_bom && (style.header || !table.rows.empty())) out << csv::kByteOrderMark;
      std::vector<std::string> header;
      for (const auto& column : table.columns) header.push_back(csv_field(column.key, style));
      if (style.header) out << csv::record(header);
      for (const auto& row : table.rows) {
        std::vector<std::string> fields;
        for (const auto& cell : row) fields.push_back(csv_field(cell, style));
        out << csv::record(fields);
      }
      break;
    }
    case Format::Table:
      print_aligned(out, table, style);
      break;
  }
}

void print(std::ostream& out, const Record& record, Format format, const Style& style) {
  print(out, record, {}, format, style);
}

void print(std::ostream& out, const Record& record, const std::vector<Section>& sections,
           Format format, const Style& style) {
  if (format == Format::Json) {
    Json object = json_of(record);
    for (const auto& section : sections) object[section.name] = json_of(section.table);
    dump(out, object);
    return;
  }
  if (format == Format::Csv) {
    Table one({});
    std::vector<Cell> row;
    for (const auto& [column, cell] : record.fields) {
      one.columns.push_back(column);
      row.push_back(cell);
    }
    one.add(std::move(row));
    print(out, one, format, style);
    return;
  }
  int key_width = 0;
  for (const auto& [column, cell] : record.fields) {
    key_width = std::max(key_width, display_width(label_of(column)));
  }
  for (const auto& [column, cell] : record.fields) {
    const std::string& label = label_of(column);
    std::string pad(static_cast<std::size_t>(key_width - display_width(label)), ' ');
    std::string value = visible(text_of(cell, style), true);
    out << label << ":" << (value.empty() ? "" : pad + " " + value) << '\n';
  }
  for (const auto& section : sections) {
    out << '\n' << (style.color ? "\033[1m" + section.name + "\033[0m" : section.name) << ":\n";
    if (section.table.rows.empty()) {
      out << "  (none)\n";
    } else {
      print_aligned(out, section.table, style);
    }
  }
}

}  // namespace lpg::render
