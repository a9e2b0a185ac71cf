// SPDX-License-Identifier: MIT
// Term dates from CSV: one row per term, or per run of closure days.
#include <lpg/csv.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <array>
#include <map>

#include "core/text_check.hpp"
#include "term/terms_internal.hpp"

namespace lpg::terms {

namespace {

constexpr std::array<std::string_view, 7> kColumns = {
    "year", "term", "start", "end", "half_term_start", "half_term_end", "note"};
constexpr std::size_t kRequired = 4;  // the first four columns must be there
const char* const kColumnsHint =
    "the columns are year,term,start,end,half_term_start,half_term_end and optionally note";

// Column name -> position in the file.
using Layout = std::map<std::string_view, std::size_t>;

Layout read_header(const csv::Row& header) {
  Layout layout;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    std::string name = ascii_lower(trim(header.fields[i]));
    auto known = std::find(kColumns.begin(), kColumns.end(), name);
    if (known == kColumns.end()) {
      throw Error(ErrorKind::Invalid, fmt::format("unknown column '{}'", header.fields[i]),
                  kColumnsHint);
    }
    if (!layout.emplace(*known, i).second) {
      throw Error(ErrorKind::Invalid, fmt::format("column '{}' appears twice", name), kColumnsHint);
    }
  }
  for (std::size_t i = 0; i < kRequired; ++i) {
    if (!layout.contains(kColumns[i])) {
      throw Error(ErrorKind::Invalid, fmt::format("the header has no '{}' column", kColumns[i]),
                  kColumnsHint);
    }
  }
  return layout;
}

std::string cell(const Layout& layout, const csv::Row& row, std::string_view column) {
  auto it = layout.find(column);
  return it == layout.end() ? std::string() : trim(row.fields.at(it->second));
}

std::optional<DateRange> half_term_of(const Layout& layout, const csv::Row& row) {
  std::string start = cell(layout, row, "half_term_start");
  std::string end = cell(layout, row, "half_term_end");
  if (start.empty() && end.empty()) return std::nullopt;
  if (start.empty() || end.empty()) {
    throw Error(ErrorKind::Invalid, "a half term needs both half_term_start and half_term_end");
  }
  return DateRange{parse_date(start, "half term start date"),
                   parse_date(end, "half term end date")};
}

void add_closures(ImportFile& file, const Layout& layout, const csv::Row& row, AcademicYear year) {
  if (half_term_of(layout, row)) {
    throw Error(ErrorKind::Invalid, "a closure row has no half term",
                "leave half_term_start and half_term_end empty on closure rows");
  }
  Date first = parse_date(cell(layout, row, "start"), "closure date");
  std::string end_text = cell(layout, row, "end");
  Date last = end_text.empty() ? first : parse_date(end_text, "closure end date");
  if (last < first) {
    throw Error(ErrorKind::Invalid, fmt::format("closure ends ({}) before it starts ({})",
                                                format_date(last), format_date(first)));
  }
  std::string note = cell(layout, row, "note");
  check_line(note, "note");
  for (date::sys_days d{first}; d <= date::sys_days{last}; d += date::days{1}) {
    Closure closure{Date{d}, year, note};
    check_unique(file, closure, row.line);
    file.closures.push_back({closure, row.line});
  }
}

void add_row(ImportFile& file, const Layout& layout, const csv::Row& row) {
  if (row.fields.size() != layout.size()) {
    throw Error(ErrorKind::Invalid,
                fmt::format("the row has {} fields but the header has {}", row.fields.size(),
                            layout.size()),
                "a comma inside a value needs the value in double quotes");
  }
  AcademicYear year = parse_academic_year(cell(layout, row, "year"));
  std::string kind = ascii_lower(cell(layout, row, "term"));
  if (kind == "closure") return add_closures(file, layout, row, year);
  if (!cell(layout, row, "note").empty()) {
    throw Error(ErrorKind::Invalid, "only closure rows take a note");
  }
  TermInput in{year, parse_term_name(cell(layout, row, "term")),
               DateRange{parse_date(cell(layout, row, "start"), "start date"),
                         parse_date(cell(layout, row, "end"), "end date")},
               half_term_of(layout, row)};
  check_term(in, file.year_start);
  check_unique(file, in, row.line);
  file.terms.push_back({in, row.line});
}

}  // namespace

ImportFile parse_csv(std::istream& in, const std::string& name, YearStart year_start) {
  ImportFile file{name, year_start, {}, {}};
  csv::Reader reader(in, name);
  auto header = reader.next();
  if (!header) {
    throw Error(ErrorKind::Invalid, fmt::format("{}: the file is empty", name), kColumnsHint);
  }
  Layout layout = at_line(name, header->line, [&] { return read_header(*header); });
  while (auto row = reader.next()) {
    at_line(name, row->line, [&] { add_row(file, layout, *row); });
  }
  return file;
}

void check_unique(const ImportFile& file, const TermInput& in, std::size_t) {
  for (const auto& t : file.terms) {
    if (t.input.year == in.year && t.input.name == in.name) {
      throw Error(ErrorKind::Invalid,
                  fmt::format("{} is in the file twice (first on line {})", label_of(in), t.line));
    }
  }
}

void check_unique(const ImportFile& file, const Closure& closure, std::size_t) {
  for (const auto& c : file.closures) {
    if (c.closure.day == closure.day) {
      throw Error(ErrorKind::Invalid,
                  fmt::format("closure {} is in the file twice (first on line {})",
                              format_date(closure.day), c.line));
    }
  }
  if (academic_year_of(closure.day, file.year_start) != closure.year) {
    throw Error(ErrorKind::Invalid,
                fmt::format("closure {} is not in academic year {}", format_date(closure.day),
                            closure.year.name()),
                fmt::format("an academic year runs from {} (lpg.toml: terms.academic_year_starts)",
                            describe(file.year_start)));
  }
}

}  // namespace lpg::terms
