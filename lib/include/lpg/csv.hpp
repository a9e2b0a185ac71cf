// SPDX-License-Identifier: MIT
#pragma once
// CSV files (RFC 4180): reading them one record at a time (term dates, registers, lists), and
// the one writer of the records lpg prints and saves.

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lpg::csv {

/// One record of a CSV file.
struct Row {
  std::vector<std::string> fields;
  std::size_t line = 0;  ///< the physical line (1-based) the record starts on, for messages
};

struct Options {
  char delimiter = ',';
  /// A field longer than this is refused (Error{Invalid}): a file that is not CSV, or a quote
  /// left open, must not eat all memory before the reader notices.
  std::size_t max_field_bytes = std::size_t{1} << 20;
};

/// A streaming RFC 4180 reader. It accepts:
///  - fields in double quotes, holding delimiters, CR, LF and doubled quotes ("") as data;
///  - records ended by CRLF, LF or a lone CR (old Mac spreadsheets), the last one optionally;
///  - a UTF-8 byte order mark at the very start (dropped).
/// Completely empty lines are skipped, and so are lines of empty unquoted fields only (",,,",
/// how a spreadsheet saves a blank row), so a record always holds something; a line holding
/// only "" is a record of one empty field. Line numbers still count the skipped lines. Bytes are
/// passed through unchanged: checking UTF-8 is the caller's business.
///
/// It refuses, with Error{Invalid} "NAME:LINE: ..." (LINE where the fault is):
///  - a quote inside an unquoted field (`ab"c`), and text after a closing quote (`"ab"c`);
///  - input that ends inside a quoted field (a file cut off), naming the line the field began;
///  - a field longer than Options::max_field_bytes.
/// Reading failures of the stream give Error{Io}.
class Reader {
 public:
  /// Reads from `in`, which must outlive the reader. `name` (a file name) starts messages.
  Reader(std::istream& in, std::string name, Options options = {});

  /// The next record, or nullopt at the end of the input. Throws as described above.
  std::optional<Row> next();
  /// The next record into `row`, reusing its fields' storage (a reader of many rows allocates
  /// nothing once the strings are long enough); false at the end (`row` then holds nothing
  /// of use).
  bool next(Row& row);

  /// The name given to the constructor.
  const std::string& name() const { return name_; }
  /// Bytes of the input consumed so far. The reader takes the input in blocks, so the
  /// stream itself is further on.
  std::uint64_t offset() const { return base_ + pos_; }

 private:
  bool read_record(Row& row, bool& quoted);
  bool fill();
  int peek();
  int get();
  void end_of_line(int ch);
  [[noreturn]] void fail(std::size_t line, std::string_view message, std::string_view hint = {});
  void append(std::string& field, const char* data, std::size_t size);
  int read_field(std::string& field);
  void read_quoted(std::string& field);

  std::istream& in_;
  std::string name_;
  Options options_;
  std::size_t line_ = 1;
  bool started_ = false;
  std::vector<char> buffer_;  ///< a block of the input; [pos_, end_) not yet read
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  std::uint64_t base_ = 0;  ///< offset of buffer_[0] in the input
  bool stops_[256] = {};    ///< the bytes that end an unquoted field: delimiter, quote, CR, LF
};

/// The UTF-8 byte order mark: spreadsheet programs (Excel) read a CSV file as UTF-8 only when
/// it starts with one; Reader drops it.
inline constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

/// The one CSV writer: one record as RFC 4180 writes it, fields joined by commas, a field in
/// double quotes (quotes doubled) when it holds a comma, quote, CR or LF, and CRLF at the end.
std::string record(const std::vector<std::string>& fields);

/// Every record of `text`, as Reader reads them. For tests and small inputs.
std::vector<Row> read_all(std::string_view text, const std::string& name = "<text>",
                          Options options = {});

/// The position of the column named `name` in a header row (exact, after trimming spaces),
/// or nullopt.
std::optional<std::size_t> column_of(const Row& header, std::string_view name);

}  // namespace lpg::csv
