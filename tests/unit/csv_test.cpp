// SPDX-License-Identifier: MIT
#include <lpg/csv.hpp>
#include <lpg/errors.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace lpg;
using Fields = std::vector<std::string>;

namespace {

std::vector<Fields> fields_of(std::string_view text, csv::Options options = {}) {
  std::vector<Fields> out;
  for (auto& row : csv::read_all(text, "t.csv", options)) out.push_back(row.fields);
  return out;
}

std::vector<std::size_t> lines_of(std::string_view text) {
  std::vector<std::size_t> out;
  for (auto& row : csv::read_all(text, "t.csv")) out.push_back(row.line);
  return out;
}

std::string error_of(std::string_view text, csv::Options options = {}) {
  try {
    csv::read_all(text, "t.csv", options);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Invalid);
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("csv: plain records with LF, CRLF and lone CR") {
  std::vector<Fields> expected = {{"a", "b", "c"}, {"1", "2", "3"}};
  CHECK(fields_of("a,b,c\n1,2,3\n") == expected);
  CHECK(fields_of("a,b,c\r\n1,2,3\r\n") == expected);
  CHECK(fields_of("a,b,c\r1,2,3\r") == expected);
  CHECK(fields_of("a,b,c\n1,2,3") == expected);  // no final newline
  CHECK(fields_of("a,b,c\r\n1,2,3") == expected);
  CHECK(lines_of("a\r\nb\rc\nd") == std::vector<std::size_t>{1, 2, 3, 4});
}

TEST_CASE("csv: empty input, empty fields and blank lines") {
  CHECK(fields_of("").empty());
  CHECK(fields_of("\n\r\n\n").empty());
  CHECK(fields_of(",").empty());  // a spreadsheet's blank row
  CHECK(fields_of(",,,\r\n,,,\r\n").empty());
  CHECK(fields_of("a,,\n") == std::vector<Fields>{{"a", "", ""}});
  CHECK(fields_of("\"\"\n") == std::vector<Fields>{{""}});
  CHECK(fields_of("\"\",\n") == std::vector<Fields>{{"", ""}});  // quoted: written on purpose
  auto blank = csv::read_all("h,i\n,\n1,2\n,,\n", "t.csv");
  REQUIRE(blank.size() == 2);
  CHECK(blank[1].line == 3);
  // Blank lines are skipped, but still counted for line numbers.
  auto rows = csv::read_all("a\n\n\nb\r\n\r\nc", "t.csv");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].line == 4);
  CHECK(rows[2].line == 6);
  CHECK(fields_of(" a , b ") == std::vector<Fields>{{" a ", " b "}});  // spaces are data
}

TEST_CASE("csv: quoted fields hold delimiters, quotes and newlines") {
  CHECK(fields_of("\"a,b\",c") == std::vector<Fields>{{"a,b", "c"}});
  CHECK(fields_of("\"say \"\"hi\"\"\",x") == std::vector<Fields>{{"say \"hi\"", "x"}});
  CHECK(fields_of("\"\"\"\"") == std::vector<Fields>{{"\""}});
  CHECK(fields_of("\"line 1\nline 2\",x\ny") ==
        std::vector<Fields>{{"line 1\nline 2", "x"}, {"y"}});
  CHECK(fields_of("\"a\r\nb\"\r\nc") == std::vector<Fields>{{"a\r\nb"}, {"c"}});
  CHECK(fields_of("a,\"\"") == std::vector<Fields>{{"a", ""}});
  CHECK(fields_of("\"x\",\"\"\n") == std::vector<Fields>{{"x", ""}});
  // The record's line is where it starts; the next record's line counts the embedded newlines.
  auto rows = csv::read_all("h\n\"one\ntwo\nthree\",x\nnext\n", "t.csv");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].line == 2);
  CHECK(rows[2].line == 5);
}

TEST_CASE("csv: a byte order mark is dropped, only at the start") {
  CHECK(fields_of("\xEF\xBB\xBFyear,term\n1,2") ==
        std::vector<Fields>{{"year", "term"}, {"1", "2"}});
  CHECK(fields_of("\xEF\xBB\xBF").empty());
  CHECK(fields_of("a,\xEF\xBB\xBF") == std::vector<Fields>{{"a", "\xEF\xBB\xBF"}});
  CHECK(error_of("\xEF\xBBx") == "t.csv:1: the file starts with a broken byte order mark");
  CHECK(fields_of("Zo\xC3\xAB,\xEF") == std::vector<Fields>{{"Zo\xC3\xAB", "\xEF"}});
}

TEST_CASE("csv: a file cut off inside a quoted field names the line the field began") {
  CHECK(error_of("a,b\n1,\"open\nmore\n") ==
        "t.csv:2: the file ends inside a quoted field that starts on line 2");
  CHECK(error_of("\"") == "t.csv:1: the file ends inside a quoted field that starts on line 1");
  CHECK(error_of("a\n\n\"x\"\"") ==
        "t.csv:3: the file ends inside a quoted field that starts on line 3");
}

TEST_CASE("csv: stray quotes are refused with their line") {
  CHECK(error_of("a,b\nx,ab\"c\n") ==
        "t.csv:2: a quote inside a field that does not start with one");
  CHECK(error_of("a\n\"ab\"c,d") == "t.csv:2: text after the closing quote of a field");
  CHECK(error_of("\"a\nb\" ,c") == "t.csv:2: text after the closing quote of a field");
  CHECK(error_of(" \"a\"") == "t.csv:1: a quote inside a field that does not start with one");
}

