// SPDX-License-Identifier: MIT
// Term arithmetic (term/term_rules.cpp), called directly: no database.
#include <doctest/doctest.h>

#include "term/terms_internal.hpp"

using namespace lpg;

namespace {

Date d(const char* text) { return parse_date(text); }

Term term(std::int64_t id, int year, TermName name, const char* start, const char* end) {
  return Term{{id}, {year}, name, {d(start), d(end)}, {}};
}

TermInput input(int year, TermName name, const char* start, const char* end) {
  return TermInput{{year}, name, {d(start), d(end)}, {}};
}

}  // namespace

TEST_CASE("a term must not overlap another, nor fall out of order with it") {
  std::vector<Term> stored = {
      term(1, 2026, TermName::Autumn, "2026-09-03", "2026-12-18"),
      term(2, 2026, TermName::Spring, "2027-01-05", "2027-03-26"),
  };
  CHECK_FALSE(
      terms::order_conflict(stored, input(2026, TermName::Summer, "2027-04-12", "2027-07-21")));
  CHECK(terms::order_conflict(stored, input(2026, TermName::Summer, "2027-03-20", "2027-07-21")) ==
        "would overlap 2026/27 spring (2027-01-05 to 2027-03-26)");
  CHECK(terms::order_conflict(stored, input(2026, TermName::Summer, "2026-07-01", "2026-07-20")) ==
        "would come before 2026/27 autumn (2026-09-03 to 2026-12-18)");
  // A term edited in place is not in its own way.
  CHECK_FALSE(terms::order_conflict(
      stored, input(2026, TermName::Spring, "2027-01-04", "2027-03-26"), TermId{2}));
}

TEST_CASE("terms are named the same way in every message") {
  TermInput in = input(2026, TermName::Autumn, "2026-09-03", "2026-12-18");
  CHECK(terms::label_of(in) == "2026/27 autumn");
  CHECK(terms::shown(in.dates) == "2026-09-03 to 2026-12-18");
  in.half_term = DateRange{d("2026-10-26"), d("2026-10-30")};
  CHECK(terms::audit_detail(in) ==
        "2026/27 autumn 2026-09-03 to 2026-12-18, half term 2026-10-26 to 2026-10-30");
}
