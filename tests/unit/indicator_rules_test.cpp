// SPDX-License-Identifier: MIT
#include "indicator/indicator_rules.hpp"

#include <lpg/errors.hpp>
#include <lpg/grants.hpp>
#include <lpg/indicators.hpp>

#include <doctest/doctest.h>

using namespace lpg;

TEST_CASE("indicator values are plain decimal numbers in the unit's range") {
  CHECK(parse_indicator_value(" 61.5 ", "percent") == 61.5);
  CHECK(parse_indicator_value("-0", "rate") == 0);
  CHECK(parse_indicator_value("-3.25", "rate") == -3.25);
  for (const char* text : {"", "1e3", "0x10", "inf", "nan", ".5", "5.", "-", "1.2.3", "5-"}) {
    CAPTURE(text);
    CHECK_THROWS_AS(parse_indicator_value(text, "rate"), Error);
  }
  CHECK_THROWS_AS(parse_indicator_value("100.5", "percent"), Error);
  CHECK_THROWS_AS(parse_indicator_value("2.5", "count"), Error);
  CHECK_THROWS_AS(parse_indicator_value("-1", "days"), Error);
  try {
    parse_indicator_value("101", "percent", "target");
    FAIL("accepted");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "target \"101\" is not a percentage from 0 to 100");
  }
}

TEST_CASE("an indicator's unit and direction are one of a list, read in any case") {
  CHECK(indicator::checked_choice(" Percent ", indicator_units(), "unit") == "percent");
  CHECK(indicator::checked_choice("LOWER", indicator::directions(), "direction") == "lower");
  try {
    indicator::checked_choice("percnt", indicator_units(), "unit");
    FAIL("accepted");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "unknown unit \"percnt\"");
    CHECK(e.hint() == "did you mean percent?");
  }
}

TEST_CASE("an indicator's target is optional and in its unit's range") {
  CHECK_FALSE(indicator::checked_target(std::nullopt, "count"));
  CHECK_FALSE(indicator::checked_target(std::string("  "), "count"));
  CHECK(indicator::checked_target(std::string("12"), "count") == 12.0);
  CHECK_THROWS_AS(indicator::checked_target(std::string("12.5"), "count"), Error);
  CHECK_THROWS_AS(indicator::checked_text("  ", "outcome"), Error);
  CHECK(indicator::checked_text(" Fewer exclusions ", "outcome") == "Fewer exclusions");
}

TEST_CASE("priorities and grants are set for academic or financial years") {
  CHECK(parse_year("2026/27").to_string() == "2026/27");
  CHECK(parse_year("FY2026/27").to_string() == "FY2026/27");
  CHECK_THROWS_AS(parse_year("2026-Q3"), Error);
  CHECK_THROWS_AS(parse_year("2026-11"), Error);
}
