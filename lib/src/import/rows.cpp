// SPDX-License-Identifier: MIT
#include "import/rows.hpp"

#include <lpg/dates.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

namespace lpg::import {

namespace {

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  bool first = true;
  for (const auto& f : fields) {
    if (!first) out << ',';
    first = false;
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out << f;
      continue;
    }
    out << '"';
    for (char ch : f) out << (ch == '"' ? "\"\"" : std::string(1, ch));
    out << '"';
  }
  out << "\r\n";
}

}  // namespace

RejectsFile::RejectsFile(const std::optional<std::string>& path,
                         const std::vector<std::string>& header)
    : path_(path) {
  if (!path_) return;
  temp_ = *path_ + ".lpg-tmp";
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) throw Error(ErrorKind::Io, fmt::format("cannot write the rejects file {}", *path_));
  std::vector<std::string> h = header;
  h.emplace_back("error");
  write_csv_row(out_, h);
}

RejectsFile::~RejectsFile() {
  if (path_ && !done_) {
    out_.close();
    std::remove(temp_.c_str());
  }
}

void RejectsFile::add(const csv::Row& row, const std::string& message) {
  if (!path_) return;
  std::vector<std::string> fields = row.fields;
  fields.push_back(message);
  write_csv_row(out_, fields);
}

void RejectsFile::commit() {
  if (!path_) return;
  out_.close();
  std::error_code ec;
  if (!out_ || (std::filesystem::rename(temp_, *path_, ec), ec)) {
    throw Error(ErrorKind::Io, fmt::format("cannot write the rejects file {}", *path_));
  }
  done_ = true;
}

bool row_level(const Error& e) {
  return e.kind() == ErrorKind::Invalid || e.kind() == ErrorKind::NotFound ||
         e.kind() == ErrorKind::Conflict;
}

void reject(ImportSummary& summary, RejectsFile& rejects, const std::string& file,
            const csv::Row& row, const Error& problem, bool strict) {
  if (strict) {
    throw Error(ErrorKind::Invalid, fmt::format("{}:{}: {}", file, row.line, problem.what()),
                "--strict: nothing was imported; fix the row, or leave out --strict to skip it");
  }
  ++summary.rejected;
  summary.rejects.push_back({row.line, problem.what()});
  rejects.add(row, problem.what());
}

std::optional<std::string> parse_rule_date(const std::string& text, DateOrder order,
                                           std::string_view what) {
  if (text.empty()) return std::nullopt;
  std::string iso = text;
  if (order == DateOrder::DayMonthYear) {
    // DD/MM/YYYY or DD-MM-YYYY; one-digit days and months happen in hand-made sheets.
    auto a = text.find_first_of("/-");
    auto b = a == std::string::npos ? a : text.find_first_of("/-", a + 1);
    if (b == std::string::npos) {
      throw Error(ErrorKind::Invalid, fmt::format("invalid {} \"{}\"", what, text),
                  "expected DD/MM/YYYY");
    }
    std::string d = text.substr(0, a), m = text.substr(a + 1, b - a - 1), y = text.substr(b + 1);
    if (d.size() == 1) d = "0" + d;
    if (m.size() == 1) m = "0" + m;
    iso = y + "-" + m + "-" + d;
  }
  try {
    return format_date(parse_date(iso, what));
  } catch (const Error&) {
    throw Error(ErrorKind::Invalid, fmt::format("invalid {} \"{}\"", what, text),
                order == DateOrder::Iso ? "expected YYYY-MM-DD" : "expected DD/MM/YYYY");
  }
}

}  // namespace lpg::import
