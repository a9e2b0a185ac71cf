// SPDX-License-Identifier: MIT
#include <lpg/csv.hpp>
#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <istream>
#include <sstream>

namespace lpg::csv {

namespace {
constexpr int kEof = std::char_traits<char>::eof();
constexpr std::string_view kQuoteHint =
    "put the whole field in double quotes, and double every quote inside it (\"say \"\"hi\"\"\")";
}  // namespace

std::string record(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    const std::string& f = fields[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out += f;
      continue;
    }
    out += '"';
    for (char ch : f) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    out += '"';
  }
  return out + "\r\n";
}

Reader::Reader(std::istream& in, std::string name, Options options)
    : in_(in), name_(std::move(name)), options_(options) {}

// One byte as an int (0..255), or kEof. Going through the streambuf keeps the reader fast
// enough for registers of tens of thousands of rows; a failing stream is reported as Io.
int Reader::get() {
  int ch = in_.rdbuf() == nullptr ? kEof : in_.rdbuf()->sbumpc();
  if (ch == kEof && in_.bad()) {
    throw Error(ErrorKind::Io, fmt::format("{}: cannot read the file", name_));
  }
  return ch;
}

int Reader::peek() { return in_.rdbuf() == nullptr ? kEof : in_.rdbuf()->sgetc(); }

// Consumes the LF of a CRLF pair; CRLF, LF and a lone CR each end one line.
void Reader::end_of_line(int ch) {
  if (ch == '\r' && peek() == '\n') get();
  ++line_;
}

void Reader::fail(std::size_t line, std::string_view message, std::string_view hint) {
  throw Error(ErrorKind::Invalid, fmt::format("{}:{}: {}", name_, line, message),
              std::string(hint));
}

void Reader::append(std::string& field, char ch) {
  if (field.size() >= options_.max_field_bytes) {
    fail(line_, fmt::format("a field is longer than {} bytes", options_.max_field_bytes),
         "is this a CSV file? a quote left open makes the rest of the file one field");
  }
  field += ch;
}

// After the opening quote: up to and including the closing quote.
void Reader::read_quoted(std::string& field) {
  const std::size_t began = line_;
  for (;;) {
    int ch = get();
    if (ch == kEof) {
      fail(began, fmt::format("the file ends inside a quoted field that starts on line {}", began),
           "the file may be cut off, or a quote is not closed");
    }
    if (ch == '"') {
      if (peek() != '"') return;
      get();
    } else if (ch == '\r' || ch == '\n') {
      append(field, static_cast<char>(ch));
      if (ch == '\r' && peek() == '\n') append(field, static_cast<char>(get()));
      ++line_;
      continue;
    }
    append(field, static_cast<char>(ch));
  }
}

std::optional<Row> Reader::next() {
  if (!started_) {
    started_ = true;
    // A UTF-8 byte order mark (EF BB BF), as Excel writes "CSV UTF-8".
    if (peek() == 0xEF) {
      get();
      if (get() != 0xBB || get() != 0xBF) fail(1, "the file starts with a broken byte order mark");
    }
  }
  int ch = peek();
  while (ch == '\r' || ch == '\n') {  // empty lines are not records
    end_of_line(get());
    ch = peek();
  }
  if (ch == kEof) return std::nullopt;
  Row row;
  row.line = line_;
  std::string field;
  bool at_start = true;
  for (;;) {
    ch = get();
    if (at_start && ch == '"') {
      read_quoted(field);
      ch = get();
      if (ch != options_.delimiter && ch != '\r' && ch != '\n' && ch != kEof) {
        fail(line_, "text after the closing quote of a field", kQuoteHint);
      }
    } else if (ch == '"') {
      fail(line_, "a quote inside a field that does not start with one", kQuoteHint);
    }
    if (ch == options_.delimiter || ch == '\r' || ch == '\n' || ch == kEof) {
      row.fields.push_back(std::move(field));
      field.clear();
      at_start = true;
      if (ch == options_.delimiter) continue;
      if (ch != kEof) end_of_line(ch);
      return row;
    }
    append(field, static_cast<char>(ch));
    at_start = false;
  }
}

std::vector<Row> read_all(std::string_view text, const std::string& name, Options options) {
  std::istringstream in{std::string(text)};
  Reader reader(in, name, options);
  std::vector<Row> rows;
  while (auto row = reader.next()) rows.push_back(std::move(*row));
  return rows;
}

std::optional<std::size_t> column_of(const Row& header, std::string_view name) {
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    if (trim(header.fields[i]) == name) return i;
  }
  return std::nullopt;
}

}  // namespace lpg::csv
