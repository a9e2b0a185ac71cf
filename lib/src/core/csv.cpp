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
constexpr std::size_t kBlock = std::size_t{1} << 16;
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
    std::size_t from = 0;  // the text between quotes in one piece, each quote doubled
    for (std::size_t q = f.find('"'); q != std::string::npos; q = f.find('"', from)) {
      out.append(f, from, q + 1 - from);
      out += '"';
      from = q + 1;
    }
    out.append(f, from);
    out += '"';
  }
  out += "\r\n";
  return out;
}

Reader::Reader(std::istream& in, std::string name, Options options)
    : in_(in), name_(std::move(name)), options_(options), buffer_(kBlock) {
  for (char stop : {options_.delimiter, '"', '\r', '\n'})
    stops_[static_cast<unsigned char>(stop)] = true;
}

// The input is read a block at a time and scanned in place: a field is appended to its
// string in one piece, not a byte at a time. A failing stream is reported as Io.
bool Reader::fill() {
  base_ += end_;
  pos_ = end_ = 0;
  if (in_.rdbuf() == nullptr) return false;
  end_ = static_cast<std::size_t>(
      in_.rdbuf()->sgetn(buffer_.data(), static_cast<std::streamsize>(buffer_.size())));
  if (end_ == 0 && in_.bad()) {
    throw Error(ErrorKind::Io, fmt::format("{}: cannot read the file", name_));
  }
  return end_ > 0;
}

int Reader::peek() {
  if (pos_ == end_ && !fill()) return kEof;
  return static_cast<unsigned char>(buffer_[pos_]);
}

int Reader::get() {
  int ch = peek();
  if (ch != kEof) ++pos_;
  return ch;
}

// Consumes the LF of a CRLF pair; CRLF, LF and a lone CR each end one line.
void Reader::end_of_line(int ch) {
  if (ch == '\r' && peek() == '\n') ++pos_;
  ++line_;
}

void Reader::fail(std::size_t line, std::string_view message, std::string_view hint) {
  throw Error(ErrorKind::Invalid, fmt::format("{}:{}: {}", name_, line, message),
              std::string(hint));
}

void Reader::append(std::string& field, const char* data, std::size_t size) {
  if (field.size() + size > options_.max_field_bytes) {
    fail(line_, fmt::format("a field is longer than {} bytes", options_.max_field_bytes),
         "is this a CSV file? a quote left open makes the rest of the file one field");
  }
  field.append(data, size);
}

// After the opening quote: up to and including the closing quote.
void Reader::read_quoted(std::string& field) {
  const std::size_t began = line_;
  for (;;) {
    if (pos_ == end_ && !fill()) {
      fail(began, fmt::format("the file ends inside a quoted field that starts on line {}", began),
           "the file may be cut off, or a quote is not closed");
    }
    const char* from = buffer_.data() + pos_;
    const char* to = buffer_.data() + end_;
    const char* at = from;
    while (at < to && *at != '"' && *at != '\r' && *at != '\n') ++at;
    append(field, from, static_cast<std::size_t>(at - from));
    pos_ += static_cast<std::size_t>(at - from);
    if (at == to) continue;
    char ch = buffer_[pos_++];
    if (ch == '"') {
      if (peek() != '"') return;
      ++pos_;
      append(field, "\"", 1);
      continue;
    }
    append(field, &ch, 1);  // a line break inside the field is data
    if (ch == '\r' && peek() == '\n') {
      ++pos_;
      append(field, "\n", 1);
    }
    ++line_;
  }
}

// One field into `field`; the byte that ended it (delimiter, CR, LF) or kEof, consumed.
int Reader::read_field(std::string& field) {
  if (peek() == '"') {
    ++pos_;
    read_quoted(field);
    int ch = get();
    if (ch != options_.delimiter && ch != '\r' && ch != '\n' && ch != kEof) {
      fail(line_, "text after the closing quote of a field", kQuoteHint);
    }
    return ch;
  }
  for (;;) {
    if (pos_ == end_ && !fill()) return kEof;
    const char* from = buffer_.data() + pos_;
    const char* to = buffer_.data() + end_;
    const char* at = from;
    while (at < to && !stops_[static_cast<unsigned char>(*at)]) ++at;
    append(field, from, static_cast<std::size_t>(at - from));
    pos_ += static_cast<std::size_t>(at - from);
    if (at == to) continue;
    if (*at == '"') fail(line_, "a quote inside a field that does not start with one", kQuoteHint);
    ++pos_;
    return static_cast<unsigned char>(*at);
  }
}

// A record of empty unquoted fields only (",,,") is how a spreadsheet saves a blank row: it is
// skipped like an empty line, by every reader of every file.
bool Reader::next(Row& row) {
  bool quoted = false;
  while (read_record(row, quoted)) {
    if (quoted) return true;
    for (const auto& field : row.fields) {
      if (!field.empty()) return true;
    }
  }
  return false;
}

bool Reader::read_record(Row& row, bool& quoted) {
  quoted = false;
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
  if (ch == kEof) return false;
  row.line = line_;
  std::size_t n = 0;
  for (;;) {
    if (n == row.fields.size()) row.fields.emplace_back();
    std::string& field = row.fields[n++];
    field.clear();
    if (peek() == '"') quoted = true;
    ch = read_field(field);
    if (ch == options_.delimiter) continue;
    if (ch != kEof) end_of_line(ch);
    break;
  }
  row.fields.resize(n);
  return true;
}

std::optional<Row> Reader::next() {
  Row row;
  if (!next(row)) return std::nullopt;
  return row;
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
