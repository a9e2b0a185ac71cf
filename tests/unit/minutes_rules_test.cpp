// SPDX-License-Identifier: MIT
// When minutes are due and what is owed (minutes/minutes_rules.hpp): no database.
#include "minutes/minutes_rules.hpp"

#include <doctest/doctest.h>

using namespace lpg;
using namespace lpg::meetings;

TEST_CASE("minutes are due N days after the meeting, or at the end of its term") {
  Date day = parse_date("2026-11-19");
  CHECK(minutes_due("14d", day, std::nullopt) == parse_date("2026-12-03"));
  CHECK(minutes_due("7d", day, parse_date("2026-12-18")) == parse_date("2026-11-26"));
  CHECK(minutes_due("end-of-term", day, parse_date("2026-12-18")) == parse_date("2026-12-18"));
  CHECK(minutes_due("end-of-term", day, std::nullopt) == parse_date("2026-12-03"));
}

TEST_CASE("what a held meeting owes depends on its group kind's minutes rule") {
  MinutesState none;
  none.overdue = true;
  none.later_held = true;
  using Owed = std::vector<std::string>;
  CHECK(minutes_owed("submitted", none) == Owed{"no minutes", "not approved"});
  CHECK(minutes_owed("none", none).empty());
  MinutesState kept;
  kept.has_minutes = true;
  kept.overdue = true;
  CHECK(minutes_owed("submitted", kept) == Owed{"not submitted"});
  CHECK(minutes_owed("recorded", kept).empty());
  kept.submitted = true;
  kept.approved = true;
  kept.later_held = true;
  CHECK(minutes_owed("submitted", kept).empty());
  MinutesState early;  // not yet due, nothing held since
  CHECK(minutes_owed("submitted", early).empty());
}
