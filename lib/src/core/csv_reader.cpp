// SPDX-License-Identifier: MIT
#include <lpg/csv_reader.hpp>
#include <lpg/errors.hpp>

#include <fmt/format.h>

namespace lpg::csv {

Reader::Reader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}

int Reader::get() { return in_.get(); }
int Reader::peek() { return in_.peek(); }

void Reader::fail(std::size_t line, const std::string& what) const {
  throw Error(ErrorKind::Invalid, fmt::format("{}:{}: {}", name_, line, what),
              "the file must be CSV (RFC 4180): quote fields holding commas, quotes or line "
              "breaks, and double the quotes inside them");
}

bool Reader::next(Row& row) {
  if (!started_) {
    started_ = true;
    if (peek() == 0xEF) {
      char bom[3] = {};
      in_.read(bom, 3);
      if (std::string(bom, static_cast<std::size_t>(in_.gcount())) != "\xEF\xBB\xBF") {
        fail(1, "the file starts with bytes that are not UTF-8 text");
      }
    }
  }
  for (;;) {
    row.fields.clear();
    row.line = line_;
    if (peek() == std::char_traits<char>::eof()) return false;
    std::string field;
    bool quoted = false;  // inside a quoted field
    bool closed = false;  // a quoted field's closing quote has been read
    bool any = false;     // the record has some text or a delimiter
    std::size_t opened_on = 0;
    for (;;) {
      int c = get();
      if (c == std::char_traits<char>::eof()) {
        if (quoted) fail(opened_on, "the file ends inside a quoted field that opens here");
        break;
      }
      if (quoted) {
        if (c == '"' && peek() == '"') {
          get();
          field += '"';
        } else if (c == '"') {
          quoted = false;
          closed = true;
        } else {
          if (c == '\n') ++line_;
          field += static_cast<char>(c);
        }
        continue;
      }
      if (c == ',') {
        row.fields.push_back(std::move(field));
        field.clear();
        closed = false;
        any = true;
        continue;
      }
      if (c == '\n' || (c == '\r' && peek() == '\n')) {
        if (c == '\r') get();
        ++line_;
        break;
      }
      if (closed) fail(line_, "text after a closing quote");
      if (c == '"') {
        if (!field.empty()) fail(line_, "a quote inside an unquoted field");
        quoted = true;
        opened_on = line_;
        any = true;
        continue;
      }
      field += static_cast<char>(c);
      any = true;
    }
    if (!any && field.empty()) continue;  // a blank line
    row.fields.push_back(std::move(field));
    return true;
  }
}

}  // namespace lpg::csv
