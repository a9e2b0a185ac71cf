// SPDX-License-Identifier: MIT
#pragma once
// What the importers share: the rejects file, row-level problems, per-row bookkeeping.

#include <lpg/csv.hpp>
#include <lpg/errors.hpp>
#include <lpg/import.hpp>
#include <lpg/output.hpp>

#include <optional>
#include <string>
#include <vector>

#include "format/import_rules.hpp"

namespace lpg::import {

/// Rejected rows written as CSV (the file's header plus an "error" column, after a UTF-8 byte
/// order mark unless `bom` is false) through the one output writer, mode 0600 (they hold the
/// input's personal data); renamed into place by commit(): a failed import leaves no file.
class RejectsFile {
 public:
  RejectsFile(const std::optional<std::string>& path, const std::vector<std::string>& header,
              bool bom = true);
  void add(const csv::Row& row, const std::string& message);
  void commit();

 private:
  void flush();

  std::optional<OutputFile> out_;
  std::string pending_;
};

/// Records a row-level problem: with `strict` it is fatal (Error{Invalid} "FILE:LINE: ...");
/// otherwise the row is counted as rejected and written to the rejects file.
void reject(ImportSummary& summary, RejectsFile& rejects, const std::string& file,
            const csv::Row& row, const Error& problem, bool strict);

/// True for the errors a single row can cause (bad value, unknown reference, identifier
/// held by another organisation); others (I/O, interrupt, busy) stop the import.
bool row_level(const Error& e);

/// Parses a date as the rules say (DD/MM/YYYY, DD-MM-YYYY or ISO); nullopt when blank. Throws
/// as parse_date_at(), `where` the field's column.
std::optional<std::string> parse_rule_date(const std::string& text, DateOrder order,
                                           std::string_view where);

/// True when the rules' skip list says to leave this row out. `value_of(field)` gives cells.
template <class ValueOf>
bool skipped(const Rules& rules, ValueOf value_of) {
  for (const auto& rule : rules.skip) {
    std::string value = header_key(value_of(rule.field));
    bool listed = std::find(rule.values.begin(), rule.values.end(), value) != rule.values.end();
    if (listed != rule.unless) return true;
  }
  return false;
}

}  // namespace lpg::import
