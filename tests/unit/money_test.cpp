// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/money.hpp>

#include <doctest/doctest.h>

using namespace lpg;

TEST_CASE("amounts parse into whole pence") {
  CHECK(parse_pence("2500") == 250000);
  CHECK(parse_pence("2500.5") == 250050);
  CHECK(parse_pence("2500.50") == 250050);
  CHECK(parse_pence("2500.05") == 250005);
  CHECK(parse_pence("2,500.00") == 250000);
  CHECK(parse_pence("1,234,567.89") == 123456789);
  CHECK(parse_pence("£2500.00") == 250000);
  CHECK(parse_pence(" £0.01 ") == 1);
  CHECK(parse_pence("0") == 0);
  CHECK(parse_pence("1000000000") == kMaxPence);
}

TEST_CASE("amounts that are not pounds and pence are refused") {
  for (const char* text : {"2500.001",    "-5",     "£-5",      "-0.01", "abc",  "",
                           "£",           ".5",     "5.",       "1e3",   "2,50", "25,00.00",
                           ",500",        "2,,500", "2500,000", "1.2.3", "0x10", "1000000000.01",
                           "99999999999", "12 500", "£ 5",      "+5",    "5p",   "nan"}) {
    CAPTURE(text);
    CHECK_THROWS_AS(parse_pence(text), Error);
  }
  try {
    parse_pence("2500.001");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "amount \"2500.001\" has more than two decimal places");
  }
  try {
    parse_pence("-5");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "amount \"-5\" is negative");
  }
}

TEST_CASE("pence print as pounds with two decimals") {
  CHECK(format_pence(0) == "0.00");
  CHECK(format_pence(5) == "0.05");
  CHECK(format_pence(250000) == "2500.00");
  CHECK(format_pence(250050) == "2500.50");
  CHECK(format_pence(-150) == "-1.50");
  CHECK(format_pence(kMaxPence) == "1000000000.00");
  for (std::int64_t p : {0, 1, 99, 100, 101, 123456789}) CHECK(parse_pence(format_pence(p)) == p);
}
