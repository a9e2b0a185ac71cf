// SPDX-License-Identifier: MIT
#pragma once
// The only code that formats data for people and scripts: aligned tables, RFC 4180 CSV, JSON.

#include <lpg/dates.hpp>

#include <cstdint>
#include <iosfwd>
#include <string>
#include <variant>
#include <vector>

namespace lpg::render {

enum class Format { Table, Csv, Json };

/// A date: ISO in CSV and JSON, the configured style in tables.
struct DateCell {
  std::string iso;
};

/// One value: empty (null), a whole number, a decimal, text, yes/no or a date.
using Cell = std::variant<std::monostate, std::int64_t, double, std::string, bool, DateCell>;

inline Cell date_cell(Date day) { return DateCell{format_date(day)}; }
template <class T>
Cell optional_cell(const std::optional<T>& value) {
  return value ? Cell{*value} : Cell{};
}
/// Empty text as null: blank in a table and CSV, null in JSON.
inline Cell text_or_null(const std::string& text) { return text.empty() ? Cell{} : Cell{text}; }

struct Column {
  std::string key;    ///< the CSV header and JSON key: stable, snake_case
  std::string label;  ///< the table header; defaults to key
};

/// Rows of cells under named columns: what list commands and reports return.
struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;

  explicit Table(std::vector<Column> cols) : columns(std::move(cols)) {}
  Table& add(std::vector<Cell> row);
};

/// Named values about one thing: what show commands return.
struct Record {
  std::vector<std::pair<Column, Cell>> fields;
  Record& add(std::string key, Cell value, std::string label = {});
};

struct Style {
  bool color = false;  ///< bold headers (only on a terminal, never with NO_COLOR)
  int width = 0;       ///< terminal width to fit tables to; 0: never truncate
  std::string date_style = "iso";
  bool neutralise_csv = true;  ///< defuse =,+,-,@ at the start of CSV text cells
  bool header = true;          ///< the header line of CSV and tables (--no-header: rows only, so an
                               ///< empty listing prints nothing at all)
  bool csv_bom = false;        ///< start CSV with the UTF-8 byte order mark (files: Excel)
};

void print(std::ostream& out, const Table& table, Format format, const Style& style);
void print(std::ostream& out, const Record& record, Format format, const Style& style);

/// A record followed by named sub-tables (a group with its members). JSON nests the tables
/// under their names; a table shows each under a heading; CSV gives the record alone.
struct Section {
  std::string name;
  Table table;
};
void print(std::ostream& out, const Record& record, const std::vector<Section>& sections,
           Format format, const Style& style);

/// The text of a cell as a table shows it.
std::string text_of(const Cell& cell, const Style& style);
/// Columns a string takes in a terminal (wide East Asian characters count two).
int display_width(const std::string& text);

}  // namespace lpg::render
