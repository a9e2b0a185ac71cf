// SPDX-License-Identifier: MIT
#include <lpg/csv_reader.hpp>
#include <lpg/errors.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace lpg;

namespace {
std::vector<csv::Row> read_all(const std::string& text) {
  std::istringstream in(text);
  csv::Reader reader(in, "t.csv");
  std::vector<csv::Row> rows;
  csv::Row row;
  while (reader.next(row)) rows.push_back(row);
  return rows;
}
using Fields = std::vector<std::string>;
}  // namespace

TEST_CASE("csv reader: plain, quoted, embedded commas, quotes and line breaks") {
  auto rows = read_all("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n3,,\"\"\n");
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].fields == Fields{"a", "b", "c"});
  CHECK(rows[1].fields == Fields{"1", "x, y", "say \"hi\""});
  CHECK(rows[2].fields == Fields{"2", "two\nlines", ""});
  CHECK(rows[3].fields == Fields{"3", "", ""});
  CHECK(rows[0].line == 1);
  CHECK(rows[1].line == 2);
  CHECK(rows[2].line == 3);
  CHECK(rows[3].line == 5);  // the line break inside row 3's field counts
}

TEST_CASE("csv reader: CRLF, BOM, no final newline, blank lines") {
  auto rows = read_all("\xEF\xBB\xBFindicator,value\r\nA,1\r\n\r\nB,\"2\r\n3\"\r\nC,4");
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].fields == Fields{"indicator", "value"});
  CHECK(rows[1].fields == Fields{"A", "1"});
  CHECK(rows[2].fields == Fields{"B", "2\r\n3"});
  CHECK(rows[2].line == 4);
  CHECK(rows[3].fields == Fields{"C", "4"});
  CHECK(rows[3].line == 6);
  CHECK(read_all("").empty());
  CHECK(read_all("\n\n").empty());
  CHECK(read_all("\xEF\xBB\xBF").empty());
  CHECK(read_all("Zoë,£5\n")[0].fields == Fields{"Zoë", "£5"});
}

TEST_CASE("csv reader: a file cut off inside a quoted field is refused whole") {
  try {
    read_all("a,b\n1,2\n3,\"never\nclosed\n");
    FAIL("accepted");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Invalid);
    CHECK(std::string(e.what()) == "t.csv:3: the file ends inside a quoted field that opens here");
  }
  CHECK_THROWS_AS(read_all("a,b\"c\n"), Error);
  CHECK_THROWS_AS(read_all("\"a\"b,c\n"), Error);
  CHECK_THROWS_AS(read_all("\xEF\xBB"
                           "a\n"),
                  Error);
}
