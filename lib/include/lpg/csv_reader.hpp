// SPDX-License-Identifier: MIT
#pragma once
// A small streaming RFC 4180 CSV reader: quoted fields with embedded commas, quotes ("") and
// line breaks; CRLF or LF line ends; a UTF-8 byte order mark at the start is skipped.

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace lpg::csv {

/// One record, with the file line it starts on (1-based) for messages.
struct Row {
  std::vector<std::string> fields;
  std::size_t line = 0;
};

/// Reads records one at a time from a stream the caller owns and keeps open.
class Reader {
 public:
  /// `name` is used in messages ("grants.csv:12: ...").
  Reader(std::istream& in, std::string name);

  /// The next record into `row`; false at the end of the input. Blank lines are skipped.
  /// Throws Error{Invalid} "NAME:LINE: ..." for a quote inside an unquoted field, text after a
  /// closing quote, or a file that ends inside a quoted field (the whole file is refused).
  bool next(Row& row);

 private:
  int get();
  int peek();
  [[noreturn]] void fail(std::size_t line, const std::string& what) const;

  std::istream& in_;
  std::string name_;
  std::size_t line_ = 1;
  bool started_ = false;
};

}  // namespace lpg::csv
