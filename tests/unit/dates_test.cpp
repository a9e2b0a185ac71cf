// SPDX-License-Identifier: MIT
#include <lpg/dates.hpp>
#include <lpg/errors.hpp>

#include <doctest/doctest.h>

using namespace lpg;

TEST_CASE("parse_date accepts real dates and refuses impossible ones") {
  CHECK(format_date(parse_date("2027-01-14")) == "2027-01-14");
  CHECK(format_date(parse_date("2028-02-29")) == "2028-02-29");
  CHECK_THROWS_AS(parse_date("2027-02-30"), Error);
  CHECK_THROWS_AS(parse_date("2027-13-01"), Error);
  CHECK_THROWS_AS(parse_date(""), Error);
  try {
    parse_date("2027-02-30", "meeting date");
    FAIL("no throw");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "invalid meeting date '2027-02-30'");
    CHECK(e.kind() == ErrorKind::Invalid);
  }
}

TEST_CASE("parse_date reads the styles lpg prints, day first when the year is last") {
  for (const char* text : {"14/01/2027", "14-01-2027", "14/1/2027", " 14/01/2027 ", "14 Jan 2027",
                           "14 january 2027", "14 JAN 2027"}) {
    CAPTURE(text);
    CHECK(format_date(parse_date(text)) == "2027-01-14");
  }
  CHECK(format_date(parse_date("01/02/2027")) == "2027-02-01");
  CHECK(format_date(parse_date("1/9/2026")) == "2026-09-01");
  for (const char* bad : {"01/13/2027", "31/02/2027", "14/01/27", "14/01/0027x", "14 Ja 2027",
                          "14 Janu 2027x", "2027/01/14", "14.01.2027", "/01/2027", "14//2027"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(parse_date(bad), Error);
  }
  try {
    parse_date("14/01/27", "--due date");
    FAIL("no throw");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "invalid --due date '14/01/27'");
    CHECK(e.hint() == "write the year in full: 14/01/2027");
  }
}

TEST_CASE("parse_local_time needs a date and a time") {
  CHECK(format_local_time(parse_local_time("14/01/2027 18:30")) == "2027-01-14 18:30");
  CHECK(format_local_time(parse_local_time("14 Jan 2027 18:30")) == "2027-01-14 18:30");
  CHECK_THROWS_AS(parse_local_time("14/01/2027"), Error);
  CHECK(format_local_time(parse_local_time("2027-01-14 18:30")) == "2027-01-14 18:30");
  CHECK(format_local_time(parse_local_time("2027-01-14T08:05")) == "2027-01-14 08:05");
  CHECK_THROWS_AS(parse_local_time("18:30"), Error);
  CHECK_THROWS_AS(parse_local_time("2027-01-14 24:00"), Error);
  CHECK_THROWS_AS(parse_local_time("2027-02-30 10:00"), Error);
}

TEST_CASE("durations") {
  CHECK(parse_duration("90m").count() == 90);
  CHECK(parse_duration("1h30m").count() == 90);
  CHECK(parse_duration("2w").count() == 2 * 7 * 24 * 60);
  CHECK(parse_duration("21d").count() == 21 * 24 * 60);
  CHECK(format_duration(Minutes{90}) == "1h30m");
  CHECK(format_duration(Minutes{120}) == "2h");
  CHECK(format_duration(Minutes{45}) == "45m");
  for (const char* bad : {"", "m", "90", "30m1h", "1h1h", "-5m", "1x", "9999999m"}) {
    std::string shown = bad;
    CAPTURE(shown);
    CHECK_THROWS_AS(parse_duration(bad), Error);
  }
}

TEST_CASE("date styles") {
  auto day = parse_date("2026-11-30");
  CHECK(format_date(day, "uk") == "30/11/2026");
  CHECK(format_date(day, "long") == "30 Nov 2026");
  CHECK(format_date(day, "iso") == "2026-11-30");
}

TEST_CASE("Clock honours LPG_NOW in local time across BST") {
  auto winter = Clock::make(std::string("2026-11-30T09:00"), "Europe/London");
  CHECK(winter.utc_stamp() == "2026-11-30T09:00:00Z");
  auto summer = Clock::make(std::string("2026-07-01T09:00"), "Europe/London");
  CHECK(summer.utc_stamp() == "2026-07-01T08:00:00Z");
  CHECK(format_local_time(summer.local_now()) == "2026-07-01 09:00");
  auto utc = Clock::make(std::string("2026-07-01T09:00Z"), "Europe/London");
  CHECK(format_local_time(utc.local_now()) == "2026-07-01 10:00");
  CHECK(format_date(Clock::make(std::string("2026-12-25"), "Europe/London").today()) ==
        "2026-12-25");
  CHECK_THROWS_AS(Clock::make(std::string("yesterday"), "Europe/London"), Error);
  CHECK_THROWS_AS(Clock::make(std::nullopt, "Mars/Olympus").zone(), Error);  // found lazily
  CHECK_THROWS_AS(Clock::make(std::string("2026-11-30T09:00"), "Mars/Olympus"), Error);
}