TEST_CASE("csv: over-long fields are refused") {
  csv::Options small;
  small.max_field_bytes = 4;
  CHECK(fields_of("abcd,\"wxyz\"", small) == std::vector<Fields>{{"abcd", "wxyz"}});
  CHECK(error_of("abcde", small) == "t.csv:1: a field is longer than 4 bytes");
  CHECK(error_of("\"ab\ncde\"", small) == "t.csv:2: a field is longer than 4 bytes");
}

TEST_CASE("csv: another delimiter, NUL bytes, and streaming") {
  csv::Options semi;
  semi.delimiter = ';';
  CHECK(fields_of("a;\"b;c\";d,e", semi) == std::vector<Fields>{{"a", "b;c", "d,e"}});
  CHECK(fields_of(std::string_view("a\0b,c", 5)) ==
        std::vector<Fields>{{std::string("a\0b", 3), "c"}});
  std::istringstream in("h1,h2\n1,2\n3,4\n");
  csv::Reader reader(in, "s.csv");
  auto header = reader.next();
  REQUIRE(header);
  CHECK(csv::column_of(*header, "h2") == std::optional<std::size_t>(1));
  CHECK_FALSE(csv::column_of(*header, "h3").has_value());
  int count = 0;
  while (reader.next()) ++count;
  CHECK(count == 2);
  CHECK_FALSE(reader.next().has_value());  // stays at the end
}

TEST_CASE("csv: records across the reader's 64 KiB blocks, and a reused row") {
  // Every kind of field and line end, shifted by one byte at a time past the first block's
  // end, reads the same as it does at the start of the input.
  const std::string tail = "ab,\"c,\"\"d\"\"\r\ne\",f\r\ng,h\rlast,\"\"\"\"";
  const std::vector<Fields> want = {{"ab", "c,\"d\"\r\ne", "f"}, {"g", "h"}, {"last", "\""}};
  for (std::size_t pad = 65536 - 40; pad < 65536 + 8; ++pad) {
    std::string text = std::string(pad, 'x') + "\n" + tail;
    auto rows = csv::read_all(text, "t.csv");
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].fields == Fields{std::string(pad, 'x')});
    CHECK(std::vector<Fields>{rows[1].fields, rows[2].fields, rows[3].fields} == want);
    CHECK(rows[3].line == 5);
  }
  std::istringstream in("a,b,c\nlong field,e\n\"q\"\n");
  csv::Reader reader(in, "r.csv");
  csv::Row row;
  REQUIRE(reader.next(row));
  CHECK(row.fields == Fields{"a", "b", "c"});
  REQUIRE(reader.next(row));
  CHECK(row.fields == Fields{"long field", "e"});
  REQUIRE(reader.next(row));
  CHECK(row.fields == Fields{"q"});
  CHECK(row.line == 3);
  CHECK(reader.offset() == 23);  // the whole input
  CHECK_FALSE(reader.next(row));
  CHECK(row.fields == Fields{"q"});  // untouched at the end
}

TEST_CASE("csv: every prefix of a tricky file either parses or fails cleanly") {
  // A small, deterministic stand-in for fuzzing: no prefix may crash or throw anything but
  // lpg::Error, and prefixes that end outside quotes must parse.
  const std::string text = "\xEF\xBB\xBFy,\"a,\"\"b\"\"\r\nc\"\r\n\"\",x\r\n\n\"q\"\r";
  for (std::size_t n = 0; n <= text.size(); ++n) {
    try {
      csv::read_all(std::string_view(text).substr(0, n), "p.csv");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::Invalid);
    }
  }
  auto rows = fields_of(text);
  CHECK(rows == std::vector<Fields>{{"y", "a,\"b\"\r\nc"}, {"", "x"}, {"q"}});
}

namespace {

// RFC 4180 as a writer would produce it: every field quoted, quotes doubled, CRLF endings.
std::string write_csv(const std::vector<Fields>& rows) {
  std::string out;
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      out += '"';
      for (char ch : row[i]) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace

TEST_CASE("csv: random input parses or fails cleanly, and what parses survives a round trip") {
  // Deterministic pseudo-random text over the characters that matter to the grammar.
  const std::string alphabet = "a,\"\r\n \xEF\xBB\xBF";
  std::uint32_t state = 12345;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  int parsed = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    std::size_t length = next() % 24;
    for (std::size_t i = 0; i < length; ++i) text += alphabet[next() % alphabet.size()];
    std::vector<Fields> rows;
    try {
      rows = fields_of(text);
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::Invalid);
      continue;
    }
    ++parsed;
    CHECK(fields_of(write_csv(rows)) == rows);
  }
  CHECK(parsed > 300);  // the generator must exercise the successful paths too
}

TEST_CASE("csv: record quotes what needs it, doubles quotes, and reads back the same") {
  CHECK(csv::record({"a", "b c", ""}) == "a,b c,\r\n");
  CHECK(csv::record({"a,b", "say \"hi\"", "\"", "\"\"x\"", "l1\nl2"}) ==
        "\"a,b\",\"say \"\"hi\"\"\",\"\"\"\",\"\"\"\"\"x\"\"\",\"l1\nl2\"\r\n");
  // Fields over the characters that matter, each record read back as written.
  const std::string alphabet = "a,\"\r\n é";
  std::uint32_t state = 4321;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int round = 0; round < 2000; ++round) {
    Fields fields(1 + next() % 4);
    for (auto& f : fields) {
      for (std::size_t n = next() % 8; n > 0; --n) f += alphabet[next() % alphabet.size()];
    }
    if (fields.size() == 1 && fields[0].empty()) continue;  // a blank line is no record
    CHECK(fields_of(csv::record(fields)) == std::vector<Fields>{fields});
  }
}
