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

// The rules' date_format says how a register writes its dates; the one date parser reads
// every form it names (YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY), day first whenever the year is last.
std::optional<std::string> parse_rule_date(const std::string& text, DateOrder /*order*/,
                                           std::string_view what) {
  if (text.empty()) return std::nullopt;
  try {
    return format_date(parse_date(text, what));
  } catch (const Error& e) {
    throw Error(ErrorKind::Invalid, fmt::format("invalid {} \"{}\"", what, text), e.hint());
  }
}

}  // namespace lpg::import
