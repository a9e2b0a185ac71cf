// SPDX-License-Identifier: MIT
#include "format/import_rows.hpp"

#include <lpg/dates.hpp>

#include <fmt/format.h>

#include "db/sql.hpp"

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
  if (dynamic_cast<const db::BulkLoadFailed*>(&e) != nullptr) return false;  // many rows'
  return e.kind() == ErrorKind::Invalid || e.kind() == ErrorKind::NotFound ||
         e.kind() == ErrorKind::Conflict;
}

void reject(ImportSummary& summary, RejectsFile& rejects, const std::string& file,
            const csv::Row& row, const Error& problem, bool strict) {
  // The row's own kind: an unknown reference is NotFound (exit 66) as it is when typed.
  if (strict) {
    throw Error(problem.kind(), fmt::format("{}:{}: {}", file, row.line, problem.what()),
                "--strict: nothing was imported; fix the row, or leave out --strict to skip it");
  }
  ++summary.rejected;
  summary.rejects.push_back({row.line, problem.what()});
  rejects.add(row, problem.what());
}

// The rules' date_format says how a register writes its dates; the one date parser reads
// every form it names (YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY), day first whenever the year is last.
std::optional<std::string> parse_rule_date(const std::string& text, DateOrder /*order*/,
                                           std::string_view where) {
  if (text.empty()) return std::nullopt;
  return format_date(parse_date_at(text, where));
}

}  // namespace lpg::import
