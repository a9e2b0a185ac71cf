// SPDX-License-Identifier: MIT
#include "report/compliance_rules.hpp"

#include <lpg/cadence.hpp>
#include <lpg/dates.hpp>

#include <doctest/doctest.h>

using namespace lpg;

namespace {

Term term(const char* start, const char* end) {
  Term t;
  t.dates = {parse_date(start), parse_date(end)};
  return t;
}

std::optional<std::int64_t> expected(const char* cadence, const char* from, const char* to,
                                     const std::vector<Term>& terms = {}) {
  return report::expected_meetings(parse_cadence(cadence), parse_date(from), parse_date(to), terms);
}

}  // namespace

TEST_CASE("a cadence asks for whole intervals of the period only") {
  CHECK(expected("every 2w", "2026-09-01", "2026-09-14") == 1);  // 14 days
  CHECK(expected("every 2w", "2026-09-01", "2026-09-13") == 0);
  CHECK(expected("every 1m", "2026-09-01", "2026-12-31") == 4);  // 122 days
  CHECK(expected("3/year", "2026-09-01", "2027-09-01") == 3);    // 366 days
  CHECK(expected("3/year", "2026-09-01", "2026-12-31") == 1);
  std::vector<Term> terms = {term("2026-09-03", "2026-12-18"), term("2027-01-05", "2027-03-26"),
                             term("2027-04-12", "2027-07-21")};
  CHECK(expected("termly", "2026-12-01", "2027-01-10", terms) == 2);  // overlaps two terms
  CHECK(expected("termly", "2026-12-19", "2027-01-04", terms) == 0);  // the holiday only
  CHECK_FALSE(expected("after \"Board\" +2w", "2026-09-01", "2026-12-31"));
}

TEST_CASE("compliance names each shortfall against what the group's kind requires") {
  KindRequirements req;
  req.roles = {"chair", "safeguarding-lead"};
  req.core_categories = {"health"};
  req.minutes = "submitted";
  report::Figures x;
  x.held = 1;
  x.all = 2;
  x.minutes_due = 1;
  x.on_time = 0;
  x.recorded_on_time = 1;
  x.overdue = 2;
  x.roles = {"chair"};
  ComplianceLine line;
  line.expected = 4;
  report::judge(req, x, line);
  CHECK(line.chair);
  CHECK_FALSE(line.safeguarding_lead);
  CHECK(line.missing_roles == std::vector<std::string>{"safeguarding-lead"});
  CHECK(line.unfilled == std::vector<std::string>{"health"});
  CHECK(line.minutes_on_time == 0);
  CHECK(line.gaps.front() == "held 1 of 4 meetings (1 to come)");
  CHECK(line.gaps.back() == "2 overdue actions");

  req.minutes = "recorded";
  ComplianceLine recorded;
  report::judge(req, x, recorded);
  CHECK(recorded.minutes_on_time == 1);
  req.minutes = "none";
  ComplianceLine none;
  report::judge(req, x, none);
  CHECK(none.minutes_due == 0);
  CHECK(none.minutes_on_time == 0);
}
