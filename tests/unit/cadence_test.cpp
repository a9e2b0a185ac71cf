// SPDX-License-Identifier: MIT
#include <lpg/cadence.hpp>
#include <lpg/errors.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace lpg;

namespace {

std::string canon(std::string_view text) { return to_string(parse_cadence(text)); }

// The message of the Error parse_cadence throws, or "" when it parses.
std::string refusal(std::string_view text) {
  try {
    parse_cadence(text);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Invalid);
    CHECK(std::string(e.hint()).find("termly, every 8w, every 2m, 3/year") != std::string::npos);
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("cadence: canonical forms parse to their parts") {
  CHECK(parse_cadence("termly") == Cadence{CadenceKind::Termly, 0, {}});
  CHECK(parse_cadence("every 8w") == Cadence{CadenceKind::EveryWeeks, 8, {}});
  CHECK(parse_cadence("every 2m") == Cadence{CadenceKind::EveryMonths, 2, {}});
  CHECK(parse_cadence("3/year") == Cadence{CadenceKind::PerYear, 3, {}});
  CHECK(parse_cadence("after \"Countywide Board\" +2w") ==
        Cadence{CadenceKind::After, 2, "Countywide Board"});
}

TEST_CASE("cadence: variants store the canonical text") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Termly", "termly"},
      {"  TERMLY  ", "termly"},
      {"every term", "termly"},
      {"each term", "termly"},
      {"every 8 weeks", "every 8w"},
      {"Every 8 Weeks", "every 8w"},
      {"every 8wk", "every 8w"},
      {"every 1 week", "every 1w"},
      {"every week", "every 1w"},
      {"weekly", "every 1w"},
      {"fortnightly", "every 2w"},
      {"every fortnight", "every 2w"},
      {"every\t6   weeks", "every 6w"},
      {"every 08w", "every 8w"},
      {"every 2 months", "every 2m"},
      {"every 2 month", "every 2m"},
      {"every month", "every 1m"},
      {"monthly", "every 1m"},
      {"EVERY 2M", "every 2m"},
      {"3 per year", "3/year"},
      {"3 a year", "3/year"},
      {"3 times a year", "3/year"},
      {"3 times per year", "3/year"},
      {"3x/year", "3/year"},
      {"3 / year", "3/year"},
      {"3/yr", "3/year"},
      {"yearly", "1/year"},
      {"annually", "1/year"},
      {"after \"Countywide Board\" + 2 weeks", "after \"Countywide Board\" +2w"},
      {"AFTER \"Countywide Board\" +2W", "after \"Countywide Board\" +2w"},
      {"after Countywide Board +2w", "after \"Countywide Board\" +2w"},
      {"after   \"  Countywide Board \"   +2w", "after \"Countywide Board\" +2w"},
      {"after \xE2\x80\x9C"
       "Countywide Board\xE2\x80\x9D +2w",
       "after \"Countywide Board\" +2w"},
      {"after \"Zoë's Board\" +1 week", "after \"Zoë's Board\" +1w"},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(canon(text) == expected);
  }
}

TEST_CASE("cadence: names with quotes and backslashes survive the round trip") {
  Cadence c{CadenceKind::After, 3, "Nursery \"Little Acorns\" \\ Hub"};
  CHECK(to_string(c) == "after \"Nursery \\\"Little Acorns\\\" \\\\ Hub\" +3w");
  CHECK(parse_cadence(to_string(c)) == c);
  CHECK(parse_cadence("after Nursery \"Little Acorns\" +3w").after == "Nursery \"Little Acorns\"");
  // Unquoted, the last + starts the offset, so a name may hold a + of its own.
  CHECK(parse_cadence("after Sport+Play Board +1w").after == "Sport+Play Board");
}

TEST_CASE("cadence: every accepted text round-trips through to_string") {
  const std::vector<std::string> texts = {"termly",       "every 1w",         "every 52w",
                                          "every 1m",     "every 12m",        "1/year",
                                          "52/year",      "weekly",           "3 times a year",
                                          "after X +1w",  "after \"a\" +52w", "after \"\\\\\" +2w",
                                          "every 8 weeks"};
  for (const auto& text : texts) {
    CAPTURE(text);
    Cadence c = parse_cadence(text);
    CHECK(parse_cadence(to_string(c)) == c);
    CHECK(to_string(parse_cadence(to_string(c))) == to_string(c));
  }
}

TEST_CASE("cadence: numbers out of range are refused with the range") {
  CHECK(refusal("every 0w") == "cadence \"every 0w\": the number of weeks must be 1 to 52");
  CHECK(refusal("every 53w") == "cadence \"every 53w\": the number of weeks must be 1 to 52");
  CHECK(refusal("every 13m") == "cadence \"every 13m\": the number of months must be 1 to 12");
  CHECK(refusal("0/year") == "cadence \"0/year\": the number of meetings a year must be 1 to 52");
  CHECK(refusal("after X +0w") == "cadence \"after X +0w\": the number of weeks must be 1 to 52");
  CHECK(refusal("every 99999999999999999999w") ==
        "cadence \"every 99999999999999999999w\": the number of weeks must be 1 to 52");
  CHECK(refusal("every 2147483648w").find("must be 1 to 52") != std::string::npos);
  CHECK(refusal("00000000000000000003/year") == "");  // leading zeros are no overflow
}

TEST_CASE("cadence: nonsense is refused naming the text") {
  CHECK(refusal("fortnightlyish") == "cadence \"fortnightlyish\" is not understood");
  CHECK(refusal("sometimes") == "cadence \"sometimes\" is not understood");
  CHECK(refusal("") == "cadence is empty");
  CHECK(refusal("   ") == "cadence is empty");
  const std::vector<std::string> bad = {"every",
                                        "every 8",
                                        "every 8 days",
                                        "every -8w",
                                        "every 8w please",
                                        "every 2 terms",
                                        "every 8w8w",
                                        "8",
                                        "3/",
                                        "3 per",
                                        "3 per month",
                                        "3/year/year",
                                        "-3/year",
                                        "after",
                                        "after +2w",
                                        "after \"\" +2w",
                                        "after \"X\"",
                                        "after \"X\" 2w",
                                        "after \"X\" +2",
                                        "after \"X\" +2m",
                                        "after \"X +2w",
                                        "after X",
                                        "after \"X\" +2w x",
                                        "afterwards",
                                        "after\"X\"",
                                        "termly termly",
                                        "/year",
                                        "x/year",
                                        "every 1.5w",
                                        "3.5/year",
                                        "+2w",
                                        "\"termly\""};
  for (const auto& text : bad) {
    CAPTURE(text);
    CHECK(!refusal(text).empty());
  }
}

TEST_CASE("cadence: hostile bytes only ever raise lpg::Error") {
  CHECK(refusal(std::string("every 8w\0", 9)) != "");
  CHECK(refusal("\xFF\xFE") == "cadence is not valid UTF-8 text");
  CHECK(refusal("after \"\\") != "");
  CHECK(refusal("after \"a\\\" +2w") != "");
  CHECK(refusal(std::string(100000, '9') + "/year").find("must be 1 to 52") != std::string::npos);
  CHECK(refusal("after " + std::string(5000, '"') + " +1w") != "");
  // Every prefix of a valid after cadence either parses or is refused cleanly.
  std::string full = "after \"Nursery \\\"Little Acorns\\\"\" + 12 weeks";
  for (std::size_t n = 0; n <= full.size(); ++n) {
    CAPTURE(full.substr(0, n));
    try {
      parse_cadence(full.substr(0, n));
    } catch (const Error&) {
    }
  }
}
