// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/period.hpp>

#include <doctest/doctest.h>

#include <random>
#include <string>

using namespace lpg;

namespace {
std::string iso(Date d) { return format_date(d); }
}  // namespace

TEST_CASE("periods parse in their four forms and print back the same") {
  for (const char* text : {"2026-11", "2026-01", "2026-Q1", "2026-Q3", "2026/27", "1999/00",
                           "FY2026/27", "FY1999/00", "1900-01", "2999-12"}) {
    CHECK(Period::parse(text).to_string() == text);
  }
  CHECK(Period::parse(" 2026-q3 ").to_string() == "2026-Q3");
  CHECK(Period::parse("fy2026/27").to_string() == "FY2026/27");
  CHECK(Period::parse("2026-11").kind == PeriodKind::Month);
  CHECK(Period::parse("2026-Q3").kind == PeriodKind::Quarter);
  CHECK(Period::parse("2026/27").kind == PeriodKind::AcademicYear);
  CHECK(Period::parse("FY2026/27").kind == PeriodKind::FinancialYear);
}

TEST_CASE("periods in the wrong form are refused, naming the text and showing the forms") {
  for (const char* text :
       {"",        "2026",       "2026-13",      "2026-00", "2026-1",    "2026-011",
        "2026-Q0", "2026-Q5",    "2026-Q",       "2026/28", "2026/2028", "2026/7",
        "FY2026",  "FY2026/28",  "FY 2026/27",   "1899-12", "3000-01",   "2999/00",
        "Q3-2026", "2026-11-01", "２０２６-11",  "2026_11", "-2026-11",  "2026-Q3x",
        "abcd-ef", "2026/2",     "FY2026/27/28", "2026-+1", "2026- 1"}) {
    CAPTURE(text);
    try {
      Period::parse(text);
      FAIL("accepted");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::Invalid);
      CHECK(std::string(e.what()) == "period \"" + std::string(text) + "\" is not a period");
      CHECK(e.hint().find("2026-Q3") != std::string::npos);
      CHECK(e.hint().find("FY2026/27") != std::string::npos);
    }
  }
}

namespace {
constexpr YearStart kAugust{8};
constexpr YearStart kSeptember{9};
}  // namespace

TEST_CASE("periods know their first and last days") {
  CHECK(iso(Period::parse("2026-02").start(kAugust)) == "2026-02-01");
  CHECK(iso(Period::parse("2026-02").end(kAugust)) == "2026-02-28");
  CHECK(iso(Period::parse("2028-02").end(kAugust)) == "2028-02-29");
  CHECK(iso(Period::parse("2026-Q1").start(kAugust)) == "2026-01-01");
  CHECK(iso(Period::parse("2026-Q1").end(kAugust)) == "2026-03-31");
  CHECK(iso(Period::parse("2026-Q3").start(kAugust)) == "2026-07-01");
  CHECK(iso(Period::parse("2026-Q4").end(kAugust)) == "2026-12-31");
  CHECK(iso(Period::parse("2026/27").start(kSeptember)) == "2026-09-01");
  CHECK(iso(Period::parse("2026/27").end(kSeptember)) == "2027-08-31");
  CHECK(iso(Period::parse("2026/27").start(kAugust)) == "2026-08-01");
  CHECK(iso(Period::parse("2026/2027").end(kAugust)) == "2027-07-31");
  CHECK(iso(Period::parse("FY2026/27").start(kAugust)) == "2026-04-01");
  CHECK(iso(Period::parse("FY2026/27").end(kAugust)) == "2027-03-31");
  CHECK(Period::parse("2026/27").contains(parse_date("2027-08-31"), kSeptember));
  CHECK_FALSE(Period::parse("2026/27").contains(parse_date("2027-09-01"), kSeptember));
  CHECK_FALSE(Period::parse("2026/27").contains(parse_date("2027-08-01"), kAugust));
  CHECK(Period::parse("FY2026/2027").to_string() == "FY2026/27");
}

TEST_CASE("periods order chronologically within a kind") {
  CHECK(Period::parse("2026-09") < Period::parse("2026-10"));
  CHECK(Period::parse("2026-12") < Period::parse("2027-01"));
  CHECK(Period::parse("2026-Q4") < Period::parse("2027-Q1"));
  CHECK(Period::parse("2025/26") < Period::parse("2026/27"));
  CHECK(Period::parse("FY2025/26") < Period::parse("FY2026/27"));
  CHECK(Period::parse("2026-Q3") == Period::parse("2026-q3"));
  // 2026-10 sorts after 2026-9 would as text; as periods, 2026-09 < 2026-10 < 2026-11.
  CHECK(Period::parse("2026-10") < Period::parse("2026-11"));
}

TEST_CASE("previous period steps back across year ends") {
  CHECK(Period::parse("2026-01").previous().to_string() == "2025-12");
  CHECK(Period::parse("2026-11").previous().to_string() == "2026-10");
  CHECK(Period::parse("2026-Q1").previous().to_string() == "2025-Q4");
  CHECK(Period::parse("2026-Q3").previous().to_string() == "2026-Q2");
  CHECK(Period::parse("2000/01").previous().to_string() == "1999/00");
  CHECK(Period::parse("FY2026/27").previous().to_string() == "FY2025/26");
  CHECK_THROWS_AS(Period::parse("1900-01").previous(), Error);
  CHECK_THROWS_AS(Period::parse("1900-Q1").previous(), Error);
  CHECK_THROWS_AS(Period::parse("1900/01").previous(), Error);
}

TEST_CASE("every period's previous period ends the day before it starts") {
  for (const char* first : {"1901-01", "1901-Q1", "1901/02", "FY1901/02"}) {
    Period p = Period::parse(first);
    for (int n = 0; n < 1200; ++n) {
      Period next = p;
      if (p.kind == PeriodKind::Month) next = {p.kind, p.year + (p.index == 12), p.index % 12 + 1};
      if (p.kind == PeriodKind::Quarter) next = {p.kind, p.year + (p.index == 4), p.index % 4 + 1};
      if (p.kind == PeriodKind::AcademicYear || p.kind == PeriodKind::FinancialYear) {
        next = {p.kind, p.year + 1, 0};
      }
      if (next.year > 2998) break;
      CHECK(next.previous() == p);
      CHECK(date::sys_days(next.start(kAugust)) == date::sys_days(p.end(kAugust)) + date::days{1});
      CHECK(Period::parse(next.to_string()) == next);
      CHECK(p < next);
      p = next;
    }
  }
}

TEST_CASE("random text never crashes the period parser") {
  std::mt19937 rng(20261130);
  const std::string alphabet = "0123456789-/QqFfYy \t\xC2\xA3x";
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    std::size_t length = rng() % 12;
    for (std::size_t i = 0; i < length; ++i) text += alphabet[rng() % alphabet.size()];
    try {
      Period p = Period::parse(text);
      CHECK(Period::parse(p.to_string()) == p);
      CHECK(p.start(kAugust) <= p.end(kAugust));
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::Invalid);
    }
  }
}
