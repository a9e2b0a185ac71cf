// SPDX-License-Identifier: MIT
#include "import/rows.hpp"

#include <lpg/dates.hpp>

#include <fmt/format.h>

namespace lpg::import {

RejectsFile::RejectsFile(const std::optional<std::string>& path,
                         const std::vector<std::string>& header, bool bom) {
  if (!path) return;
  out_.emplace(*path, WriteOptions{FileMode::Private, Target::Named});
  std::vector<std::string> h = header;
  h.emplace_back("error");
  if (bom) pending_ = csv::kByteOrderMark;
  pending_ += csv::record(h);
}

void RejectsFile::add(const csv::Row& row, const std::string& message) {
  if (!out_) return;
  std::vector<std::string> fields = row.fields;
  fields.push_back(message);
  pending_ += csv::record(fields);
  if (pending_.size() > (std::size_t{1} << 16)) flush();
}

void RejectsFile::flush() {
  out_->write(pending_);
  pending_.clear();
}

void RejectsFile::commit() {
  if (!out_) return;
  flush();
  out_->commit();
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
