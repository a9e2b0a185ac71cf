// SPDX-License-Identifier: MIT
#pragma once
// A publisher's CSV file read as the rules describe it: the header row found below any title
// rows, each lpg field located through its aliases, every cell decoded to UTF-8.

#include <lpg/csv.hpp>

#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "format/import_rules.hpp"

namespace lpg::import {

class SourceFile {
 public:
  /// Opens `path` and finds the header: the first of the first 30 records naming a column of
  /// one of `anchors` (fields). Throws Error{Io} when unreadable, Error{Invalid} when no
  /// header is found.
  SourceFile(const std::string& path, const Rules& rules, const std::vector<std::string>& anchors);

  /// The column holding `field`, if the header has one.
  std::optional<std::size_t> column(std::string_view field) const;
  /// The column whose header is `name` (case-insensitive), if any.
  std::optional<std::size_t> header_column(std::string_view name) const;
  const std::vector<std::string>& header() const { return header_; }
  std::size_t header_line() const { return header_line_; }
  const std::string& path() const { return path_; }

  /// The next data row, decoded (fields as in the file, untrimmed), or nullopt at the end.
  /// Throws Error{Invalid} for a file cut off part-way: inside a quoted field, or a last row
  /// shorter than the header.
  std::optional<csv::Row> next();
  /// next() into `row`, reusing its storage; false at the end.
  bool next(csv::Row& row);
  /// Bytes read so far and the file's size, for a progress bar.
  std::uint64_t position() const;
  std::uint64_t size() const { return size_; }

 private:
  bool read_decoded(csv::Row& row);

  std::string path_;
  const Rules& rules_;
  std::vector<char> buffer_;
  std::ifstream in_;
  std::unique_ptr<csv::Reader> reader_;
  std::vector<std::string> header_;
  std::vector<std::string> header_keys_;
  std::size_t header_line_ = 0;
  std::vector<std::pair<std::string, std::size_t>> fields_;
  csv::Row ahead_;  ///< the row after the one next() gives, to know the last one
  bool has_ahead_ = false;
  std::uint64_t size_ = 0;
};

/// The trimmed cell of `row` at `column`; empty when the column is absent or the row short.
std::string cell(const csv::Row& row, std::optional<std::size_t> column);

/// Which of the rules' fields a header row holds, by its cells' header_key()s: field ->
/// column, through the first alias found.
std::vector<std::pair<std::string, std::size_t>> fields_of(
    const std::vector<std::string>& header_keys, const Rules& rules);

/// The records SourceFile looks for a header in (the first 30), each cell as its header_key(),
/// decoded as `rules` say; none for a directory or an unreadable file (SourceFile says why).
/// Throws as csv::Reader does.
std::vector<csv::Row> preamble(const std::string& path, const Rules& rules);

}  // namespace lpg::import
